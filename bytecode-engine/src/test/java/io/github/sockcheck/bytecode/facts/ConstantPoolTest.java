package io.github.sockcheck.bytecode.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The constant-pool pass: the pre-filter's verdict and the references the rounds look up. */
class ConstantPoolTest {

  static CompiledProgram p;

  @BeforeAll
  static void compile() throws Exception {
    p =
        CompiledProgram.of(
            "pool",
            "pool/Made.java",
            "package pool; public class Made { public Made(int fd) {} static Made self() { return new Made(1); } }",
            "pool/Calls.java",
            """
            package pool;
            class Calls {
              interface Libc { int socket(int d, int t, int p); }
              int field;
              int open(Libc libc) { field = 1; return libc.socket(2, 1, 0) + Integer.parseInt("1"); }
            }
            """,
            "pool/Names.java",
            "package pool; class Names { Object type() { return Made.class; } }",
            "pool/Plain.java",
            "package pool; class Plain { int f() { return 1; } }");
  }

  static final Map<String, Set<String>> SOCKET_ANY =
      Map.of("socket", Set.of(ConstantPool.ANY_OWNER));

  @Test
  void aMethodReferenceAPatternNamesMakesAClassRelevant() throws Exception {
    assertTrue(ConstantPool.read(p.classes.get("pool/Calls"), SOCKET_ANY, Set.of()).relevant());
    assertTrue(
        ConstantPool.read(
                p.classes.get("pool/Calls"), Map.of("socket", Set.of("pool/Calls$Libc")), Set.of())
            .relevant());
    assertFalse(
        ConstantPool.read(
                p.classes.get("pool/Calls"), Map.of("socket", Set.of("other/Libc")), Set.of())
            .relevant());
    assertFalse(ConstantPool.read(p.classes.get("pool/Plain"), SOCKET_ANY, Set.of()).relevant());
  }

  @Test
  void namingAConstructedTypeIsAUseButNamingItselfIsNot() throws Exception {
    assertTrue(
        ConstantPool.read(p.classes.get("pool/Names"), Map.of(), Set.of("pool/Made")).relevant());
    assertFalse(
        ConstantPool.read(p.classes.get("pool/Made"), Map.of(), Set.of("pool/Made")).relevant());
  }

  @Test
  void referencesWithoutPlatformOwners() throws Exception {
    ConstantPool pool = ConstantPool.read(p.classes.get("pool/Calls"), Map.of(), Set.of());
    assertEquals("pool/Calls", pool.name());
    assertEquals("java/lang/Object", pool.superName());
    assertTrue(pool.methodRefs().contains("pool/Calls$Libc.socket"), pool.methodRefs().toString());
    assertFalse(
        pool.methodRefs().stream().anyMatch(r -> r.startsWith("java/")),
        pool.methodRefs().toString());
    assertEquals(Set.of("pool/Calls.field"), pool.fieldRefs());
  }

  @Test
  void badBytesAreRejected() {
    assertThrows(
        BadClassFileException.class,
        () -> ConstantPool.read(new byte[] {1, 2, 3}, Map.of(), Set.of()));
    byte[] calls = p.classes.get("pool/Calls");
    BadClassFileException e =
        assertThrows(
            BadClassFileException.class,
            () -> ConstantPool.read(java.util.Arrays.copyOf(calls, 40), Map.of(), Set.of()));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }
}
