package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.python.manifest.MarkerEvaluator;
import io.github.sockcheck.python.manifest.RequirementsTxtReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * pip requirement files line by line: what becomes a dependency and where it is placed, what is
 * skipped silently, what is a problem (with its line), and how includes and constraint files
 * combine.
 */
class RequirementsFileTest extends PythonProjectTest {

  private static String deps(RecordingSink sink) {
    return FactLines.lines(
        sink.dependencies(),
        d ->
            FactLines.requirement(d)
                + "|"
                + d.declaredAt().path()
                + ":"
                + FactLines.span(d.declaredAt()));
  }

  private static String problems(RecordingSink sink) {
    return sink.notifications().stream()
        .map(n -> FactLines.lineOf(n.location()) + " " + n.message())
        .collect(Collectors.joining("\n"));
  }

  private RecordingSink read(String text) throws Exception {
    Path file = write("requirements.txt", text);
    RecordingSink sink = new RecordingSink();
    new RequirementsTxtReader(sink.facts(root), new MarkerEvaluator("3.9"), new HashSet<>())
        .read(file);
    return sink;
  }

  @Test
  void placesContinuationsCommentsAndOptions() throws Exception {
    RecordingSink sink =
        read(
            String.join(
                "\n",
                "gunicorn\\",
                "==20.0.3",
                "# a comment \\",
                "  gevent==23.9.1 --hash=sha256:abc --hash=sha256:def",
                "eventlet>=0.30 # pinned later",
                "flask==3.0.3#egg",
                "\tredis ; python_version >= '3'",
                "\r",
                "celery==5.3.6 \\"));
    assertEquals(
        String.join(
            "\n",
            "gunicorn|20.0.3|null|requirements.txt:1:1-9",
            "gevent|23.9.1|null|requirements.txt:4:3-17",
            "eventlet|null|>=0.30|requirements.txt:5:1-15",
            "redis|null|null|requirements.txt:7:2-31",
            "celery|5.3.6|null|requirements.txt:9:1-14"),
        deps(sink));
    assertTrue(
        problems(sink)
            .startsWith("requirements.txt:6 cannot parse requirement 'flask==3.0.3#egg': "),
        "a # not after whitespace is no comment: " + problems(sink));
    assertEquals(1, sink.notifications().size());
  }

  @Test
  void urlsPathsAndOptionsOfPipAreSkippedSilently() throws Exception {
    RecordingSink sink =
        read(
            String.join(
                "\n",
                "-e .",
                "-e git+https://github.com/x/y#egg=y",
                "--index-url https://pypi.example.com/simple",
                "--pre",
                "-i https://x",
                "./local/pkg",
                "../sibling",
                "/abs/pkg",
                "~/pkg",
                "C:\\pkg",
                "D:/pkg",
                "git+https://github.com/x/y",
                "hg+https://x",
                "svn+https://x",
                "bzr+https://x",
                "https://x.org/p-1.0.tar.gz",
                "http://x.org/p.zip",
                "file:///tmp/p.whl",
                "p-1.0-py3-none-any.whl",
                "p-1.0.tar.gz",
                "p-1.0.zip",
                "p-1.0.tar.bz2",
                "p.whl; python_version > '3'",
                "pkg @ https://x.org/pkg.whl",
                "-r https://x.org/r.txt",
                "--requirements x.txt",
                "gunicorn==21.2.0"));
    assertEquals("gunicorn|21.2.0|null|requirements.txt:27:1-17", deps(sink));
    assertEquals("", problems(sink));
  }

  @Test
  void markersDecideAndABadMarkerKeepsTheRequirement() throws Exception {
    RecordingSink sink =
        read(
            String.join(
                "\n",
                "a==1; python_version < '3.8'",
                "b==1; python_version >= '3.8'",
                "c==1; sys_platform == 'win32'",
                "d==1; colour == 'red'"));
    assertEquals(
        "b|1|null|requirements.txt:2:1-30\nc|1|null|requirements.txt:3:1-30\nd|1|null|requirements.txt:4:1-22",
        deps(sink));
    assertEquals(
        "requirements.txt:4 cannot evaluate marker 'colour == 'red'': unknown marker variable 'colour'"
            + " (requirement kept)",
        problems(sink));
  }

