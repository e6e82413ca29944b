package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.CallSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the symbol solver resolves through a classpath jar: owners, overloads and supertypes.
 *
 * <p>Not run under PIT (bench/mutation/README.md): PIT's always-on javassist support rewrites
 * javassist's class pool so that every class file read goes through its own interceptor, which
 * calls {@code openClassfile} reflectively on javassist's package-private {@code JarClassPath} and
 * fails with an {@code IllegalAccessException}; JavaParser's {@code JarTypeSolver} then finds no
 * type in any jar. {@link JarConstantsTest} covers what does not go through javassist.
 */
class ClasspathResolutionTest extends ScansLibJar {

  @Test
  void withTheJarOwnersAndOverloadsComeFromTheSolver() throws Exception {
    TestSupport.Sink sink = TestSupport.scan(project, pack(), List.of(jar));
    CallSite c = site(sink, "J-const");
    assertTrue(c.resolved());
    assertEquals("lib.Native", c.owner());
    assertEquals(List.of("int"), c.paramTypes());

    CallSite e = site(sink, "J-enum");
    assertTrue(e.resolved());
    assertEquals(List.of("lib.Fam"), e.paramTypes(), "the overload taking the enum");
    assertTrue(e.ownerSupertypes().contains("java.lang.Object"));
  }

  @Test
  void aCorruptJarDoesNotStopTheSolverReadingTheNextOne() throws Exception {
    Path bad = dir.resolve("corrupt.jar");
    Files.write(bad, new byte[] {1, 2, 3, 4, 5});
    TestSupport.Sink sink = TestSupport.scan(project, pack(), List.of(bad, jar));
    assertTrue(site(sink, "J-const").resolved());
  }
}
