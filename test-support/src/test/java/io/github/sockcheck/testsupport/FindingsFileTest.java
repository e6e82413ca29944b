package io.github.sockcheck.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsFileTest {

  @TempDir Path dir;

  private static Finding multicast(String engine, Location at, Precision precision) {
    return Finding.of(
            "datagram-channel-no-family-multicast",
            "DatagramChannel.open() … later calls join",
            Severity.ERROR,
            precision,
            at,
            engine)
        .withRelated(List.of(new RelatedLocation(Location.line("A.java", 27), "join")))
        .withProperties(Map.of("trail", "a -> b"));
  }

  @Test
  void enginesThatReportTheSameShareABlockAndEveryDetailIsWritten() {
    String text =
        FindingsFile.render(
            "datagram-channel-no-family-multicast",
            List.of(
                multicast("source", Location.line("A.java", 20), Precision.HIGH),
                multicast("bytecode", Location.line("A.java", 20), Precision.HIGH),
                multicast("bytecode", new Location("A.java", 9, 5, 9, 30), Precision.MEDIUM)));
    String blocks = text.substring(text.indexOf("\n\n") + 2);
    assertEquals(
        """
        A.java:9:5-9:30 datagram-channel-no-family-multicast
          engines: bytecode
          level: error
          precision: medium
          message: DatagramChannel.open() … later calls join
          related: A.java:27 join
          property trail: a -> b

        A.java:20 datagram-channel-no-family-multicast
          engines: bytecode, source
          level: error
          precision: high
          message: DatagramChannel.open() … later calls join
          related: A.java:27 join
          property trail: a -> b
        """,
        blocks);
  }

  @Test
  void aChangedDetailFailsWithTheDifferingLines() throws Exception {
    Path file = dir.resolve(Markers.FINDINGS_FILE);
    String before =
        FindingsFile.render(
            "r", List.of(multicast("source", Location.line("A.java", 20), Precision.HIGH)));
    Files.writeString(file, before);
    FindingsFile.check(file, before);
    String after =
        FindingsFile.render(
            "r", List.of(multicast("source", Location.line("A.java", 20), Precision.MEDIUM)));
    AssertionError e = assertThrows(AssertionError.class, () -> FindingsFile.check(file, after));
    assertTrue(
        e.getMessage()
            .contains(
                "  in A.java:20 datagram-channel-no-family-multicast\n"
                    + "-9:   precision: high\n+9:   precision: medium"),
        e.getMessage());
    assertTrue(e.getMessage().contains("-Dsockcheck.updateExpected=true"), e.getMessage());
  }

  @Test
  void aMissingFileSaysHowToWriteIt() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> FindingsFile.check(dir.resolve(Markers.FINDINGS_FILE), "x"));
    assertTrue(e.getMessage().contains("is missing"), e.getMessage());
  }

  @Test
  void findingsOfACaseGetTheCasePathInFront() {
    Finding f =
        FindingsFile.under(
            "4.2.9.Final", multicast("combination", Location.line("pom.xml", 14), Precision.HIGH));
    assertEquals("4.2.9.Final/pom.xml", f.location().path());
    assertEquals("4.2.9.Final/A.java", f.related().get(0).location().path());
  }

  @Test
  void pathsIntoTheLocalMavenRepositoryReadTheSameOnEveryMachine() {
    String bom =
        Path.of(
                System.getProperty("user.home"),
                ".m2",
                "repository",
                "io/netty/netty-bom/4.2.9.Final/b.pom")
            .toString();
    String saved = System.clearProperty("maven.repo.local");
    try {
      Finding f =
          FindingsFile.under(
              "bom-import",
              multicast("combination", Location.line("pom.xml", 25), Precision.HIGH)
                  .withRelated(
                      List.of(
                          new RelatedLocation(Location.line(bom, 333), "version managed here"))));
      assertEquals(
          "${local-repository}/io/netty/netty-bom/4.2.9.Final/b.pom",
          f.related().get(0).location().path());
    } finally {
      if (saved != null) System.setProperty("maven.repo.local", saved);
    }
  }
}
