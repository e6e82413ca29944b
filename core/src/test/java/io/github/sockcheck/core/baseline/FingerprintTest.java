package io.github.sockcheck.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.io.FileTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

  @TempDir Path root;

  private Finding at(String path, int line) {
    return Finding.of(
        "netty-fd-datagram",
        "message " + line,
        Severity.ERROR,
        Precision.HIGH,
        new Location(path, line, 9, line, 30),
        "source");
  }

  private String print(String fileText, int line) throws Exception {
    Path dir = Files.createTempDirectory(root, "v");
    Files.writeString(dir.resolve("A.java"), fileText);
    return new Fingerprint(new FileTexts(dir)).of(at("A.java", line));
  }

  @Test
  void movingTheLineKeepsTheFingerprint() throws Exception {
    String before = "class A {\n  void f() {\n    new Channel(fd);\n  }\n}\n";
    String after = "// header\n\nclass A {\n  void f() {\n      new   Channel(fd);\n  }\n}\n";
    assertEquals(print(before, 3), print(after, 5));
  }

  @Test
  void changingTheLineTextChangesIt() throws Exception {
    String before = "class A {\n  void f() {\n    new Channel(fd);\n  }\n}\n";
    String changed = "class A {\n  void f() {\n    new Channel(fd, family);\n  }\n}\n";
    assertNotEquals(print(before, 3), print(changed, 3));
  }

  @Test
  void identicalFindingsInOneFileAreDistinct() throws Exception {
    Files.writeString(
        root.resolve("A.java"), "class A {\n  new Channel(fd);\n  new Channel(fd);\n}\n");
    Finding first = at("A.java", 2);
    Finding second = at("A.java", 3).withProperties(Map.of());
    List<String> prints = new Fingerprint(new FileTexts(root)).of(List.of(second, first));
    assertNotEquals(prints.get(0), prints.get(1));
    // Same answer in any input order: the occurrence index follows line order.
    assertEquals(prints, reverse(new Fingerprint(new FileTexts(root)).of(List.of(first, second))));
  }

  @Test
  void enclosingMemberAndRuleArePartOfIt() throws Exception {
    Files.writeString(root.resolve("A.java"), "x\n");
    Fingerprint fp = new Fingerprint(new FileTexts(root));
    Finding plain = at("A.java", 1);
    assertNotEquals(
        fp.of(plain), fp.of(plain.withProperties(Map.of(Fingerprint.ENCLOSING, "A#f()"))));
    Finding otherRule =
        Finding.of(
            "other", plain.message(), Severity.ERROR, Precision.HIGH, plain.location(), "source");
    assertNotEquals(fp.of(plain), fp.of(otherRule));
  }

  private static List<String> reverse(List<String> list) {
    return List.of(list.get(1), list.get(0));
  }
}
