package io.github.sockcheck.core.report;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Fix;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.Evidence;
import io.github.sockcheck.core.rules.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A hand-built report that uses every part of the SARIF output, over a small project on disk. */
final class SarifSamples {

  static final String SERVER = SampleProject.SERVER;
  static final String POM = SampleProject.POM;

  private SarifSamples() {}

  static Rule rule(String id, Severity severity, String cwe, List<String> tags) {
    return SampleProject.fdRule(id, severity)
        .title("Socket rebuilt from an fd without a family")
        .tags(tags)
        .cwe(cwe)
        .help(
            "Rebuilding a socket from a descriptor without naming the family lets the library"
                + " guess.\nThe guess fails on some kernels.\n\nSecond paragraph with more detail.")
        .fix("Pass the family explicitly.")
        .appliesTo("all versions")
        .evidence(List.of(new Evidence("https://example.org/issue/1", "Errno 92 on WSL1")))
        .build();
  }

  static Report representative(Path root) throws IOException {
    SampleProject.write(root);

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
            .withFixes(List.of(SampleProject.NAME_THE_FAMILY, new Fix("Described only", List.of())))
            .withProperties(Map.of("enclosing", "com.example.Server#start(int)", "trail", "a > b"))
            .withBaselineState("new");
    Finding suppressed = SampleProject.suppressedInSource();
    Finding baselined =
        SampleProject.baselined("gunicorn 23.0.0 with gevent 24.2.1 fails with Errno 92.");
    Finding noRegion =
        Finding.of(
            "gunicorn-gevent-proto",
            "Whole-file finding without a line.",
            Severity.WARNING,
            Precision.LOW,
            Location.file(POM),
            "combination");
    Finding unreadable = SampleProject.inMissingFile();

    List<Notification> notes =
        List.of(
            SampleProject.unparsableSource(),
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
}