  @Test
  void includesInEverySpellingRelativeToTheIncludingFile() throws Exception {
    write("reqs/a.txt", "a==1\n");
    write("reqs/b.txt", "b==1\n");
    write("reqs/c.txt", "c==1\n");
    write("reqs/d.txt", "d==1\n");
    write("reqs/e.txt", "e==1\n");
    write("reqs/pins.txt", "a==2\nz==9\n");
    write("reqs/pins2.txt", "b==3\n");
    RecordingSink sink =
        read(
            String.join(
                "\n",
                "-r reqs/a.txt",
                "-rreqs/b.txt",
                "--requirement reqs/c.txt",
                "--requirement=reqs/d.txt",
                "--requirement='reqs/e.txt'",
                "-c reqs/pins.txt",
                "--constraint=\"reqs/pins2.txt\"",
                "-r",
                "--requirement=",
                "-r reqs/missing.txt",
                "-r reqs/a.txt"));
    assertEquals(
        String.join(
            "\n",
            "a|1|null|reqs/a.txt:1:1-5",
            "b|1|null|reqs/b.txt:1:1-5",
            "c|1|null|reqs/c.txt:1:1-5",
            "d|1|null|reqs/d.txt:1:1-5",
            "e|1|null|reqs/e.txt:1:1-5",
            "a|2|null|reqs/pins.txt:1:1-5",
            "b|3|null|reqs/pins2.txt:1:1-5"),
        deps(sink),
        "a constraint file pins only what is required; a file already read is not read twice");
    assertEquals(
        String.join(
            "\n",
            "requirements.txt:8 '-r' names no file",
            "requirements.txt:9 '--requirement=' names no file",
            "requirements.txt:10 included file 'reqs/missing.txt' not found"),
        problems(sink));
  }

  @Test
  void anInvocationReadsItsConstraintsOnlyWhenItRequiresSomething() throws Exception {
    Path reqs = write("r.txt", "gunicorn\nflask==3.0.3\n");
    Path pins = write("c.txt", "gunicorn==20.0.3\nunused==1\n");
    Set<Path> alreadyRead = new HashSet<>();
    RecordingSink sink = new RecordingSink();
    RequirementsTxtReader reader =
        new RequirementsTxtReader(sink.facts(root), new MarkerEvaluator(null), alreadyRead);
    reader.readInvocation(List.of(reqs), List.of(pins));
    assertEquals(
        String.join(
            "\n",
            "gunicorn|null|null|r.txt:1:1-9",
            "flask|3.0.3|null|r.txt:2:1-13",
            "gunicorn|20.0.3|null|c.txt:1:1-17"),
        deps(sink));
    assertEquals(
        Set.of(reqs.toAbsolutePath().normalize()),
        alreadyRead,
        "constraint files are not marked read");
    RecordingSink again = new RecordingSink();
    new RequirementsTxtReader(again.facts(root), new MarkerEvaluator(null), alreadyRead)
        .readInvocation(List.of(reqs), List.of(pins));
    assertEquals("", deps(again), "nothing required: the constraints are not read either");
    RecordingSink missing = new RecordingSink();
    new RequirementsTxtReader(missing.facts(root), new MarkerEvaluator(null), new HashSet<>())
        .read(root.resolve("none.txt"));
    assertEquals(1, missing.notifications().size());
  }

  @Test
  void includesAreListedWithoutBeingFollowed() throws Exception {
    Path file =
        write(
            "deploy/requirements.txt",
            String.join(
                "\n",
                "-r base.txt  # comment",
                "-c ../pins.txt",
                "--requirement=https://x.org/r.txt",
                "-r",
                "-e .",
                "gunicorn"));
    assertEquals(
        List.of(root.resolve("deploy/base.txt"), root.resolve("pins.txt")),
        RequirementsTxtReader.includes(file));
    assertEquals(List.of(), RequirementsTxtReader.includes(root.resolve("missing.txt")));
  }
}
