package io.github.sockcheck.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkersTest {

  @TempDir Path dir;

  @Test
  void theThreeCommentFormsNameTheirOwnLine() {
    assertEquals(
        List.of("raw-socket-sentinel"),
        Markers.onLine("    libc.socket(2, 3, 0); // expect: raw-socket-sentinel"));
    assertEquals(
        List.of("a-rule", "b-rule"), Markers.onLine("gunicorn>=20,  # expect: a-rule,b-rule"));
    assertEquals(
        List.of("a-rule", "b-rule"), Markers.onLine("gunicorn>=20,  #expect:a-rule ,  b-rule  "));
    assertEquals(List.of("netty-x"), Markers.onLine("    <dependency> <!-- expect: netty-x -->"));
    assertEquals(List.of(), Markers.onLine("    <dependency> <!-- expected to pass -->"));
    assertEquals(
        List.of(), Markers.onLine("throw new IllegalStateException(\"expected a TCP listener\");"));
  }

  @Test
  void aMarkerThatIsNotACleanIdListIsAnError() {
    for (String bad :
        List.of(
            "f(); // expect:",
            "f(); // expect: a b",
            "f(); // expect: a -- why",
            "x  # expect: A-Rule",
            "f(); // expect: a, ")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Markers.onLine(bad), bad);
      assertTrue(e.getMessage().contains("malformed expect: marker"), e.getMessage());
    }
  }

  @Test
  void aFolderGivesEveryMarkerWithPathsRelativeToIt() throws Exception {
    write("A.java", "class A {\n  void f() { g(); } // expect: rule-a\n}\n");
    write("case/requirements.txt", "gunicorn==20.0.2  # expect: rule-b, rule-c\n");
    write("case/EXPECTED", "# JSON has no comments\nPipfile.lock:13 rule-d\n\n");
    write("case/Pipfile.lock", "{}\n");
    write("README.md", "A line with `# expect: rule-x` is documentation, not a marker.\n");
    write(Markers.FINDINGS_FILE, "  message: // expect: rule-y\n");
    write("target/classes/B.java", "// expect: rule-z\n");
    // the shared SkippedDirectories: a virtual environment under any name
    write("case/env/pyvenv.cfg", "home = /usr/bin\n");
    write("case/env/lib/site.py", "f()  # expect: rule-v\n");
    assertEquals(
        "[A.java:2 rule-a, case/Pipfile.lock:13 rule-d, case/requirements.txt:1 rule-b, "
            + "case/requirements.txt:1 rule-c]",
        Markers.in(dir).toString());
  }

  @Test
  void errorsNameTheFileAndLine() throws Exception {
    write("A.java", "class A {}\nf(); // expect: a b\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Markers.in(dir));
    assertTrue(e.getMessage().contains("A.java:2: malformed"), e.getMessage());
    write("A.java", "class A {}\n");
    write("EXPECTED", "Pipfile.lock rule-d\n");
    e = assertThrows(IllegalArgumentException.class, () -> Markers.in(dir));
    assertTrue(e.getMessage().contains("EXPECTED:1: want `file:line rule-id"), e.getMessage());
  }

  @Test
  void theDemosTableRowsAreMarkers() throws Exception {
    write(
        "EXPECTED.md",
        "| location | rule | why |\n|---|---|---|\n"
            + "| `src/main/java/A.java:32` | `rule-a` | because |\n| `pom.xml:21` (the dependency) | `rule-b` | x |\n");
    assertEquals("[pom.xml:21 rule-b, src/main/java/A.java:32 rule-a]", Markers.in(dir).toString());
  }

  private void write(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
