package io.github.sockcheck.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.bytecode.input.ClassFiles;
import io.github.sockcheck.core.engine.CollectingSink;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.rules.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad class files and jars become notifications naming the file; the scan goes on and the good
 * class's call site still arrives.
 */
class BadInputTest {

  static final String GOOD =
      """
      package bad;
      public class Good {
        public interface Libc { int socket(int d, int t, int p); }
        void open(Libc libc) { libc.socket(2, 3, -1); }
      }
      """;
  static final String OTHER =
      """
      package bad;
      public class Other {
        void open(Good.Libc libc) { libc.socket(10, 3, 0); }
      }
      """;

  static Path work;
  static Path goodClasses;
  static RulePack pack;

  @BeforeAll
  static void compileGood() throws Exception {
    work = Path.of("target/test-work/bad-input").toAbsolutePath();
    Path src = work.resolve("src");
    FixtureCompiler.writeSource(src, "bad/Good.java", GOOD);
    FixtureCompiler.writeSource(src, "bad/Other.java", OTHER);
    goodClasses =
        FixtureCompiler.compile(FixtureCompiler.javaFiles(src), List.of(), work.resolve("classes"));
    pack =
        TestContexts.pack(
            "test-socket",
            "  calls:\n    - {owner: \"*\", member: socket, roles: {protocol: 2}}\n");
  }

  /** A class directory with Good.class (and Good$Libc) plus whatever {@code extra} writes. */
  static Path dirWithGood(String name) throws IOException {
    Path dir = work.resolve(name);
    FixtureCompiler.deleteTree(dir);
    Files.createDirectories(dir.resolve("bad"));
    for (String cls : List.of("Good.class", "Good$Libc.class")) {
      Files.copy(goodClasses.resolve("bad").resolve(cls), dir.resolve("bad").resolve(cls));
    }
    return dir;
  }

  static CollectingSink scan(List<Path> classRoots, ClassFiles.Limits limits)
      throws InterruptedException {
    CollectingSink sink = new CollectingSink();
    new BytecodeEngine(limits)
        .run(TestContexts.context(work, pack, List.of(), classRoots, List.of(goodClasses)), sink);
    return sink;
  }

  static CollectingSink scan(List<Path> classRoots) throws InterruptedException {
    return scan(classRoots, ClassFiles.Limits.DEFAULT);
  }

  static void assertGoodSiteArrived(CollectingSink sink) {
    Set<String> enclosing =
        sink.callSites().stream()
            .map(CallSite::enclosing)
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(
        enclosing.contains("bad.Good#open"),
        "good call site missing: " + enclosing + " " + sink.notifications());
  }

  static void assertNotificationNames(CollectingSink sink, String fileSuffix, String messagePart) {
    assertTrue(
        sink.notifications().stream()
            .anyMatch(
                n ->
                    n.location() != null
                        && n.location().path().endsWith(fileSuffix)
                        && n.message().contains(messagePart)),
        "no notification for "
            + fileSuffix
            + " containing '"
            + messagePart
            + "': "
            + sink.notifications());
  }

