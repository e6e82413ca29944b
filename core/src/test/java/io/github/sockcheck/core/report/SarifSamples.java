package io.github.sockcheck.core.report;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Fix;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.findings.Suppression;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.rules.Evidence;
import io.github.sockcheck.core.rules.Examples;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A hand-built report that uses every part of the SARIF output, over a small project on disk. */
final class SarifSamples {

  static final String SERVER = "app/src/main/java/com/example/Server.java";
  static final String POM = "app/pom.xml";
  static final String REQUIREMENTS = "requirements.txt";

  private SarifSamples() {}

  static Rule rule(String id, Severity severity, String cwe, List<String> tags) {
    return new Rule(
        id,
        RuleKind.CALL,
        "Socket rebuilt from an fd without a family",
        severity,
        Precision.HIGH,
        tags,
        cwe,
        Set.of("source", "bytecode"),
        null,
        "{call} omits the family",
        "Rebuilding a socket from a descriptor without naming the family lets the library guess.\n"
            + "The guess fails on some kernels.\n\nSecond paragraph with more detail.",
        new Examples("java", "new Socket(fd);", "new Socket(fd, AF_INET);"),
        "Pass the family explicitly.",
        "all versions",
        List.of(new Evidence("https://example.org/issue/1", "Errno 92 on WSL1")),
        null,
        null,
        "rules/" + id + ".yaml",
        List.of());
  }

  static Report representative(Path root) throws IOException {
    write(
        root.resolve(SERVER),
        "package com.example;\n\nclass Server {\n  void start(int fd) {\n"
            + "    Channel c = new EpollDatagramChannel(fd);\n    c.join(group);\n  }\n}\n");
    write(
        root.resolve(POM),
        "<project>\n  <dependencies>\n    <dependency>\n"
            + "      <artifactId>netty-transport-classes-epoll</artifactId>\n    </dependency>\n  </dependencies>\n</project>\n");
    write(root.resolve(REQUIREMENTS), "gunicorn==23.0.0\ngevent==24.2.1\n");

    Rule callRule =
        rule("netty-fd-datagram", Severity.ERROR, "CWE-628", List.of("reliability", "netty"));
    Rule combo = rule("gunicorn-gevent-proto", Severity.WARNING, null, List.of("python"));
    Rule quiet = rule("raw-socket-unspec", Severity.NOTE, "CWE-1188", List.of("portability"));

    Finding withEverything =
        Finding.of(
                "netty-fd-datagram",
                "new EpollDatagramChannel(fd) omits the family.",
                Severity.ERROR,
                Precision.HIGH,
                new Location(SERVER, 5, 17, 5, 46),
                "source")
            .withEngines(new java.util.TreeSet<>(List.of("source", "bytecode")))
            .withRelated(
                List.of(new RelatedLocation(new Location(SERVER, 6, 5, 6, 19), "joined here")))
            .withFixes(
                List.of(
                    new Fix(
                        "Name the family",
                        List.of(
                            new TextEdit(
                                new Location(SERVER, 5, 45, 5, 45),
                                ", InternetProtocolFamily.IPv4"))),
                    new Fix("Described only", List.of())))
            .withProperties(Map.of("enclosing", "com.example.Server#start(int)", "trail", "a > b"))
            .withBaselineState("new");
    Finding suppressed =
        Finding.of(
                "netty-fd-datagram",
                "Second call, suppressed in source.",
                Severity.ERROR,
                Precision.HIGH,
                Location.line(SERVER, 6),
                "source")
            .withSuppression(
                new Suppression("inSource", "tested on kernel 6.1 only", Location.line(SERVER, 5)));
    Finding baselined =
        Finding.of(
                "gunicorn-gevent-proto",
                "gunicorn 23.0.0 with gevent 24.2.1 fails with Errno 92.",
                Severity.WARNING,
                Precision.MEDIUM,
                Location.line(REQUIREMENTS, 1),
                "combination")
            .withBaselineState("unchanged")
            .withSuppression(new Suppression("external", "baseline", null));
    Finding noRegion =
        Finding.of(
            "gunicorn-gevent-proto",
            "Whole-file finding without a line.",
            Severity.WARNING,
            Precision.LOW,
            Location.file(POM),
            "combination");
    Finding unreadable =
        Finding.of(
            "netty-fd-datagram",
            "In a file that is not there.",
            Severity.ERROR,
            Precision.HIGH,
            Location.line("gone/Missing.java", 3),
            "bytecode");

    List<Notification> notes =
        List.of(
            Notification.error(
                "source",
                Location.line("app/src/main/java/com/example/Broken.java", 7),
                "Broken.java does not parse: ';' expected"),
            Notification.warning(
                "combination", null, "no resolved dependencies; versions read from pom.xml"));
    return new Report(
        root,
        List.of(quiet, combo, callRule),
        List.of(unreadable, noRegion, baselined, suppressed, withEverything),
        notes,
        "0.1.0-SNAPSHOT",
        null);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
