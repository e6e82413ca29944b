package io.github.sockcheck.core.report.html;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Fix;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.findings.Suppression;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.report.Report;
import io.github.sockcheck.core.report.SampleProject;
import io.github.sockcheck.core.rules.Evidence;
import io.github.sockcheck.core.rules.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Reports over small projects on disk: an ordinary one, and one where every text is hostile. */
final class HtmlSamples {

  static final String SERVER = SampleProject.SERVER;
  static final String POM = SampleProject.POM;

  /** Runs if any text reaches the page as markup: changes the title and adds an element. */
  static final String PAYLOAD =
      "<script>document.title='pwned';document.body.appendChild(document.createElement('pwned'))</script>";

  static final String HOSTILE =
      "\"'></textarea></title></style>"
          + PAYLOAD
          + "<img src=x onerror=\"document.title='pwned'\">"
          + "$relativePath ${project.basedir} \u0000\u0007\ud800\uffff";
  static final String HOSTILE_PATH =
      "src/\"><img src=x onerror=alert(1)>/" + "<script>x</script>.py";

  private HtmlSamples() {}

  static Rule rule(
      String id, Severity severity, String title, String help, List<Evidence> evidence) {
    return SampleProject.fdRule(id, severity)
        .title(title)
        .tags(List.of("reliability"))
        .help(help)
        .fix("Pass the family explicitly:\n\n1. name it\n2. check it")
        .appliesTo("Netty 4.2.8 and later")
        .evidence(evidence)
        .build();
  }

  static Report ordinary(Path root) throws IOException {
    SampleProject.write(root);
    Rule call =
        rule(
            "netty-fd-datagram",
            Severity.ERROR,
            "Datagram channel from an fd",
            "Netty guesses the family.\n\n- on `WSL1` it fails\n- see **issue 1**",
            List.of(new Evidence("https://example.org/issue/1", "Errno 92 on WSL1")));
    Rule combo =
        rule(
            "gunicorn-gevent-proto",
            Severity.WARNING,
            "gunicorn with gevent",
            "Python ≥ 3.7.",
            List.of());
    Rule quiet = rule("raw-socket-unspec", Severity.NOTE, "Raw socket", "Unused here.", List.of());

    Finding active =
        Finding.of(
                "netty-fd-datagram",
                "new EpollDatagramChannel(fd) omits the family.",
                Severity.ERROR,
                Precision.HIGH,
                new Location(SERVER, 5, 17, 5, 45),
                "source")
            .withEngines(new TreeSet<>(List.of("source", "bytecode")))
            .withRelated(
                List.of(
                    new RelatedLocation(
                        new Location(SERVER, 6, 5, 6, 19), "`join` is called here")))
            .withFixes(List.of(SampleProject.NAME_THE_FAMILY))
            .withProperties(Map.of("enclosing", "com.example.Server#start(int)"))
            .withBaselineState("new");
    Finding combination =
        Finding.of(
                "gunicorn-gevent-proto",
                "gunicorn 23.0.0 with gevent 24.2.1 fails with Errno 92.",
                Severity.WARNING,
                Precision.MEDIUM,
                Location.line(POM, 3),
                "combination")
            .withProperties(
                Map.of(
                    "coordinate",
                    "io.netty:netty-all:4.2.9.Final",
                    "trail",
                    "com.example:app:1.0 → io.vertx:vertx-core:5.0.0 → io.netty:netty-all:4.2.9.Final"));
    Finding suppressed = SampleProject.suppressedInSource();
    Finding baselined = SampleProject.baselined("Known since 2024, accepted.");
    Finding missingFile = SampleProject.inMissingFile();
    List<Notification> notes = List.of(SampleProject.unparsableSource());
    return new Report(
        root,
        List.of(quiet, combo, call),
        List.of(missingFile, baselined, suppressed, combination, active),
        notes,
        "0.1.0-TEST",
        null);
  }

  /**
   * Every text a report carries is hostile: messages, paths, rule texts, evidence, source lines,
   * notifications.
   */
  static Report hostile(Path root) throws IOException {
    Path source = root.resolve(HOSTILE_PATH);
    Files.createDirectories(source.getParent());
    byte[] invalidUtf8 = {
      (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80
    };
    String longLine = "x = '" + "<script>A</script>".repeat(20_000) + "'\n";
    byte[] text =
        ("import socket\n# "
                + HOSTILE
                + "\n"
                + PAYLOAD
                + "\nsock = socket.socket(fileno=fd)  # </textarea>\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\n" + longLine + "end\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[text.length + invalidUtf8.length + tail.length];
    System.arraycopy(text, 0, all, 0, text.length);
    System.arraycopy(invalidUtf8, 0, all, text.length, invalidUtf8.length);
    System.arraycopy(tail, 0, all, text.length + invalidUtf8.length, tail.length);
    Files.write(source, all);

    Rule evil =
        rule(
            "evil-" + HOSTILE,
            Severity.ERROR,
            "Title " + HOSTILE,
            "Help "
                + HOSTILE
                + "\n\n[click](javascript:document.title='pwned') <a href=\"javascript:x\">a</a>\n\n```\n"
                + HOSTILE
                + "\n```",
            List.of(
                new Evidence("javascript:document.title='pwned'", "Evidence " + HOSTILE),
                new Evidence("https://example.org/\"><script>x</script>", HOSTILE)));
    Finding onCall =
        Finding.of(
                evil.id(),
                "Message " + HOSTILE,
                Severity.ERROR,
                Precision.HIGH,
                new Location(HOSTILE_PATH, 4, 8, 4, 21),
                "python")
            .withRelated(
                List.of(new RelatedLocation(Location.line(HOSTILE_PATH, 3), "related " + HOSTILE)))
            .withFixes(
                List.of(
                    new Fix(
                        "fix " + HOSTILE,
                        List.of(new TextEdit(Location.line(HOSTILE_PATH, 4), HOSTILE)))))
            .withProperties(
                Map.of(
                    "trail",
                    HOSTILE + " → " + HOSTILE,
                    "coordinate",
                    HOSTILE,
                    "enclosing",
                    HOSTILE));
    Finding onLongLine =
        Finding.of(
            evil.id(),
            "long line",
            Severity.WARNING,
            Precision.LOW,
            new Location(HOSTILE_PATH, 6, 150_000, 6, 150_010),
            "python");
    Finding suppressed =
        Finding.of(
                evil.id(),
                "suppressed " + HOSTILE,
                Severity.NOTE,
                Precision.LOW,
                Location.line(HOSTILE_PATH, 5),
                "python")
            .withSuppression(new Suppression("inSource", HOSTILE, Location.line(HOSTILE_PATH, 2)));
    List<Notification> notes =
        List.of(Notification.error(HOSTILE, Location.line(HOSTILE_PATH, 1), "note " + HOSTILE));
    return new Report(
        root, List.of(evil), List.of(onCall, onLongLine, suppressed), notes, "1.0" + HOSTILE, null);
  }
}
