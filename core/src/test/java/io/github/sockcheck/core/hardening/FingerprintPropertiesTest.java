package io.github.sockcheck.core.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.baseline.Fingerprint;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.io.FileTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The baseline fingerprint: independent of lines added or removed above a finding (and of
 * re-indenting), the same on every run and machine (a fixed input has a fixed value), independent
 * of input order.
 */
class FingerprintPropertiesTest {

  @Property(tries = 200)
  void linesInsertedAboveDoNotChangeAnyFingerprint(
      @ForAll("lines") List<String> file,
      @ForAll("lines") List<String> inserted,
      @ForAll @IntRange(min = 0, max = 5) int extraIndent)
      throws IOException {
    List<Finding> before = new ArrayList<>();
    List<Finding> after = new ArrayList<>();
    for (int line = 1;
        line <= file.size();
        line += 2) { // a finding on every other line, duplicates included
      before.add(finding("src/A.java", line));
      after.add(finding("src/A.java", line + inserted.size()));
    }
    List<String> shifted = new ArrayList<>(inserted);
    file.forEach(l -> shifted.add(" ".repeat(extraIndent) + l));
    assertEquals(prints(file, before), prints(shifted, after));
  }

  @Property(tries = 100)
  void theOrderOfTheInputDoesNotMatter(@ForAll("lines") List<String> file) throws IOException {
    List<Finding> findings = new ArrayList<>();
    for (int line = 1; line <= file.size(); line++) findings.add(finding("src/A.java", line));
    List<Finding> reversed = new ArrayList<>(findings);
    java.util.Collections.reverse(reversed);
    List<String> forward = prints(file, findings);
    List<String> backward = new ArrayList<>(prints(file, reversed));
    java.util.Collections.reverse(backward);
    assertEquals(forward, backward);
  }

  @Test
  void aFixedInputHasAFixedFingerprint() throws IOException {
    // SHA-256 of "r\0A.java\0new Channel(fd);\0\0" + "1": rule, path, collapsed line text, no
    // enclosing, occurrence 1.
    assertEquals(
        "87eae59fd74a049a5a5571fa5fddca0cfaccf9fc3f5c2ed0b068fe55c93ce8c2",
        prints(
                "A.java",
                List.of("class A {", "  new   Channel(fd);  ", "}"),
                List.of(
                    Finding.of(
                        "r",
                        "message",
                        Severity.ERROR,
                        Precision.HIGH,
                        Location.line("A.java", 2),
                        "source")))
            .get(0));
  }

  @Provide
  Arbitrary<List<String>> lines() {
    Arbitrary<String> line =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('\t', '\u00e4', '\u20ac')
                .ofMaxLength(40),
            Arbitraries.of("new Channel(fd);", "DatagramChannel.open();", "", "  }"));
    return line.list().ofMinSize(1).ofMaxSize(30);
  }

  private static Finding finding(String path, int line) {
    return Finding.of(
        "rule-x",
        "message at " + line,
        Severity.WARNING,
        Precision.HIGH,
        new Location(path, line, 3, line, 9),
        "source");
  }

  private static List<String> prints(List<String> lines, List<Finding> findings)
      throws IOException {
    return prints("src/A.java", lines, findings);
  }

  private static List<String> prints(String path, List<String> lines, List<Finding> findings)
      throws IOException {
    Path root = Files.createTempDirectory("sockcheck-fingerprint");
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + "\n");
      return new Fingerprint(new FileTexts(root)).of(findings);
    } finally {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }
}
