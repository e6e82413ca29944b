package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.python.manifest.MarkerEvaluator;
import io.github.sockcheck.python.manifest.PipfileReader;
import io.github.sockcheck.python.manifest.RequirementEmitter;
import io.github.sockcheck.python.manifest.RuntimeCollector;
import io.github.sockcheck.python.manifest.SetupCfgReader;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * setup.cfg and Pipfile: each value read with its scope and exact place, and the lines that are
 * problems.
 */
class IniAndPipfileReadersTest extends PythonProjectTest {

  private final RecordingSink sink = new RecordingSink();

  private RequirementEmitter emitter() {
    return new RequirementEmitter(sink.facts(root), new MarkerEvaluator("3.9"));
  }

  private String deps() {
    return FactLines.lines(
        sink.dependencies(),
        d -> FactLines.requirement(d) + "|" + d.scope() + "|" + FactLines.span(d.declaredAt()));
  }

  @Test
  void setupCfg() throws Exception {
    Path cfg =
        write(
            "setup.cfg",
            String.join(
                "\n",
                "[metadata]",
                "name = svc",
                "classifiers =",
                "    Programming Language :: Python :: 3.8",
                "    Programming Language :: Python :: 3 :: Only",
                "[options]",
                "python-requires = >=3.7",
                "install_requires =",
                "    gunicorn==20.0.3  # pinned",
                "  ; a comment line",
                "    gevent>=1.3",
                "",
                "    # another",
                "    pywin32; sys_platform == 'win32'",
                "    old==1; python_version < '3'",
                "[options.extras_require]",
                "Dev = pytest==8.0",
                "gevent: gevent==23.9.1",
                "    greenlet==3.0",
                "not a key",
                "[other]",
                "install_requires = ignored==1"));
    SetupCfgReader.read(sink.facts(root), cfg, emitter(), new RuntimeCollector(sink.facts(root)));
    assertEquals(
        String.join(
            "\n",
            "gunicorn|20.0.3|null|runtime|9:5-21",
            "gevent|null|>=1.3|runtime|11:5-16",
            "pywin32|null|null|runtime|14:5-37",
            "gevent|23.9.1|null|optional|18:9-23",
            "greenlet|3.0|null|optional|19:5-18"),
        deps());
    assertEquals(
        "3.8|SUPPORTED|4:5|classifier Python :: 3.8\n>=3.7|SUPPORTED|7:19|python_requires",
        FactLines.runtimes(sink));
    assertEquals("20 cannot parse setup.cfg line 'not a key'", FactLines.problems(sink));
  }

  @Test
  void setupCfgInterpreterOnly() throws Exception {
    Path cfg =
        write("setup.cfg", "[options]\npython_requires=>=3.8\ninstall_requires = gunicorn\n");
    SetupCfgReader.read(sink.facts(root), cfg, null, new RuntimeCollector(sink.facts(root)));
    SetupCfgReader.read(sink.facts(root), cfg, emitter(), null);
    SetupCfgReader.read(sink.facts(root), root.resolve("missing.cfg"), emitter(), null);
    assertEquals(">=3.8|SUPPORTED|2:17|python_requires", FactLines.runtimes(sink));
    assertEquals("gunicorn|null|null|runtime|3:20-28", deps());
    assertEquals(1, sink.notifications().size());
  }

  @Test
  void pipfile() throws Exception {
    Path pipfile =
        write(
            "Pipfile",
            String.join(
                "\n",
                "[packages]",
                "gunicorn = \"==20.0.3\"",
                "flask = \"*\"",
                "gevent = {version = \">=1.3\", extras = [\"recommended\"]}",
                "requests = {extras = [\"socks\"]}",
                "mylib = {git = \"https://x/y.git\"}",
                "local = {path = \".\", editable = true}",
                "bad = {version = 1}",
                "worse = 3",
                "ugly = \"not a version\"",
                "[dev-packages]",
                "pytest = \"==8.0\"",
                "[requires]",
                "python_version = \"3.9\"",
                "python_full_version = \"3.9.18\""));
    new PipfileReader(emitter()).read(pipfile);
    PipfileReader.readRuntime(sink.facts(root), pipfile, new RuntimeCollector(sink.facts(root)));
    assertEquals(
        String.join(
            "\n",
            "gunicorn|20.0.3|null|runtime|2:1-22",
            "flask|null|null|runtime|3:1-12",
            "gevent|null|>=1.3|runtime|4:1-55",
            "requests|null|null|runtime|5:1-32"),
        deps());
    assertEquals(
        "3.9.18|PIN|15:1|Pipfile [requires] python_full_version",
        FactLines.runtimes(sink),
        "the full version first");
    assertEquals(
        String.join(
            "\n",
            "8 unexpected version value for package 'bad'",
            "9 unexpected value for package 'worse'"),
        FactLines.problems(sink).lines().limit(2).collect(Collectors.joining("\n")));
    assertEquals(3, sink.notifications().size(), FactLines.problems(sink));
  }

  @Test
  void pipfileInterpreterFromPythonVersion() throws Exception {
    Path pipfile = write("Pipfile", "[requires]\npython_version = '3.8'\n");
    PipfileReader.readRuntime(sink.facts(root), pipfile, new RuntimeCollector(sink.facts(root)));
    assertEquals("3.8|PIN|2:1|Pipfile [requires] python_version", FactLines.runtimes(sink));
  }
}
