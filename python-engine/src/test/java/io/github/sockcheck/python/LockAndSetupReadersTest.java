package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.python.manifest.LockTomlReader;
import io.github.sockcheck.python.manifest.MarkerEvaluator;
import io.github.sockcheck.python.manifest.PipfileLockReader;
import io.github.sockcheck.python.manifest.RequirementEmitter;
import io.github.sockcheck.python.manifest.RuntimeCollector;
import io.github.sockcheck.python.manifest.SetupPyReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pipfile.lock, poetry.lock / uv.lock and setup.py: each value read, where it is placed, and what
 * is skipped.
 */
class LockAndSetupReadersTest extends PythonProjectTest {

  private final RecordingSink sink = new RecordingSink();

  private RequirementEmitter emitter() {
    return new RequirementEmitter(sink.facts(root), new MarkerEvaluator("3.9"));
  }

  private String deps() {
    return FactLines.lines(
        sink.dependencies(), d -> FactLines.requirement(d) + "|" + FactLines.span(d.declaredAt()));
  }

  @Test
  void pipfileLock() throws Exception {
    Path lock =
        write(
            "Pipfile.lock",
            String.join(
                "\n",
                "{",
                "  \"_meta\": {\"hash\": {\"sha256\": \"x\"}, \"requires\": {",
                "    \"python_version\": \"3.9\",",
                "    \"python_full_version\": \"3.9.18\"},",
                "    \"sources\": []},",
                "  \"default\": {",
                "    \"Gunicorn\": {\"version\": \"==20.0.3\", \"hashes\": [\"sha256:a\"]},",
                "    \"gevent\": {\"version\": \"===23.9.1\"},",
                "    \"flask\": {\"version\": \">=3.0\"},",
                "    \"mylib\": {\"git\": \"https://x/y.git\", \"ref\": \"abc\"},",
                "    \"odd\": \"==1.0\"",
                "  },",
                "  \"develop\": {\"pytest\": {\"version\": \"==8.0.0\"}}",
                "}"));
    PipfileLockReader.read(
        sink.facts(root), lock, emitter(), new RuntimeCollector(sink.facts(root)));
    assertEquals(
        String.join(
            "\n",
            "gunicorn|20.0.3|null|7:5-15",
            "gevent|23.9.1|null|8:5-13",
            "flask|null|>=3.0|9:5-12"),
        deps());
    assertEquals(
        "3.9.18|PIN|4:5|Pipfile.lock _meta.requires",
        FactLines.runtimes(sink),
        "the full version wins over python_version");
    assertEquals("", FactLines.problems(sink));
  }

  @Test
  void pipfileLockInterpreterAloneAndBadFiles() throws Exception {
    Path lock =
        write(
            "Pipfile.lock",
            "{\"_meta\": {\"requires\": {\"python_version\": \"3.8\"}}, \"default\": {}}");
    PipfileLockReader.read(sink.facts(root), lock, null, new RuntimeCollector(sink.facts(root)));
    assertEquals("3.8|PIN|1:25|Pipfile.lock _meta.requires", FactLines.runtimes(sink));
    PipfileLockReader.read(sink.facts(root), write("a.lock", "[1]"), emitter(), null);
    PipfileLockReader.read(
        sink.facts(root), write("b.lock", "{\n\"default\": {,}}"), emitter(), null);
    PipfileLockReader.read(sink.facts(root), root.resolve("missing.lock"), emitter(), null);
    assertEquals("", deps());
    String problems = FactLines.problems(sink);
    assertEquals(3, sink.notifications().size(), problems);
    assertEquals("1 Pipfile.lock is not a JSON object", problems.lines().toList().get(0));
    assertEquals("2 not valid JSON: ", problems.lines().toList().get(1).substring(0, 18));
  }

  @Test
  void poetryAndUvLocks() throws Exception {
    Path lock =
        write(
            "uv.lock",
            String.join(
                "\n",
                "version = 1",
                "requires-python = \">=3.10\"",
                "",
                "[[package]]",
                "name = \"svc\"",
                "version = \"0.1.0\"",
                "source = { editable = \".\" }",
                "",
                "[[package]]",
                "name = \"ws\"",
                "version = \"0.1.0\"",
                "source = { virtual = \".\" }",
                "",
                "[[package]]",
                "name = \"Gunicorn\"",
                "version = \"20.0.3\"",
                "source = { registry = \"https://pypi.org/simple\" }",
                "",
                "[[package]]",
                "name = \"nover\"",
                "",
                "[[package]]",
                "version = \"1.0\"",
                ""));
    new LockTomlReader(emitter()).read(lock);
    LockTomlReader.readRuntime(sink.facts(root), lock, new RuntimeCollector(sink.facts(root)));
    assertEquals("gunicorn|20.0.3|null|15:1-18", deps());
    assertEquals(">=3.10|SUPPORTED|2:1|requires-python", FactLines.runtimes(sink));
    new LockTomlReader(emitter()).read(write("poetry.lock", "package = 1\n"));
    assertEquals(1, sink.dependencies().size());
  }

  @Test
  void setupPy() throws Exception {
    Path setup =
        write(
            "setup.py",
            String.join(
                "\n",
                "from setuptools import setup",
                "deps = open('r.txt').read().splitlines()",
                "setup(",
                "    name='svc',",
                "    python_requires='>=3.7',",
                "    install_requires=['gunicorn==20.0.3', \"gevent>=1.3\", f'x{1}', VAR],",
                "    extras_require={'dev': ['pytest==8.0']},",
                "    tests_require=deps,",
                "    classifiers=['Programming Language :: Python :: 3.8', 'Programming Language :: Python :: 3 :: Only'],",
                ")"));
    SetupPyReader.read(sink.facts(root), setup, emitter(), new RuntimeCollector(sink.facts(root)));
    assertEquals("gunicorn|20.0.3|null|6:23-41\ngevent|null|>=1.3|6:43-56", deps());
    assertEquals(
        ">=3.7|SUPPORTED|5:21|python_requires\n3.8|SUPPORTED|9:18|classifier Python :: 3.8",
        FactLines.runtimes(sink));
    RecordingSink other = new RecordingSink();
    SetupPyReader.read(other.facts(root), setup, null, null);
    SetupPyReader.read(other.facts(root), root.resolve("missing.py"), null, null);
    assertEquals(0, other.dependencies().size() + other.runtimes().size());
    assertEquals(1, other.notifications().size());
  }
}
