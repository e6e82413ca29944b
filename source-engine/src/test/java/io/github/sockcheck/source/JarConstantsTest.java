package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jar constants read from the class files (with ASM, no class loading), enum constants named from
 * jars, the name-based fallback without the jar, and a corrupt jar. {@link ClasspathResolutionTest}
 * has what the symbol solver resolves through the jar.
 */
class JarConstantsTest extends ScansLibJar {

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
    assertEquals(List.of(), sink.notifications());
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
    assertEquals(1, sink.notifications().size(), sink.notifications().toString());
    assertTrue(
        sink.notifications().get(0).message().contains("corrupt.jar"),
        sink.notifications().toString());
    assertEquals(0L, site(sink, "J-const").args().get(0).intValue());
  }

  @Test
  void aClassDirectoryOnTheClasspathIsReadLikeAJar() throws Exception {
    TestSupport.Sink sink = TestSupport.scan(project, pack(), List.of(dir.resolve("classes")));
    assertEquals(0L, site(sink, "J-const").args().get(0).intValue());
    assertEquals(8L, site(sink, "J-wide").args().get(0).intValue());
    assertEquals(List.of(), sink.notifications(), "a directory is no broken jar");
  }
}
