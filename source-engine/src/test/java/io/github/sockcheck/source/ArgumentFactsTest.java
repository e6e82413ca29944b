package io.github.sockcheck.source;

import static io.github.sockcheck.source.TestSupport.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentFactsTest {

  static final String CALLS =
      """
      package com.example;

      import java.net.StandardProtocolFamily;
      import java.nio.channels.DatagramChannel;
      import static com.example.Consts.AF_UNSPEC;

      public class Calls {
        static final int AF_INET = 2;
        static final int SOCK_RAW = 3;
        static final int COMBO = AF_INET | (1 << 4);
        static final long WIDE = 1L << 40;
        interface Libc { int socket(int domain, int type, int protocol); }
        Libc libc;
        int fdField;

        void args(int param) throws Exception {
          libc.socket(2, -1, 0x10); // L-literals
          libc.socket((int) 7L, (3), 'A'); // L-casts
          libc.socket(1 + 2 * 3, 1 << 3, 0xF0 >> 4 | 1 & 3); // L-fold
          libc.socket(AF_INET, Consts.PF_UNSPEC, COMBO); // L-named
          libc.socket(param, fdField, Integer.MAX_VALUE); // L-origins
          final int local = 17;
          int twice = 1;
          twice = 2;
          libc.socket(local, twice, Integer.parseInt(System.getenv("LISTEN_FDS"))); // L-locals
          int fromCall = Integer.parseInt("5");
          libc.socket(fromCall, AF_UNSPEC, -SOCK_RAW); // L-localcall
          libc.socket((int) (WIDE >> 38), 1 << 31, (byte) 200); // L-widths
          DatagramChannel.open(null); // L-null
          DatagramChannel.open(StandardProtocolFamily.INET); // L-enum
          DatagramChannel.open(Family.UNSPEC); // L-srcenum
        }
      }
      """;

  static final String CONSTS =
      """
      package com.example;

      public final class Consts {
        public static final int PF_UNSPEC = 0;
        public static final int AF_UNSPEC = PF_UNSPEC;
      }
      """;

  static final String FAMILY =
      """
      package com.example;

      public enum Family implements java.net.ProtocolFamily { UNSPEC, INET }
      """;

  @TempDir static Path root;
  static TestSupport.Sink sink;

  @BeforeAll
  static void scan() throws Exception {
    TestSupport.write(root, "src/com/example/Calls.java", CALLS);
    TestSupport.write(root, "src/com/example/Consts.java", CONSTS);
    TestSupport.write(root, "src/com/example/Family.java", FAMILY);
    sink = TestSupport.scan(root, TestSupport.pack(), List.of());
  }

  private static List<ArgFact> args(String marker) {
    return site(marker).args();
  }

  private static CallSite site(String marker) {
    return sink.atLine("Calls.java", lineOf(CALLS, marker));
  }

  private static void constant(ArgFact fact, long value, String name) {
    assertEquals(ArgOrigin.CONSTANT, fact.origin(), fact.toString());
    assertEquals(value, fact.intValue(), fact.toString());
    assertEquals(name, fact.constantName(), fact.toString());
  }

  @Test
  void literalsUnaryMinusAndHex() {
    List<ArgFact> a = args("L-literals");
    constant(a.get(0), 2, null);
    constant(a.get(1), -1, null);
    constant(a.get(2), 16, null);
    assertEquals("-1", a.get(1).text());
  }

  @Test
  void castsParenthesesAndChars() {
    List<ArgFact> a = args("L-casts");
    constant(a.get(0), 7, null);
    constant(a.get(1), 3, null);
    constant(a.get(2), 65, null);
  }

  @Test
  void constantFolding() {
    List<ArgFact> a = args("L-fold");
    constant(a.get(0), 7, null);
    constant(a.get(1), 8, null);
    constant(a.get(2), 0xF | (1 & 3), null);
  }

  @Test
  void namedConstantsInThisFileAndOtherSources() {
    List<ArgFact> a = args("L-named");
    constant(a.get(0), 2, "com.example.Calls.AF_INET");
    constant(a.get(1), 0, "com.example.Consts.PF_UNSPEC");
    constant(a.get(2), 2 | 16, "com.example.Calls.COMBO");
  }

  @Test
  void parameterFieldAndJdkConstantFromItsClassFile() {
    List<ArgFact> a = args("L-origins");
    assertEquals(ArgOrigin.PARAMETER, a.get(0).origin());
    assertEquals(ArgOrigin.FIELD, a.get(1).origin());
    constant(a.get(2), Integer.MAX_VALUE, "java.lang.Integer.MAX_VALUE");
  }

  @Test
  void effectivelyFinalLocalsAndCalls() {
    List<ArgFact> a = args("L-locals");
    constant(a.get(0), 17, null);
    constant(a.get(1), 2, null); // assigned twice: only the second assignment reaches the call
    assertEquals(ArgOrigin.CALL, a.get(2).origin());
    assertEquals("java.lang.Integer#parseInt", a.get(2).producedBy());
  }

  @Test
  void localFromCallStaticImportAndNegatedConstant() {
    List<ArgFact> a = args("L-localcall");
    assertEquals(ArgOrigin.CALL, a.get(0).origin());
    assertEquals("java.lang.Integer#parseInt", a.get(0).producedBy());
    assertEquals("fromCall", a.get(0).text());
    constant(a.get(1), 0, "com.example.Consts.AF_UNSPEC");
    constant(a.get(2), -3, null);
  }

  @Test
  void intAndLongWidthsFollowJava() {
    List<ArgFact> a = args("L-widths");
    constant(a.get(0), 4, null);
    constant(a.get(1), Integer.MIN_VALUE, null);
    constant(a.get(2), (byte) 200, null);
  }

  @Test
  void nullLiteral() {
    ArgFact fact = args("L-null").get(0);
    assertEquals(ArgOrigin.NULL, fact.origin());
  }

  @Test
  void enumConstantsHaveANameButNoValue() {
    ArgFact jdk = args("L-enum").get(0);
    assertEquals(ArgOrigin.CONSTANT, jdk.origin());
    assertNull(jdk.constant());
    assertEquals("java.net.StandardProtocolFamily.INET", jdk.constantName());
    ArgFact source = args("L-srcenum").get(0);
    assertEquals(ArgOrigin.CONSTANT, source.origin());
    assertEquals("com.example.Family.UNSPEC", source.constantName());
  }

  @Test
  void resolvesOwnerOverloadAndReturnTypeOfAnInterfaceInTheProject() {
    CallSite s = site("L-literals");
    assertTrue(s.resolved());
    assertEquals("com.example.Calls$Libc", s.owner());
    assertEquals("socket", s.member());
    assertEquals(List.of("int", "int", "int"), s.paramTypes());
    assertEquals("int", s.returnType());
    assertEquals("com.example.Calls#args", s.enclosing());
    assertEquals("source", s.engine());
  }

  @Test
  void resolvesJdkOwnerWithSupertypes() {
    CallSite s = site("L-enum");
    assertTrue(s.resolved());
    assertEquals("java.nio.channels.DatagramChannel", s.owner());
    assertEquals(List.of("java.net.ProtocolFamily"), s.paramTypes());
    assertEquals("java.nio.channels.DatagramChannel", s.returnType());
    assertTrue(
        s.ownerSupertypes().contains("java.nio.channels.spi.AbstractSelectableChannel"),
        s.ownerSupertypes().toString());
    assertFalse(s.ownerSupertypes().contains("java.nio.channels.DatagramChannel"));
  }

  @Test
  void locationIsTheMethodNameToTheEndOfTheCall() {
    CallSite s = site("L-literals");
    String line = CALLS.split("\n")[s.location().startLine() - 1];
    assertEquals(line.indexOf("socket(") + 1, s.location().startColumn());
    assertEquals(line.indexOf(");") + 2, s.location().endColumn());
    assertEquals(s.location().startLine(), s.location().endLine());
    assertEquals("src/com/example/Calls.java", s.location().path());
  }
}
