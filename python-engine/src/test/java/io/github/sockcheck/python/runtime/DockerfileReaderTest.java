package io.github.sockcheck.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.python.gunicorn.ShellWords;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Dockerfile's instructions with the line each starts on (a finding is placed there), over
 * continuations and the comment lines inside them; exec-form elements at their quoted places; paths
 * inside the image.
 */
class DockerfileReaderTest {

  /** keyword@line[arguments] for each instruction. */
  private static String instructions(String text) {
    return DockerfileReader.instructions(text).stream()
        .map(
            i ->
                i.keyword()
                    + "@"
                    + i.line()
                    + "["
                    + text.substring(i.argsFrom(), i.argsTo()).strip()
                    + "]")
        .collect(Collectors.joining(" "));
  }

  @Test
  void instructionsStartOnTheirLinesOverContinuationsAndComments() {
    String text =
        String.join(
            "\n",
            "# syntax=docker/dockerfile:1",
            "",
            "from python:3.11 AS base",
            "  RUN pip install \\",
            "    -r requirements.txt \\",
            "# a comment inside",
            "",
            "    && true",
            "CMD [\"gunicorn\", \\",
            "  \"-k\", \"gevent\"]",
            "ENV A=1",
            "");
    assertEquals(
        "FROM@3[python:3.11 AS base] RUN@4[pip install \\\n    -r requirements.txt \\\n# a comment inside\n\n"
            + "    && true] CMD@9[[\"gunicorn\", \\\n  \"-k\", \"gevent\"]] ENV@11[A=1]",
        instructions(text),
        "an empty line inside a continuation does not end the instruction (Docker skips it)");
  }

  @Test
  void aContinuationAtTheEndOfTheFileAndWindowsLineEnds() {
    assertEquals("RUN@1[a \\]", instructions("RUN a \\"));
    assertEquals("RUN@1[a \\\r\n  b] CMD@3[c]", instructions("RUN a \\\r\n  b\r\nCMD c\r\n"));
    assertEquals("RUN@2[a \\\n# c\n\nCMD d]", instructions("\nRUN a \\\n# c\n\nCMD d"));
    assertEquals("RUN@1[a] CMD@3[d]", instructions("RUN a\n\nCMD d"));
    assertEquals("CMD@1[]", instructions("CMD"));
    assertEquals("", instructions("\n\n# only\n   \n"));
  }

  private static String exec(String text) {
    Dockerfile.Instruction ins = DockerfileReader.instructions(text).get(0);
    List<ShellWords.Word> words = DockerfileReader.execForm(text, ins);
    return words == null
        ? "shell form"
        : words.stream()
            .map(w -> w.text() + "@" + w.start() + "-" + w.end())
            .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`CMD [\"gunicorn\", \"-k\", \"gevent\"]` | gunicorn@6-14 -k@18-20 gevent@24-30",
        "`CMD   [ \"a\",\"a\" ]  ` | a@9-10 a@13-14",
        "`CMD [\"a\\\"b\"]` | a\"b@3-4", // not written as it reads: placed at the instruction's
        // arguments
        "`CMD [\"a\", null]` | shell form",
        "`CMD [\"a\"` | shell form",
        "`CMD []` | ``",
        "`CMD gunicorn -k gevent` | shell form",
        "`CMD [\"gunicorn\", -k]` | shell form",
        "`CMD [1, 2]` | shell form"
      })
  void execFormElementsAtTheirPlaces(String text, String expected) {
    assertEquals(expected, exec(text));
  }

  @Test
  void execFormAcrossAContinuation() {
    String text = "CMD [\"gunicorn\", \\\n  \"-k\", \\\r\n \"gevent\"]";
    assertEquals("gunicorn@6-14 -k@22-24 gevent@32-38", exec(text));
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/ | req.txt | /req.txt",
        "/app | req.txt | /app/req.txt",
        "/app/ | ./req/../r.txt | /app/r.txt",
        "/app | /etc/r.txt | /etc/r.txt",
        "/app | ../../../r.txt | /r.txt",
        "/a/b | .. | /a",
        "/app | . | /app",
        "/app | a//b/./c | /app/a/b/c"
      })
  void pathsInsideTheImage(String dir, String path, String expected) {
    assertEquals(expected, ImagePaths.resolve(dir, path));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Dockerfile | DEPLOYMENT", "Dockerfile.prod | DEPLOYMENT", "Dockerfile.test | TEST",
            "dev.Dockerfile | TEST",
        "Dockerfile-CI | TEST", "local_Dockerfile | TEST", "Dockerfile.testing | TEST",
            "Dockerfile.contest | DEPLOYMENT",
        "Dockerfile.development | TEST", "Dockerfile.tests | TEST", "Dockerfile.devel | TEST",
            "Dockerfile.develop | TEST"
      })
  void testAndDevelopmentDockerfilesAreTestEvidence(String name, Evidence expected) {
    assertEquals(expected, new Dockerfile(Path.of("svc", name), "").evidence());
  }

  @Test
  void aFileNamedInsideTheImageIsFoundInTheBuildContext() {
    Path context = Path.of("/ctx");
    Dockerfile.Copy all = new Dockerfile.Copy(List.of("."), "/app", true);
    Dockerfile.Copy one =
        new Dockerfile.Copy(List.of("./deploy/req.txt"), "/srv/requirements.txt", false);
    Dockerfile.Copy glob = new Dockerfile.Copy(List.of("reqs/*.txt"), "/opt/", true);
    Dockerfile.Copy url = new Dockerfile.Copy(List.of("https://x.org/r.txt"), "/r.txt", false);
    assertEquals(Path.of("/ctx/r.txt"), Dockerfile.resolve(pip("r.txt", "/app", all), context));
    assertEquals(
        Path.of("/ctx/deploy/req.txt"),
        Dockerfile.resolve(pip("/srv/requirements.txt", "/", all, one), context),
        "the last copy that puts the file there wins");
    assertEquals(
        Path.of("/ctx/reqs/prod.txt"), Dockerfile.resolve(pip("prod.txt", "/opt", glob), context));
    assertEquals(
        Path.of("/ctx/sub/r.txt"),
        Dockerfile.resolve(pip("sub/r.txt", "/elsewhere"), context),
        "no copy: a relative path is read from the context");
    assertNull(
        Dockerfile.resolve(pip("/r.txt", "/", url), context),
        "neither a URL nor an absolute path is in the context");
    assertNull(Dockerfile.resolve(pip("/other/r.txt", "/", all), context));
  }

  private static Dockerfile.PipFile pip(String path, String workdir, Dockerfile.Copy... copies) {
    return new Dockerfile.PipFile(path, false, workdir, List.of(copies), 0);
  }
}
