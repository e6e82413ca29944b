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
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jar constants via the class file, enum constants from jars, and the name-based fallback without
 * the jar.
 */
class ClasspathResolutionTest {

  static final String USE =
      """
      package app;

      import lib.Fam;
      import lib.Native;
      import org.unknown.Thing;

      class Use {
        void m() {
          new Native(Native.PF_UNSPEC); // J-const
          new Native(Fam.INET); // J-enum
          new Thing(1); // J-unknown
          new Native(Native.BIG_SHIFTED); // J-wide
        }
      }
      """;

  @TempDir static Path dir;
  static Path jar;
  static Path project;

  @BeforeAll
  static void buildJar() throws Exception {
    Path src = dir.resolve("libsrc");
    TestSupport.write(
        src,
        "lib/Native.java",
        """
        package lib;
        public class Native {
          public static final int PF_UNSPEC = 0;
          public static final int BIG_SHIFTED = (int) (1L << 33 >> 30);
          public Native(int fd) {}
          public Native(Fam family) {}
        }
        """);
    TestSupport.write(src, "lib/Fam.java", "package lib; public enum Fam { UNSPEC, INET }\n");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    int rc =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                src.resolve("lib/Native.java").toString(),
                src.resolve("lib/Fam.java").toString());
    assertEquals(0, rc);
    jar = dir.resolve("lib.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name : List.of("lib/Native.class", "lib/Fam.class")) {
        out.putNextEntry(new JarEntry(name));
        try (OutputStream ignored = null) {
          out.write(Files.readAllBytes(classes.resolve(name)));
        }
        out.closeEntry();
      }
    }
    project = Files.createDirectories(dir.resolve("project"));
    TestSupport.write(project, "app/Use.java", USE);
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
    return sink.atLine("Use.java", lineOf(USE, marker));
  }

  @Test
  void withTheJarConstantsComeFromTheClassFile() throws Exception {
    TestSupport.Sink sink = TestSupport.scan(project, pack(), List.of(jar));
    CallSite c = site(sink, "J-const");
    assertTrue(c.resolved());
    assertEquals("lib.Native", c.owner());
    assertEquals(List.of("int"), c.paramTypes());
    ArgFact fd = c.args().get(0);
    assertEquals(ArgOrigin.CONSTANT, fd.origin());
    assertEquals(0L, fd.intValue());
    assertEquals("lib.Native.PF_UNSPEC", fd.constantName());
    assertEquals(8L, site(sink, "J-wide").args().get(0).intValue());

    CallSite e = site(sink, "J-enum");
    assertEquals(List.of("lib.Fam"), e.paramTypes());
    assertEquals("lib.Fam.INET", e.args().get(0).constantName());
    assertNull(e.args().get(0).constant());
    assertTrue(e.ownerSupertypes().contains("java.lang.Object"));
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
    assertNull(fd.constant());
    assertEquals("lib.Native.PF_UNSPEC", fd.constantName());

    CallSite unknown = site(sink, "J-unknown");
    assertFalse(unknown.resolved());
    assertEquals("org.unknown.Thing", unknown.owner());
    assertEquals(List.of("int"), unknown.paramTypes());
  }

  @Test
  void aCorruptJarIsReportedAndTheScanGoesOn() throws Exception {
    Path bad = dir.resolve("corrupt.jar");
    Files.write(bad, new byte[] {1, 2, 3, 4, 5});
    TestSupport.Sink sink = TestSupport.scan(project, pack(), List.of(bad, jar));
    assertTrue(
        sink.notes.stream().anyMatch(n -> n.message().contains("corrupt.jar")),
        sink.notes.toString());
    assertTrue(site(sink, "J-const").resolved());
  }
}
