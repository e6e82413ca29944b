package io.github.sockcheck.core.report;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Fix;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.findings.Suppression;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.rules.Examples;
import io.github.sockcheck.core.rules.TestRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The small project on disk that the SARIF and HTML report samples both show (a Java server, its
 * POM, a requirements file), and the findings and notification the two samples share.
 */
public final class SampleProject {

  public static final String SERVER = "app/src/main/java/com/example/Server.java";
  public static final String POM = "app/pom.xml";
  public static final String REQUIREMENTS = "requirements.txt";

  /** The fix of the server's line 5: name the family after the descriptor. */
  public static final Fix NAME_THE_FAMILY =
      new Fix(
          "Name the family",
          List.of(
              new TextEdit(new Location(SERVER, 5, 45, 5, 45), ", InternetProtocolFamily.IPv4")));

  private SampleProject() {}

  /**
   * A call rule about the server's channel, as both samples describe it: the message, the examples
   * and the engines are the same, the texts each sample is about are set by the caller.
   */
  public static TestRule fdRule(String id, Severity severity) {
    return TestRule.described(id)
        .severity(severity)
        .message("{call} omits the family")
        .examples(new Examples("java", "new Socket(fd);", "new Socket(fd, AF_INET);"));
  }

  /** Writes the server (line 5 makes the channel, line 6 joins), the POM and the requirements. */
  public static void write(Path root) throws IOException {
    write(
        root.resolve(SERVER),
        "package com.example;\n\nclass Server {\n  void start(int fd) {\n"
            + "    Channel c = new EpollDatagramChannel(fd);\n    c.join(group);\n  }\n}\n");
    write(
        root.resolve(POM),
        "<project>\n  <dependencies>\n    <dependency>\n"
            + "      <artifactId>netty-transport-classes-epoll</artifactId>\n    </dependency>\n  </dependencies>\n</project>\n");
    write(root.resolve(REQUIREMENTS), "gunicorn==23.0.0\ngevent==24.2.1\n");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** The server's second call, suppressed by a comment on the line above it. */
  public static Finding suppressedInSource() {
    return Finding.of(
            "netty-fd-datagram",
            "Second call, suppressed in source.",
            Severity.ERROR,
            Precision.HIGH,
            Location.line(SERVER, 6),
            "source")
        .withSuppression(
            new Suppression("inSource", "tested on kernel 6.1 only", Location.line(SERVER, 5)));
  }

  /** A combination finding on the requirements' first line that the baseline already has. */
  public static Finding baselined(String message) {
    return Finding.of(
            "gunicorn-gevent-proto",
            message,
            Severity.WARNING,
            Precision.MEDIUM,
            Location.line(REQUIREMENTS, 1),
            "combination")
        .withBaselineState("unchanged")
        .withSuppression(new Suppression("external", "baseline", null));
  }

  /** A finding in a file that is not on disk, so the report has no source to show. */
  public static Finding inMissingFile() {
    return Finding.of(
        "netty-fd-datagram",
        "In a file that is not there.",
        Severity.ERROR,
        Precision.HIGH,
        Location.line("gone/Missing.java", 3),
        "bytecode");
  }

  /** The source engine's error about a file that does not parse. */
  public static Notification unparsableSource() {
    return Notification.error(
        "source",
        Location.line("app/src/main/java/com/example/Broken.java", 7),
        "Broken.java does not parse: ';' expected");
  }
}
