package io.github.sockcheck.scan.hardening;

import static io.github.sockcheck.scan.hardening.BadProjects.DATAGRAM_RULE;
import static io.github.sockcheck.scan.hardening.BadProjects.GOOD_JAVA;
import static io.github.sockcheck.scan.hardening.BadProjects.GUNICORN_RULE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.report.ConsoleLine;
import io.github.sockcheck.scan.ConsoleStyle;
import io.github.sockcheck.scan.ScanRequest;
import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.Sockcheck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@code testdata/bad/README.md}: the bad input sits beside the good files of {@code
 * testdata/bad/_good}; the real pipeline runs with every engine on the project as the CLI
 * classifies it. The scan must return, keep the good files' findings, and name the bad file (path,
 * and line where it is meaningful) in the notifications, the CLI console lines and the SARIF
 * tool-execution notifications.
 */
class BadInputScanTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JDK25_JAVAC = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac");

  /** A notification must name {@code path} (at {@code line} when it is above 0). */
  record Named(String path, int line) {}

  /** What a case set up: the files that must be named, extra request settings, extra checks. */
  record Plan(List<Named> named, BiConsumer<Path, ScanRequest.Builder> request, Check check) {
    static Plan naming(String path, int line) {
      return new Plan(List.of(new Named(path, line)), (p, b) -> {}, (p, r) -> {});
    }

    Plan with(Check extra) {
      return new Plan(
          named,
          request,
          (p, r) -> {
            check.verify(p, r);
            extra.verify(p, r);
          });
    }
  }

  interface Check {
    void verify(Path project, ScanResult result) throws Exception;
  }

  interface Setup {
    Plan prepare(Path project) throws Exception;
  }

  record Case(String name, Setup setup) {
    @Override
    public String toString() {
      return name;
    }
  }

  @TempDir Path dir;

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "unparseable-java",
            p -> {
              BadProjects.copyCase("unparseable-java", p);
              return Plan.naming("src/main/java/bad/Unparseable.java", 7);
            }),
        new Case(
            "lexical-error-java",
            p -> {
              BadProjects.copyCase("lexical-error-java", p);
              return Plan.naming("src/main/java/bad/LexicalError.java", 6);
            }),
        new Case("binary-java", BadInputScanTest::binaryJava),
        new Case(
            "latin1-java",
            p -> encodingCase(p, "latin1-java", "src/main/java/bad/Latin1Multicast.java")),
        new Case(
            "mixed-encoding-java",
            p -> encodingCase(p, "mixed-encoding-java", "src/main/java/bad/MixedEncoding.java")),
        new Case("utf16-java", BadInputScanTest::utf16Java),
        new Case("huge-java", BadInputScanTest::hugeJava),
        new Case("deep-nesting-java", BadInputScanTest::deepNesting),
        new Case("truncated-class", BadInputScanTest::truncatedClass),
        new Case("corrupt-class", BadInputScanTest::corruptClass),
        new Case("major-99-class", BadInputScanTest::major99Class),
        new Case("java-25-class", BadInputScanTest::java25Class),
        new Case(
            "not-a-zip-jar",
            p -> {
              BadProjects.copyCase("not-a-zip-jar", p);
              return Plan.naming("lib/broken.jar", 0);
            }),
        new Case("zip-bomb-jar", BadInputScanTest::zipBomb),
        new Case(
            "compose-alias-bomb",
            p -> {
              BadProjects.copyCase("compose-alias-bomb", p);
              return Plan.naming("compose.yaml", 0);
            }),
        new Case(
            "compose-global-tags",
            p -> {
              BadProjects.copyCase("compose-global-tags", p);
              CanaryFlag.touched = false;
              return Plan.naming("compose.yaml", 4)
                  .with(
                      (project, r) ->
                          assertFalse(
                              CanaryFlag.touched,
                              "a class named by a YAML tag was loaded or constructed"));
            }),
        new Case("xxe-pom", BadInputScanTest::xxePom),
        new Case("huge-requirements", BadInputScanTest::hugeRequirements),
        new Case("symlink-loop", BadInputScanTest::symlinkLoop),
        new Case("unreadable-files", BadInputScanTest::unreadable));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theScanFinishesNamesTheBadFileAndKeepsTheGoodFindings(Case c) throws Exception {
    Path project = BadProjects.goodProject(Files.createDirectories(dir.resolve("project")));
    Plan plan = c.setup().prepare(project);
    ScanRequest.Builder builder = BadProjects.request(project);
    plan.request().accept(project, builder);

    ScanResult result = Sockcheck.scan(builder.build());

    BadProjects.assertGoodFindings(result);
    for (Notification n : result.notifications()) {
      assertFalse(n.message().contains("engine failed"), "an engine crashed: " + n);
      assertFalse(n.message().contains("\tat "), "a stack trace is not a message: " + n);
    }
    String sarif = result.sarif(null);
    List<String> console =
        result.consoleLines(ConsoleStyle.CLI).stream().map(ConsoleLine::text).toList();
    for (Named named : plan.named()) assertNamed(result, console, sarif, named);
    plan.check().verify(project, result);
  }

  private static void assertNamed(
      ScanResult result, List<String> console, String sarif, Named named) throws IOException {
    String all = "\nnotifications: " + result.notifications();
    List<Notification> hits =
        result.notifications().stream()
            .filter(n -> n.location() != null && n.location().path().equals(named.path()))
            .filter(n -> named.line() == 0 || n.location().startLine() == named.line())
            .toList();
    assertFalse(hits.isEmpty(), "no notification names " + named + all);
    for (Notification n : hits) assertFalse(n.message().isBlank(), "empty message: " + n);

    String position = named.path() + ":" + (named.line() > 0 ? named.line() + ":" : "");
    assertTrue(
        console.stream().anyMatch(l -> l.contains(position) && l.endsWith("[sockcheck]")),
        "no console line names " + position + "\nconsole: " + String.join("\n", console));

    JsonNode notes =
        JSON.readTree(sarif)
            .path("runs")
            .path(0)
            .path("invocations")
            .path(0)
            .path("toolExecutionNotifications");
    boolean inSarif = false;
    for (JsonNode note : notes) {
      JsonNode location = note.path("locations").path(0).path("physicalLocation");
      boolean file = location.path("artifactLocation").path("uri").asText().equals(named.path());
      boolean line =
          named.line() == 0 || location.path("region").path("startLine").asInt() == named.line();
      if (file && line && !note.path("message").path("text").asText().isBlank()) inSarif = true;
    }
    assertTrue(
        inSarif,
        "no SARIF toolExecutionNotification names " + named + "\n" + notes.toPrettyString());
  }

  // ---- the cases that are generated (big or binary: not committed) ----

  /** Bytes with NULs and a rule token, so the token pre-filter cannot be what skips it. */
  private static Plan binaryJava(Path project) throws IOException {
    byte[] bytes = new byte[64 * 1024];
    new Random(42).nextBytes(bytes);
    byte[] token = "DatagramChannel.open() join".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(token, 0, bytes, 1000, token.length);
    bytes[10] = 0;
    write(project.resolve("src/main/java/bad/Binary.java"), bytes);
    return Plan.naming("src/main/java/bad/Binary.java", 0)
        .with(saysNulBytes("src/main/java/bad/Binary.java"));
  }

  /**
   * Valid Java in a file that is not UTF-8: read anyway (with a warning), and its own finding is
   * found.
   */
  private static Plan encodingCase(Path project, String name, String path) throws IOException {
    BadProjects.copyCase(name, project);
    return Plan.naming(path, 0).with((p, r) -> BadProjects.only(r, DATAGRAM_RULE, path, 11));
  }

  /**
   * Java saved as UTF-16 with a byte-order mark (what some Windows editors write): javac rejects it
   * without {@code -encoding UTF-16}, and its NUL bytes hide every rule token from the pre-filter,
   * so it must be named rather than silently skipped.
   */
  private static Plan utf16Java(Path project) throws IOException {
    String text =
        Files.readString(project.resolve(GOOD_JAVA))
            .replace("package good;", "package bad;")
            .replace("class GoodMulticast", "class Utf16");
    write(project.resolve("src/main/java/bad/Utf16.java"), text.getBytes(StandardCharsets.UTF_16));
    return Plan.naming("src/main/java/bad/Utf16.java", 0)
        .with(saysNulBytes("src/main/java/bad/Utf16.java"));
  }

  /**
   * The one clear message for a file that is not text in the declared encoding: no misleading
   * "parse error".
   */
  private static Check saysNulBytes(String path) {
    return (p, r) -> {
      List<Notification> about =
          r.notifications().stream()
              .filter(n -> n.location() != null && n.location().path().equals(path))
              .toList();
      assertEquals(1, about.size(), about.toString());
      assertTrue(about.get(0).message().contains("contains NUL bytes"), about.toString());
    };
  }

  /**
   * 10 MB of generated Java: over the source size limit, skipped with a notification, never loaded
   * whole.
   */
  private static Plan hugeJava(Path project) throws IOException {
    Path file = project.resolve("src/main/java/bad/Huge.java");
    Files.createDirectories(file.getParent());
    try (var out = Files.newBufferedWriter(file)) {
      out.write("package bad;\n\n/* generated */\npublic class Huge {\n");
      int i = 0;
      while (Files.size(file) < 10L * 1024 * 1024 && i < 1_000_000) {
        for (int k = 0; k < 1000; k++, i++) {
          out.write(
              "  java.nio.channels.DatagramChannel m"
                  + i
                  + "() throws java.io.IOException { return "
                  + "java.nio.channels.DatagramChannel.open(); } /* \""
                  + i
                  + "\" */\n");
        }
        out.flush();
      }
      out.write("}\n");
    }
    assertTrue(Files.size(file) >= 10L * 1024 * 1024);
    return Plan.naming("src/main/java/bad/Huge.java", 0);
  }

  /** An expression nested 100,000 deep: the parser's recursion must not take the scan down. */
  private static Plan deepNesting(Path project) throws IOException {
    int depth = 100_000;
    StringBuilder s =
        new StringBuilder(
            "package bad;\n\nclass Deep {\n"
                + "  java.nio.channels.DatagramChannel c = java.nio.channels.DatagramChannel.open();\n  int x = ");
    s.append("(1 + ".repeat(depth)).append('1').append(")".repeat(depth)).append(";\n}\n");
    write(
        project.resolve("src/main/java/bad/Deep.java"),
        s.toString().getBytes(StandardCharsets.UTF_8));
    return Plan.naming("src/main/java/bad/Deep.java", 0);
  }

  private static Plan truncatedClass(Path project) throws IOException {
    byte[] good = Files.readAllBytes(project.resolve("build/classes/good/GoodMulticast.class"));
    write(
        project.resolve("build/classes/bad/Truncated.class"),
        java.util.Arrays.copyOf(good, good.length / 2));
    return Plan.naming("build/classes/bad/Truncated.class", 0);
  }

  private static Plan corruptClass(Path project) throws IOException {
    byte[] bytes = new byte[512];
    new Random(7).nextBytes(bytes);
    byte[] header = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 40, 99};
    System.arraycopy(
        header, 0, bytes, 0, header.length); // constant pool entry 1 has the unknown tag 99
    write(project.resolve("build/classes/bad/Corrupt.class"), bytes);
    return Plan.naming("build/classes/bad/Corrupt.class", 0);
  }

  /**
   * A class file that names DatagramChannel (so it passes the pre-filter) with major version 99.
   */
  private static Plan major99Class(Path project) throws Exception {
    Path classes = compileRenamed(project, "Future", null);
    byte[] bytes = Files.readAllBytes(classes.resolve("bad/Future.class"));
    bytes[6] = 0;
    bytes[7] = 99;
    write(project.resolve("build/classes/bad/Future.class"), bytes);
    return Plan.naming("build/classes/bad/Future.class", 0);
  }

  /**
   * A real Java 25 class file (major 69) calling DatagramChannel.open() and join: either the
   * bytecode engine reads it and reports it, or it names it in a notification. Skipped when no JDK
   * 25 is installed.
   */
  private static Plan java25Class(Path project) throws Exception {
    skipUnless(
        Files.isExecutable(JDK25_JAVAC), "the Java 25 class case needs a JDK 25 at " + JDK25_JAVAC);
    Path classes = compileRenamed(project, "Modern", JDK25_JAVAC);
    byte[] bytes = Files.readAllBytes(classes.resolve("bad/Modern.class"));
    assertEquals(
        69, ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff), "javac 25 writes major version 69");
    write(project.resolve("build/classes/bad/Modern.class"), bytes);
    return new Plan(
        List.of(),
        (p, b) -> {},
        (p, r) -> {
          boolean named =
              r.notifications().stream()
                  .anyMatch(
                      n ->
                          n.location() != null
                              && n.location().path().equals("build/classes/bad/Modern.class"));
          boolean analysed =
              r.findings().stream()
                  .anyMatch(
                      f ->
                          f.ruleId().equals(DATAGRAM_RULE)
                              && f.location().path().contains("Modern"));
          assertTrue(
              named || analysed,
              "the Java 25 class is neither analysed nor named\nfindings: "
                  + r.findings()
                  + "\nnotifications: "
                  + r.notifications());
        });
  }

  /**
   * Compiles a copy of the good Java file as {@code bad.<name>} outside the project; returns the
   * class dir.
   */
  private static Path compileRenamed(Path project, String name, Path javac) throws Exception {
    Path work = Files.createDirectories(project.getParent().resolve("compile-" + name));
    Path source = work.resolve("src/bad/" + name + ".java");
    String text =
        Files.readString(project.resolve(GOOD_JAVA))
            .replace("package good;", "package bad;")
            .replace("class GoodMulticast", "class " + name);
    write(source, text.getBytes(StandardCharsets.UTF_8));
    Path out = work.resolve("classes");
    if (javac == null) {
      BadProjects.compile(out, source);
    } else {
      Files.createDirectories(out);
      Process p =
          new ProcessBuilder(
                  javac.toString(),
                  "--release",
                  "25",
                  "-g",
                  "-d",
                  out.toString(),
                  source.toString())
              .redirectErrorStream(true)
              .start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), "javac 25 did not finish");
      assertEquals(0, p.exitValue(), output);
    }
    return out;
  }

  /**
   * A jar whose one class entry inflates to 64 MB of zeros (64 KB on disk): reading it must be
   * bounded.
   */
  private static Plan zipBomb(Path project) throws IOException {
    Path jar = project.resolve("lib/bomb.jar");
    Files.createDirectories(jar.getParent());
    byte[] zeros = new byte[1 << 20];
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("bomb/Bomb.class"));
      for (int i = 0; i < 64; i++) zip.write(zeros);
      zip.closeEntry();
    }
    assertTrue(Files.size(jar) < 1 << 20, "the bomb is small on disk");
    return Plan.naming("lib/bomb.jar", 0);
  }

  /**
   * A POM whose entities point at a secret file: refused, and the secret never appears anywhere.
   */
  private static Plan xxePom(Path project) throws IOException {
    String secret = "SECRET-" + Long.toHexString(new Random().nextLong()) + "-MUST-NOT-LEAK";
    Path secretFile = project.getParent().resolve("outside/secret.txt");
    write(secretFile, secret.getBytes(StandardCharsets.UTF_8));
    String pom =
        Files.readString(BadProjects.corpus().resolve("xxe-pom/pom.xml.template"))
            .replace("@SECRET_URI@", secretFile.toUri().toString());
    write(project.resolve("pom.xml"), pom.getBytes(StandardCharsets.UTF_8));
    return Plan.naming("pom.xml", 0)
        .with(
            (p, r) -> {
              List<String> everything = new ArrayList<>();
              everything.add(r.sarif(null));
              r.consoleLines(ConsoleStyle.CLI).forEach(l -> everything.add(l.text()));
              r.notifications().forEach(n -> everything.add(n.toString()));
              r.findings()
                  .forEach(f -> everything.add(f.toString() + f.message() + f.properties()));
              for (String text : everything)
                assertFalse(text.contains(secret), "the secret leaked: " + text);
            });
  }

  /**
   * 100,000 lines, one of them a pinned gunicorn in the affected range: read in full, reported at
   * its line.
   */
  private static Plan hugeRequirements(Path project) throws IOException {
    int lines = 100_000;
    int gunicornLine = 77_777;
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= lines; i++) {
      if (i == gunicornLine) s.append("gunicorn==20.0.3\n");
      else
        s.append("package-")
            .append(i)
            .append("==1.")
            .append(i % 97)
            .append(".0 ; python_version >= \"3\"\n");
    }
    write(project.resolve("requirements-huge.txt"), s.toString().getBytes(StandardCharsets.UTF_8));
    return new Plan(
        List.of(),
        (p, b) -> {},
        (p, r) -> BadProjects.only(r, GUNICORN_RULE, "requirements-huge.txt", gunicornLine));
  }

  /** Directory links back up the tree, in the Java, class and Python trees: every walk must end. */
  private static Plan symlinkLoop(Path project) throws IOException {
    Files.createDirectories(project.resolve("src/main/java/bad"));
    Files.createSymbolicLink(project.resolve("src/main/java/bad/loop"), Path.of(".."));
    Files.createDirectories(project.resolve("build/classes/bad"));
    Files.createSymbolicLink(project.resolve("build/classes/bad/loop"), Path.of("../.."));
    Files.createDirectories(project.resolve("py"));
    write(project.resolve("py/app.py"), "import socket\n".getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(project.resolve("py/self"), Path.of("."));
    Files.createSymbolicLink(project.resolve("root-loop"), project);
    // assertGoodFindings already insists on exactly one finding per good file: no duplicates
    // through a link.
    return new Plan(List.of(), (p, b) -> {}, (p, r) -> {});
  }

  /**
   * Files that cannot be read even as root: a link to {@code /proc/self/mem} (reading offset 0
   * fails with EIO) is named; a dangling link, a FIFO and a directory named like Java files are
   * skipped silently; a FIFO named as a build file is named and never opened (opening it would
   * block the scan forever).
   */
  private static Plan unreadable(Path project) throws Exception {
    Path bad = Files.createDirectories(project.resolve("src/main/java/bad"));
    Files.createSymbolicLink(bad.resolve("Dangling.java"), Path.of("nowhere/Missing.java"));
    Files.createDirectories(bad.resolve("Dir.java"));
    Path fifoJava = bad.resolve("Fifo.java");
    Path fifoRequirements = project.resolve("requirements-fifo.txt");
    skipUnless(
        mkfifo(fifoJava) && mkfifo(fifoRequirements), "the unreadable-files case needs mkfifo");
    List<Named> named = new ArrayList<>(List.of(new Named("requirements-fifo.txt", 0)));
    if (Files.isReadable(Path.of("/proc/self/mem"))) {
      Files.createSymbolicLink(bad.resolve("Unreadable.java"), Path.of("/proc/self/mem"));
      named.add(new Named("src/main/java/bad/Unreadable.java", 0));
    }
    return new Plan(
        named,
        (p, b) -> b.addBuildFile(fifoRequirements),
        (p, r) -> {
          for (String silent : List.of("Dangling.java", "Dir.java", "Fifo.java")) {
            assertTrue(
                r.notifications().stream()
                    .noneMatch(
                        n ->
                            n.message().contains(silent)
                                || n.location() != null && n.location().path().endsWith(silent)),
                silent + " is skipped without a message: " + r.notifications());
          }
        });
  }

  /**
   * Skips the test and says so in the build output: surefire prints an assumption's message only to
   * its reports.
   */
  private static void skipUnless(boolean condition, String why) {
    if (!condition) System.err.println("[sockcheck test] SKIPPED BadInputScanTest: " + why);
    assumeTrue(condition, why);
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
      p.getInputStream().transferTo(OutputStream.nullOutputStream());
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
