package io.github.sockcheck.core.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.findings.Suppression;
import io.github.sockcheck.core.io.FileTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentSuppressionsTest {

  @TempDir Path root;

  private Optional<Suppression> check(String file, String text, String rule, int line)
      throws Exception {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
    return new CommentSuppressions(new FileTexts(root)).suppressionFor(finding(file, rule, line));
  }

  private static Finding finding(String file, String rule, int line) {
    return Finding.of(
        rule, "m", Severity.ERROR, Precision.HIGH, Location.line(file, line), "source");
  }

  @Test
  void javaCommentOnTheLine() throws Exception {
    Optional<Suppression> s =
        check(
            "src/A.java",
            "class A {\n  Object c = new Channel(fd); // sockcheck:ignore netty-fd-datagram -- fd is always IPv4\n}\n",
            "netty-fd-datagram",
            2);
    assertEquals(
        Optional.of(
            new Suppression("inSource", "fd is always IPv4", Location.line("src/A.java", 2))),
        s);
  }

  @Test
  void javaCommentOnTheLineAboveWithSeveralIds() throws Exception {
    String text =
        "class A {\n  // sockcheck:ignore other-rule, netty-fd-datagram -- tested on 6.1\n  Object c = x();\n}\n";
    assertEquals(
        "tested on 6.1",
        check("src/A.java", text, "netty-fd-datagram", 3).orElseThrow().justification());
    assertEquals(
        Location.line("src/A.java", 2),
        check("src/A.java", text, "other-rule", 3).orElseThrow().where());
  }

  @Test
  void commentForAnotherRuleDoesNotSuppress() throws Exception {
    String text = "x = 1  // sockcheck:ignore other-rule -- reason\n";
    assertTrue(check("src/A.java", text, "netty-fd-datagram", 1).isEmpty());
  }

  @Test
  void codeLineAboveWithATrailingCommentDoesNotCover() throws Exception {
    String text = "a(); // sockcheck:ignore r -- only this line\nb();\n";
    assertTrue(check("src/A.java", text, "r", 2).isEmpty());
    assertTrue(check("src/A.java", text, "r", 1).isPresent());
  }

  @Test
  void wrongCommentSyntaxForTheFileTypeDoesNotSuppress() throws Exception {
    assertTrue(check("src/A.java", "call(); # sockcheck:ignore r -- reason\n", "r", 1).isEmpty());
    assertTrue(check("app.py", "call()  // sockcheck:ignore r -- reason\n", "r", 1).isEmpty());
  }

  @Test
  void hashCommentsInPythonAndManifests() throws Exception {
    assertEquals(
        "runs on Linux 6",
        check(
                "app/server.py",
                "s = socket.socket(fileno=fd)  # sockcheck:ignore gevent-proto -- runs on Linux 6\n",
                "gevent-proto",
                1)
            .orElseThrow()
            .justification());
    assertTrue(
        check(
                "requirements.txt",
                "# sockcheck:ignore gevent-proto -- pinned on purpose\ngevent==24.2.1\n",
                "gevent-proto",
                2)
            .isPresent());
    assertTrue(
        check(
                "pyproject.toml",
                "deps = [\n  \"gevent\",  # sockcheck:ignore gevent-proto -- ok\n]\n",
                "gevent-proto",
                2)
            .isPresent());
    assertTrue(
        check(
                "Dockerfile",
                "# sockcheck:ignore -- everything here is fine\nCMD gunicorn -k gevent app\n",
                "gevent-proto",
                2)
            .isPresent());
    assertTrue(
        check(
                "Procfile",
                "web: gunicorn -k gevent app # sockcheck:ignore gevent-proto -- ok\n",
                "gevent-proto",
                1)
            .isPresent());
    assertTrue(
        check(
                "deploy/app.yaml",
                "worker: gevent # sockcheck:ignore gevent-proto -- ok\n",
                "gevent-proto",
                1)
            .isPresent());
    assertTrue(
        check(
                "app/server.py",
                "s = \"#\"; socket.socket(fileno=fd)  # sockcheck:ignore gevent-proto -- x\n",
                "gevent-proto",
                1)
            .isPresent(),
        "a # inside a string before the comment does not hide it");
  }

  @Test
  void xmlCommentsInPoms() throws Exception {
    String pom =
        "<project>\n  <dependencies>\n    <!-- sockcheck:ignore netty-kernel: kernel 6.1 everywhere -->\n"
            + "    <dependency>\n    </dependency>\n  </dependencies>\n</project>\n";
    assertEquals(
        "kernel 6.1 everywhere",
        check("pom.xml", pom, "netty-kernel", 4).orElseThrow().justification());
    String dashes = "<dependency> <!-- sockcheck:ignore netty-kernel -- kernel 6.1 -->\n";
    assertEquals(
        "kernel 6.1",
        check("mod/pom.xml", dashes, "netty-kernel", 1).orElseThrow().justification());
  }

  @Test
  void ignoreWithoutIdsCoversEveryRule() throws Exception {
    String text = "// sockcheck:ignore -- generated code\nnew Channel(fd);\n";
    assertTrue(check("src/G.java", text, "any-rule", 2).isPresent());
    assertTrue(check("src/G.java", text, "another-rule", 2).isPresent());
  }

  @Test
  void missingReasonStillSuppressesButAsksForOne() throws Exception {
    Files.writeString(
        root.resolve("A.java"), "a(); // sockcheck:ignore r\nb(); // sockcheck:ignore r -- fine\n");
    CommentSuppressions suppressions = new CommentSuppressions(new FileTexts(root));
    CommentSuppressions.Outcome outcome =
        suppressions.apply(
            List.of(
                finding("A.java", "r", 1), finding("A.java", "r", 1).withSeverity(Severity.NOTE),
                finding("A.java", "r", 2), finding("A.java", "q", 2)));
    assertTrue(outcome.findings().get(0).suppressed());
    assertEquals("", outcome.findings().get(0).suppression().justification());
    assertTrue(outcome.findings().get(2).suppressed());
    assertTrue(!outcome.findings().get(3).suppressed());
    assertEquals(
        List.of(
            Notification.warning(
                "suppress",
                Location.line("A.java", 1),
                "suppression of r at A.java:1 has no reason (write `-- <reason>`)")),
        outcome.notifications());
  }

  @Test
  void commentForAnotherRuleOnTheLineAboveDoesNotSuppress() throws Exception {
    String text = "class A {\n  // sockcheck:ignore other-rule -- checked\n  new Channel(fd);\n}\n";
    assertTrue(check("src/A.java", text, "netty-fd-datagram", 3).isEmpty());
    assertTrue(check("src/A.java", text, "other-rule", 3).isPresent());
  }

  @Test
  void commentForAnotherRuleOnTheLineStillLetsTheLineAboveSuppress() throws Exception {
    String text =
        "// sockcheck:ignore netty-fd-datagram -- checked\nnew Channel(fd); // sockcheck:ignore other-rule -- x\n";
    assertEquals(
        new Suppression("inSource", "checked", Location.line("src/A.java", 1)),
        check("src/A.java", text, "netty-fd-datagram", 2).orElseThrow());
  }

  @Test
  void findingsWithoutALineOrPastTheEndAreNotSuppressed() throws Exception {
    String text = "// sockcheck:ignore -- the whole file\nnew Channel(fd);\n";
    assertTrue(
        check("src/A.java", text, "r", 0).isEmpty(),
        "a file-level finding has no line to carry a comment");
    assertTrue(check("src/A.java", text, "r", 3).isEmpty());
    assertTrue(check("src/A.java", text, "r", 2).isPresent());
  }

  @Test
  void wordsAfterTheIdsWithoutDashesAreTheReason() throws Exception {
    Files.writeString(root.resolve("A.java"), "a(); // sockcheck:ignore r fd is always IPv4\n");
    Files.writeString(
        root.resolve("pom.xml"),
        "<dependency> <!-- sockcheck:ignore r kernel 6.1 everywhere -->\n");
    CommentSuppressions suppressions = new CommentSuppressions(new FileTexts(root));
    CommentSuppressions.Outcome outcome =
        suppressions.apply(List.of(finding("A.java", "r", 1), finding("pom.xml", "r", 1)));
    assertEquals("fd is always IPv4", outcome.findings().get(0).suppression().justification());
    assertEquals("kernel 6.1 everywhere", outcome.findings().get(1).suppression().justification());
    assertEquals(List.of(), outcome.notifications(), "a reason without -- is still a reason");
  }

  @Test
  void withoutIdsTheFirstWordIsTakenAsARuleId() throws Exception {
    String text = "a(); // sockcheck:ignore generated code\n";
    assertTrue(check("src/A.java", text, "r", 1).isEmpty(), "'generated' is read as a rule id");
    assertEquals("code", check("src/A.java", text, "generated", 1).orElseThrow().justification());
  }

  @Test
  void oneNotificationPerReasonlessCommentAndRuleInFileOrder() throws Exception {
    Files.writeString(
        root.resolve("B.java"), "a(); // sockcheck:ignore\nb(); // sockcheck:ignore r\n");
    CommentSuppressions suppressions = new CommentSuppressions(new FileTexts(root));
    suppressions.apply(
        List.of(
            finding("B.java", "r", 2),
            finding("B.java", "r", 1),
            finding("B.java", "q", 1),
            finding("B.java", "r", 2).withSeverity(Severity.NOTE)));
    assertEquals(
        List.of(
            Notification.warning(
                "suppress",
                Location.line("B.java", 1),
                "suppression of q at B.java:1 has no reason (write `-- <reason>`)"),
            Notification.warning(
                "suppress",
                Location.line("B.java", 1),
                "suppression of r at B.java:1 has no reason (write `-- <reason>`)"),
            Notification.warning(
                "suppress",
                Location.line("B.java", 2),
                "suppression of r at B.java:2 has no reason (write `-- <reason>`)")),
        suppressions.notifications());
  }

  @Test
  void theEditorsReasonPlaceholderCountsAsNoReason() throws Exception {
    Files.writeString(root.resolve("B.java"), "  // sockcheck:ignore r -- <reason>\n  a();\n");
    Files.writeString(
        root.resolve("pom.xml"), "<!-- sockcheck:ignore r: <reason> -->\n<dependency/>\n");
    CommentSuppressions.Outcome outcome =
        new CommentSuppressions(new FileTexts(root))
            .apply(List.of(finding("B.java", "r", 2), finding("pom.xml", "r", 2)));
    assertTrue(
        outcome.findings().stream().allMatch(Finding::suppressed),
        "the placeholder still suppresses");
    assertEquals(
        2, outcome.notifications().size(), "and asks for a reason: " + outcome.notifications());
  }
}
