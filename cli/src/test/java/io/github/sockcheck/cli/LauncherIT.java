package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's launcher {@code bin/sockcheck} (after `package`) on the demo project: the same
 * output as {@code java -jar}, a class-data sharing archive made by the first scan and used by the
 * next, and a broken or foreign archive ignored without a word.
 */
class LauncherIT {

  private static final Path DIST = Path.of("target", "sockcheck-dist", "sockcheck");
  private static final Path DEMO = Path.of("..", "testdata", "demo").toAbsolutePath().normalize();

  @TempDir Path dir;
  private Path cds;
  private Path launcher;

  @BeforeEach
  void setUp() {
    assumeTrue(File.separatorChar == '/', "the launcher is a POSIX shell script");
    launcher = DIST.resolve("bin").resolve("sockcheck").toAbsolutePath();
    assertTrue(Files.isExecutable(launcher), "run after package: " + launcher);
    assertTrue(Files.isRegularFile(DIST.resolve("lib").resolve("sockcheck.jar")));
    cds = dir.resolve("cds");
  }

  @Test
  void theLauncherScansTheDemoLikeTheJarAndReusesItsArchive() throws Exception {
    Run jar = run(List.of(java(), "-jar", "target/sockcheck.jar"), Map.of(), scanDemo());
    assertEquals(0, jar.status, jar.stderr);
    assertTrue(jar.stdout.contains("[datagram-channel-no-family-multicast]"), jar.stdout);

    Run first = run(List.of(launcher.toString()), env(), scanDemo());
    assertEquals(0, first.status, first.stderr);
    assertEquals(jar.stdout, first.stdout);
    assertEquals("", first.stderr);
    List<Path> archives = files(cds);
    assertEquals(1, archives.size(), "one archive after the first scan: " + archives);
    assertTrue(
        archives.get(0).getFileName().toString().matches("cds-\\d+\\.jsa"), archives::toString);
    byte[] made = Files.readAllBytes(archives.get(0));

    Run second = run(List.of(launcher.toString()), env(), scanDemo());
    assertEquals(0, second.status, second.stderr);
    assertEquals(jar.stdout, second.stdout);
    assertEquals("", second.stderr);
    assertEquals(archives, files(cds), "the second run uses the archive, makes no other");
    assertArrayEquals(made, Files.readAllBytes(archives.get(0)));

    Path loaded = dir.resolve("class-load.txt");
    Map<String, String> logging = new java.util.HashMap<>(env());
    logging.put("SOCKCHECK_OPTS", "-Xlog:class+load=info:file=" + loaded);
    Run logged = run(List.of(launcher.toString()), logging, scanDemo());
    assertEquals(jar.stdout, logged.stdout);
    assertTrue(
        Files.readAllLines(loaded, StandardCharsets.UTF_8).stream()
            .anyMatch(
                l ->
                    l.contains("io.github.sockcheck.cli.Main ")
                        && l.contains("shared objects file (top)")),
        "sockcheck's classes come from the archive");
  }

  @Test
  void aBrokenArchiveIsIgnoredSilently() throws Exception {
    Run first = run(List.of(launcher.toString()), env(), scanDemo());
    assertEquals(0, first.status, first.stderr);
    Path archive = files(cds).get(0);
    archive.toFile().setWritable(true);
    Files.writeString(archive, "not an archive", StandardCharsets.UTF_8);

    Run broken = run(List.of(launcher.toString()), env(), scanDemo());
    assertEquals(0, broken.status, broken.stderr);
    assertEquals(first.stdout, broken.stdout);
    assertEquals("", broken.stderr);
  }

  @Test
  void onlyAScanMakesAnArchiveAndCdsCanBeTurnedOff() throws Exception {
    Run version = run(List.of(launcher.toString()), env(), List.of("--version"));
    assertEquals(0, version.status, version.stderr);
    assertTrue(version.stdout.startsWith("sockcheck "), version.stdout);
    assertFalse(Files.exists(cds) && !files(cds).isEmpty(), "no archive from --version");

    Map<String, String> off = new java.util.HashMap<>(env());
    off.put("SOCKCHECK_CDS", "off");
    Run scan = run(List.of(launcher.toString()), off, scanDemo());
    assertEquals(0, scan.status, scan.stderr);
    assertFalse(Files.exists(cds) && !files(cds).isEmpty(), "no archive with SOCKCHECK_CDS=off");
  }

  @Test
  void aCollectorChosenByTheUserWinsAndASymlinkedLauncherFindsItsJar() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("sockcheck"), launcher);
    Map<String, String> g1 = new java.util.HashMap<>(env());
    g1.put("SOCKCHECK_OPTS", "-XX:+UseG1GC");
    Run run = run(List.of(link.toString()), g1, scanDemo());
    assertEquals(0, run.status, run.stderr);
    assertTrue(run.stdout.contains("[datagram-channel-no-family-multicast]"), run.stdout);
  }

  @Test
  void batchCommandsRunOnC1OnlyTheServerAndAUserChoiceKeepTieredCompilation() throws Exception {
    assertEquals("1", tieredStopAtLevel(Map.of(), List.of("--version")));
    assertEquals("4", tieredStopAtLevel(Map.of(), List.of("lsp")), "lsp keeps C2");
    assertEquals(
        "4",
        tieredStopAtLevel(
            Map.of("SOCKCHECK_OPTS", "-XX:TieredStopAtLevel=4"), List.of("--version")),
        "a user's tiered setting wins");
  }

  /** The launcher's TieredStopAtLevel for a command (the JVM prints its flags, then runs it). */
  private String tieredStopAtLevel(Map<String, String> extra, List<String> args) throws Exception {
    Map<String, String> env = new java.util.HashMap<>(env());
    env.put("JAVA_OPTS", "-XX:+PrintFlagsFinal");
    env.putAll(extra);
    Run run = run(List.of(launcher.toString()), env, args); // lsp ends (status 1) at stdin's end
    return run.stdout
        .lines()
        .filter(l -> l.trim().startsWith("intx TieredStopAtLevel "))
        .map(l -> l.trim().split("\\s+")[3])
        .findFirst()
        .orElseThrow(() -> new AssertionError("no flag in " + run.stdout + run.stderr));
  }

  private static List<String> scanDemo() {
    return List.of("scan", "--fail-on", "none", DEMO.toString());
  }

  private Map<String, String> env() {
    return Map.of(
        "SOCKCHECK_CDS_DIR", cds.toString(), "JAVA_HOME", System.getProperty("java.home"));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> s = Files.list(directory)) {
      return s.sorted().toList();
    }
  }

  private record Run(int status, String stdout, String stderr) {}

  private Run run(List<String> command, Map<String, String> env, List<String> args)
      throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(command);
    all.addAll(args);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(all)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().remove("JAVA_OPTS");
    pb.environment().remove("SOCKCHECK_OPTS");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + all);
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