  @Test
  void corruptClassFile() throws Exception {
    Path dir = dirWithGood("corrupt");
    Files.write(
        dir.resolve("bad/Broken.class"),
        new byte[] {
          (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 9, 99, 1, 2
        });
    CollectingSink sink = scan(List.of(dir));
    assertNotificationNames(sink, "corrupt/bad/Broken.class", "corrupt");
    assertGoodSiteArrived(sink);
  }

  @Test
  void notAClassFileAtAll() throws Exception {
    Path dir = dirWithGood("junk");
    Files.writeString(dir.resolve("bad/Junk.class"), "hello, I am text");
    CollectingSink sink = scan(List.of(dir));
    assertNotificationNames(sink, "junk/bad/Junk.class", "bad magic");
    assertGoodSiteArrived(sink);
  }

  @Test
  void truncatedClassFile() throws Exception {
    Path dir = dirWithGood("truncated");
    byte[] other = Files.readAllBytes(goodClasses.resolve("bad/Other.class"));
    Files.write(dir.resolve("bad/Other.class"), java.util.Arrays.copyOf(other, other.length / 3));
    CollectingSink sink = scan(List.of(dir));
    assertNotificationNames(sink, "truncated/bad/Other.class", "truncated");
    assertGoodSiteArrived(sink);
  }

  @Test
  void classFileTruncatedAfterTheConstantPool() throws Exception {
    Path dir = dirWithGood("truncated-late");
    byte[] other = Files.readAllBytes(goodClasses.resolve("bad/Other.class"));
    Files.write(dir.resolve("bad/Other.class"), java.util.Arrays.copyOf(other, other.length - 12));
    CollectingSink sink = scan(List.of(dir));
    assertNotificationNames(sink, "truncated-late/bad/Other.class", "truncated or corrupt");
    assertGoodSiteArrived(sink);
  }

  @Test
  void jarThatIsNotAZip() throws Exception {
    Path dir = dirWithGood("notzip");
    Path jar = work.resolve("notzip/library.jar");
    Files.writeString(jar, "this is not a zip file");
    CollectingSink sink = scan(List.of(jar, dir));
    assertNotificationNames(sink, "notzip/library.jar", "not a readable jar");
    assertGoodSiteArrived(sink);
  }

  @Test
  void classFileNewerThanAsmReads() throws Exception {
    Path dir = dirWithGood("major99");
    byte[] other = Files.readAllBytes(goodClasses.resolve("bad/Other.class"));
    other[6] = 0;
    other[7] = 99; // major version 99
    Files.write(dir.resolve("bad/Other.class"), other);
    CollectingSink sink = scan(List.of(dir));
    assertNotificationNames(sink, "major99/bad/Other.class", "unsupported class file version 99");
    assertTrue(sink.callSites().stream().noneMatch(s -> s.enclosing().startsWith("bad.Other")));
    assertGoodSiteArrived(sink);
  }

  @Test
  void realJava25ClassFile() throws Exception {
    Path javac25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac");
    skipUnless(Files.isExecutable(javac25), "realJava25ClassFile needs a JDK 25 at " + javac25);
    Path dir = dirWithGood("java25");
    Path src = FixtureCompiler.writeSource(work.resolve("src25"), "bad/Other.java", OTHER);
    Process javac =
        new ProcessBuilder(
                javac25.toString(),
                "--release",
                "25",
                "-g",
                "-cp",
                goodClasses.toString(),
                "-d",
                dir.toString(),
                src.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(javac.getInputStream().readAllBytes());
    assertTrue(javac.waitFor(120, TimeUnit.SECONDS) && javac.exitValue() == 0, output);
    byte[] compiled = Files.readAllBytes(dir.resolve("bad/Other.class"));
    assertEquals(69, compiled[7], "Java 25 class file version");

    CollectingSink sink = scan(List.of(dir));
    boolean analysed =
        sink.callSites().stream().anyMatch(s -> s.enclosing().equals("bad.Other#open"));
    boolean reported =
        sink.notifications().stream()
            .anyMatch(
                n ->
                    n.location() != null && n.location().path().endsWith("java25/bad/Other.class"));
    assertTrue(
        analysed && !reported,
        "a Java 25 class file is analysed like any other: " + sink.notifications());
    assertGoodSiteArrived(sink);
  }

  @Test
  void oversizedJarEntryIsSkippedNotInflated() throws Exception {
    Path jar = work.resolve("bomb.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("bomb/Big.class"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 8; i++) out.write(zeros); // 8 MiB of zeros, a few KB compressed
      out.closeEntry();
      for (String cls : List.of("Good.class", "Good$Libc.class")) {
        out.putNextEntry(new JarEntry("bad/" + cls));
        out.write(Files.readAllBytes(goodClasses.resolve("bad").resolve(cls)));
        out.closeEntry();
      }
    }
    CollectingSink sink = scan(List.of(jar), new ClassFiles.Limits(1 << 20, 64L << 20));
    assertNotificationNames(sink, "bomb.jar", "bomb/Big.class is larger than");
    assertGoodSiteArrived(sink);
  }

  @Test
  void jarBudgetStopsReadingTheRest() throws Exception {
    Path jar = work.resolve("budget.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (int i = 0; i < 4; i++) {
        out.putNextEntry(new JarEntry("filler/F" + i + ".class"));
        out.write(new byte[600 << 10]);
        out.closeEntry();
      }
    }
    CollectingSink sink =
        scan(List.of(jar, dirWithGood("budget")), new ClassFiles.Limits(1 << 20, 1536L << 10));
    assertNotificationNames(sink, "budget.jar", "rest of the jar skipped");
    assertGoodSiteArrived(sink);
  }

  @Test
  void callSitesInDependencyJarsAreReportedAtTheDependencyDeclaration() throws Exception {
    Path jar = work.resolve("dependency.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String cls : List.of("Good.class", "Good$Libc.class")) {
        out.putNextEntry(new JarEntry("bad/" + cls));
        out.write(Files.readAllBytes(goodClasses.resolve("bad").resolve(cls)));
        out.closeEntry();
      }
    }
    io.github.sockcheck.core.findings.Location declared =
        new io.github.sockcheck.core.findings.Location("pom.xml", 21, 5, 25, 18);
    io.github.sockcheck.core.facts.Dependency dependency =
        new io.github.sockcheck.core.facts.Dependency(
            "maven",
            "org.example:native-net",
            "1.4",
            null,
            "compile",
            jar,
            List.of("org.example:native-net:1.4"),
            declared,
            List.of(),
            null);
    CollectingSink sink = new CollectingSink();
    new BytecodeEngine()
        .run(
            TestContexts.context(
                work, pack, List.of(), List.of(), List.of(), List.of(dependency), true),
            sink);
    assertEquals(1, sink.callSites().size(), sink.callSites().toString());
    CallSite site = sink.callSites().get(0);
    assertEquals(declared, site.location());
    assertEquals("<org.example:native-net:1.4> bad.Good#open", site.enclosing());

    CollectingSink notScanned = new CollectingSink();
    new BytecodeEngine()
        .run(
            TestContexts.context(
                work, pack, List.of(), List.of(), List.of(), List.of(dependency), false),
            notScanned);
    assertEquals(List.of(), notScanned.callSites());
  }

  @Test
  void nothingRelevantMeansNoCallSitesAndNoProblems() throws Exception {
    Path dir = work.resolve("irrelevant");
    FixtureCompiler.deleteTree(dir);
    Path src =
        FixtureCompiler.writeSource(
            work.resolve("src-irrelevant"),
            "x/Plain.java",
            "package x; class Plain { int f() { return 1; } }");
    FixtureCompiler.compile(List.of(src), List.of(), dir);
    int before = BytecodeEngine.classesAnalysed();
    CollectingSink sink = scan(List.of(dir));
    assertEquals(
        before,
        BytecodeEngine.classesAnalysed(),
        "no class is analysed when none survives the pre-filter");
    assertEquals(List.of(), sink.callSites());
    assertEquals(List.<Notification>of(), sink.notifications());
  }

  /**
   * Skips the test and says so in the build output: surefire prints an assumption's message only to
   * its reports.
   */
  private static void skipUnless(boolean condition, String why) {
    if (!condition) System.err.println("[sockcheck test] SKIPPED BadInputTest: " + why);
    org.junit.jupiter.api.Assumptions.assumeTrue(condition, why);
  }
}
