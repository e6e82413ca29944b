package io.github.sockcheck.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.bytecode.ProgramClasses.Root;
import io.github.sockcheck.bytecode.input.ClassFiles;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.index.CallPatternIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The constant-pool pass: the first root holding a class name wins without the later copies being
 * read, and reading roots in parallel gives the program and notifications of a serial read.
 */
class ConstantPoolPassTest {

  private static final byte[] BROKEN = {
    (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 9, 99, 1, 2
  };

  private static Path work;
  private static byte[] good;
  private static byte[] libc;

  @BeforeAll
  static void compile() throws Exception {
    BadInputTest.compileGood();
    work = BadInputTest.work.resolve("constant-pool-pass");
    Files.createDirectories(work);
    good = Files.readAllBytes(BadInputTest.goodClasses.resolve("bad/Good.class"));
    libc = Files.readAllBytes(BadInputTest.goodClasses.resolve("bad/Good$Libc.class"));
  }

  @Test
  void aJarEntryAnEarlierJarHoldsIsNeverRead() throws Exception {
    Path first = jar("first.jar", Map.of("bad/Good.class", good, "bad/Good$Libc.class", libc));
    // the same name again, unreadable: reading it would give a "class file not analysed" warning
    Path second = jar("second.jar", Map.of("bad/Good.class", BROKEN, "bad/Broken.class", BROKEN));
    List<Notification> notes = new ArrayList<>();
    ProgramClasses program = pass().read(roots(first, second), 1, notes::add);
    assertTrue(program.named("bad/Good").where().startsWith(first.toString()));
    assertEquals(1, notes.size(), notes::toString);
    assertTrue(
        notes.get(0).location().path().endsWith("second.jar!/bad/Broken.class"), notes::toString);
  }

  @Test
  void parallelReadingGivesTheProgramAndNotificationsOfASerialRead() throws Exception {
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      paths.add(
          jar(
              "root" + i + ".jar",
              Map.of("bad/Good.class", good, "r" + i + "/Broken.class", BROKEN)));
    }
    paths.add(BadInputTest.goodClasses);
    List<Root> roots = roots(paths.toArray(Path[]::new));
    List<Notification> serialNotes = new ArrayList<>();
    List<Notification> parallelNotes = new ArrayList<>();
    ProgramClasses serial = pass().read(roots, 1, serialNotes::add);
    ProgramClasses parallel = pass().read(roots, 4, parallelNotes::add);
    assertEquals(serialNotes, parallelNotes);
    assertEquals(6, serialNotes.size(), serialNotes::toString);
    assertEquals(serial.size(), parallel.size());
    for (String name : List.of("bad/Good", "bad/Good$Libc", "bad/Other")) {
      assertEquals(serial.named(name), parallel.named(name), name);
    }
    assertEquals(serial.relevant(), parallel.relevant());
    assertTrue(serial.named("bad/Good").where().startsWith(paths.get(0).toString()));
  }

  private static ConstantPoolPass pass() {
    return new ConstantPoolPass(
        ClassFiles.Limits.DEFAULT,
        new CallPatternIndex.ClassFileProbes(
            Map.of("socket", Set.of(io.github.sockcheck.bytecode.facts.ConstantPool.ANY_OWNER)),
            Map.of()),
        Set.of(),
        true,
        Location::file);
  }

  private static List<Root> roots(Path... paths) {
    List<Root> roots = new ArrayList<>();
    for (Path p : paths) roots.add(new Root(p, null));
    return roots;
  }

  private static Path jar(String name, Map<String, byte[]> entries) throws IOException {
    Path jar = work.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
        out.putNextEntry(new JarEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return jar;
  }
}
