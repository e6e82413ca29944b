package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;

/**
 * A small library jar built with the system compiler ({@code lib.Native} with int constants and
 * constructors, the enum {@code lib.Fam}) and a project that uses it.
 */
final class LibJar {

  private LibJar() {}

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

  /** Compiles the library into {@code dir/lib.jar}. */
  static Path build(Path dir) throws Exception {
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
    Path jar = dir.resolve("lib.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name : List.of("lib/Native.class", "lib/Fam.class")) {
        out.putNextEntry(new JarEntry(name));
        out.write(Files.readAllBytes(classes.resolve(name)));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** A project with {@code app/Use.java} ({@link #USE}). */
  static Path project(Path dir) throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    TestSupport.write(project, "app/Use.java", USE);
    return project;
  }
}
