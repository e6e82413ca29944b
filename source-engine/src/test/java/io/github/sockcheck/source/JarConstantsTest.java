package io.github.sockcheck.source;

import static io.github.sockcheck.source.TestSupport.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jar constants read from the class files (with ASM, no class loading), enum constants named from
 * jars, the name-based fallback without the jar, and a corrupt jar. {@link ClasspathResolutionTest}
 * has what the symbol solver resolves through the jar.
 */
class JarConstantsTest {

  @TempDir static Path dir;
  static Path jar;
  static Path project;

  @BeforeAll
  static void buildJar() throws Exception {
    jar = LibJar.build(dir);
    project = LibJar.project(dir);
  }

  static RulePack pack() {
    return new RulePack(
        List.of(
            TestSupport.rule(
                "ctor",
                TestSupport.pattern("lib.Native", "<init>"),
                TestSupport.pattern("org.unknown.Thing", "<init>"))));
  }

  static CallSite site(TestSupport.Sink sink, String marker) {
    return sink.atLine("Use.java", lineOf(LibJar.USE, marker));
  }

  @Test
  void withTheJarConstantsComeFromTheClassFile() throws Exception {
    TestSupport.Sink sink = TestSupport.scan(project, pack(), List.of(jar));
    CallSite c = site(sink, "J-const");
    assertEquals("lib.Native", c.owner());
    ArgFact fd = c.args().get(0);
    assertEquals(ArgOrigin.CONSTANT, fd.origin());
    assertEquals(0L, fd.intValue());
    assertEquals("lib.Native.PF_UNSPEC", fd.constantName());
    assertEquals(8L, site(sink, "J-wide").args().get(0).intValue(), "javac's folded value");

    CallSite e = site(sink, "J-enum");
    assertEquals("lib.Fam.INET", e.args().get(0).constantName());
    assertNull(e.args().get(0).constant());
    assertEquals(List.of(), sink.notes);
  }

  @Test
  void withoutTheJarOwnersComeFromImportsAndResolvedIsFalse() throws Exception {
    TestSupport.Sink sink = TestSupport.scan(project, pack(), List.of());
    CallSite c = site(sink, "J-const");
    assertFalse(c.resolved());
    assertEquals("lib.Native", c.owner());
    assertNull(c.paramTypes(), "argument type is not obvious");
    ArgFact fd = c.args().get(0);
    assertEquals(ArgOrigin.CONSTANT, fd.origin());
    assertNull(fd.constant(), "the value is in the jar");
    assertEquals("lib.Native.PF_UNSPEC", fd.constantName());

    CallSite unknown = site(sink, "J-unknown");
    assertFalse(unknown.resolved());
    assertEquals("org.unknown.Thing", unknown.owner());
    assertEquals(List.of("int"), unknown.paramTypes());
  }

  @Test
  void aCorruptJarIsReportedAndTheNextJarIsStillRead() throws Exception {
    Path bad = dir.resolve("corrupt.jar");
    Files.write(bad, new byte[] {1, 2, 3, 4, 5});
    TestSupport.Sink sink = TestSupport.scan(project, pack(), List.of(bad, jar));
    assertEquals(1, sink.notes.size(), sink.notes.toString());
    assertTrue(sink.notes.get(0).message().contains("corrupt.jar"), sink.notes.toString());
    assertEquals(0L, site(sink, "J-const").args().get(0).intValue());
  }

  @Test
  void aClassDirectoryOnTheClasspathIsReadLikeAJar() throws Exception {
    TestSupport.Sink sink = TestSupport.scan(project, pack(), List.of(dir.resolve("classes")));
    assertEquals(0L, site(sink, "J-const").args().get(0).intValue());
    assertEquals(8L, site(sink, "J-wide").args().get(0).intValue());
    assertEquals(List.of(), sink.notes, "a directory is no broken jar");
  }
}
