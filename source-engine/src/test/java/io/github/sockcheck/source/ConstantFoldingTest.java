package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constant folding of socket arguments follows Java's rules exactly: a family or type folded to the
 * wrong number is a wrong finding. Each operand pair is chosen so that a wrong operator, width or
 * shift gives a different value (unlike {@code 0xF | 1 & 3}, which is 15 with {@code &} or {@code
 * |}). One small file per test, so that a mutation testing run credits each test with what it
 * checks.
 */
class ConstantFoldingTest {

  @TempDir Path root;

  /**
   * The three arguments of {@code libc.socket(...)} in a method of a class with {@code members}.
   */
  private List<ArgFact> args(String members, String arguments) throws Exception {
    List<ArgFact> args = site(members, "libc.socket(" + arguments + ");").args();
    assertEquals(3, args.size(), args.toString());
    return args;
  }

  /** The call site of {@code statement}, written in a method of a class with {@code members}. */
  private CallSite site(String members, String statement) throws Exception {
    String source =
        """
        package com.example;

        class Fold implements Consts {
          interface Libc { int socket(int domain, int type, int protocol); }
          %s
          void m(Libc libc) throws Exception {
            %s // L-call
          }
        }
        """
            .formatted(members, statement);
    TestSupport.write(root, "com/example/Fold.java", source);
    TestSupport.write(
        root,
        "com/example/Consts.java",
        """
        package com.example;

        interface Consts {
          int IFACE_FAMILY = 10;
          long IFACE_WIDE = 1L << 36;
        }
        """);
    TestSupport.write(
        root,
        "com/example/Family.java",
        """
        package com.example;

        enum Family { UNSPEC, INET }
        """);
    TestSupport.Sink sink = TestSupport.scan(root, TestSupport.pack(), List.of());
    return sink.atLine("Fold.java", TestSupport.lineOf(source, "L-call"));
  }

  private static void constant(long expected, ArgFact fact) {
    assertEquals(ArgOrigin.CONSTANT, fact.origin(), fact.toString());
    assertEquals(expected, fact.intValue(), fact.toString());
  }

  private static void notConstant(ArgFact fact) {
    assertEquals(null, fact.intValue(), fact.toString());
  }

  @Test
  void bitwiseOperatorsAreNotConfused() throws Exception {
    List<ArgFact> a = args("", "6 & 3, 6 | 3, 6 ^ 3");
    constant(2, a.get(0));
    constant(7, a.get(1));
    constant(5, a.get(2));
  }

  @Test
  void arithmeticOperators() throws Exception {
    List<ArgFact> a = args("", "10 - 4, 10 * 4, 10 + 4");
    constant(6, a.get(0));
    constant(40, a.get(1));
    constant(14, a.get(2));
  }

  @Test
  void intDivisionAndRemainderTruncateTowardZero() throws Exception {
    List<ArgFact> a = args("", "-7 / 2, -7 % 3, 7 / 0");
    constant(-3, a.get(0));
    constant(-1, a.get(1));
    notConstant(a.get(2)); // division by zero is not a constant
  }

  @Test
  void longDivisionAndRemainderKeepTheirWidth() throws Exception {
    List<ArgFact> a =
        args(
            "",
            "(int) ((1L << 40) / (1L << 38)), (int) ((1L << 40 | 5L) % (1L << 38)), (int) (5L % 0L)");
    constant(4, a.get(0));
    constant(5, a.get(1));
    notConstant(a.get(2));
  }

  @Test
  void intArithmeticOverflowsAtThirtyTwoBits() throws Exception {
    List<ArgFact> a = args("", "2147483647 + 1, 65536 * 65536, -2147483648 - 1");
    constant(Integer.MIN_VALUE, a.get(0));
    constant(0, a.get(1));
    constant(Integer.MAX_VALUE, a.get(2));
  }

  @Test
  void intShiftDistanceIsTakenModuloThirtyTwo() throws Exception {
    List<ArgFact> a = args("", "1 << 33, 256 >> 33, -256 >>> 36");
    constant(2, a.get(0));
    constant(128, a.get(1));
    constant(-256 >>> 36, a.get(2));
  }

  @Test
  void signedAndUnsignedRightShiftsOfNegativeInts() throws Exception {
    List<ArgFact> a = args("", "-16 >> 2, -16 >>> 28, -1 >>> 1");
    constant(-4, a.get(0));
    constant(15, a.get(1));
    constant(Integer.MAX_VALUE, a.get(2));
  }

  @Test
  void longShiftsKeepSixtyFourBits() throws Exception {
    List<ArgFact> a =
        args("", "(int) ((1L << 33) >> 31), (int) (-1L >>> 62), (int) ((-1L << 40) >> 38)");
    constant(4, a.get(0));
    constant(3, a.get(1));
    constant(-4, a.get(2));
  }

  @Test
  void theShiftTypeIsTheLeftOperands() throws Exception {
    // An int shifted by a long distance stays an int: 1 << 33L is 2, not 2^33.
    List<ArgFact> a = args("", "1 << 33L, (int) (1L << 33), 1 << 32");
    constant(2, a.get(0));
    constant(0, a.get(1));
    constant(1, a.get(2));
  }

  @Test
  void aLongOperandWidensTheOperation() throws Exception {
    // (2^31 as a long) + 0 narrowed to int is MIN_VALUE; the same sum in int arithmetic is
    // MIN_VALUE too,
    // but (2^31 + 2^31) differs: 0 as a narrowed long, 0 as an int; so use a division that tells
    // them apart.
    List<ArgFact> a = args("", "(int) ((2147483647L + 1) / 2), (int) ((2147483647 + 1) / 2L), 0");
    constant(1073741824, a.get(0));
    constant(-1073741824, a.get(1));
  }

  @Test
  void narrowingCasts() throws Exception {
    List<ArgFact> a = args("", "(short) 70000, (char) -1, (byte) 0x1ff");
    constant((short) 70000, a.get(0));
    constant(65535, a.get(1));
    constant(-1, a.get(2));
  }

  @Test
  void unaryOperators() throws Exception {
    List<ArgFact> a = args("", "~5, -(-3), +4");
    constant(-6, a.get(0));
    constant(3, a.get(1));
    constant(4, a.get(2));
  }

  @Test
  void conditionalsWithAConstantCondition() throws Exception {
    List<ArgFact> a =
        args("static final boolean ON = true;", "ON ? 1 : 2, !ON ? 1 : 2, 3 > 2 ? 4 : 5");
    constant(1, a.get(0));
    constant(2, a.get(1));
    // a comparison is not folded: the conditional is not a constant
    notConstant(a.get(2));
  }

  @Test
  void interfaceConstantsAreImplicitlyStaticFinal() throws Exception {
    List<ArgFact> a = args("", "IFACE_FAMILY, Consts.IFACE_FAMILY, (int) (IFACE_WIDE >> 34)");
    constant(10, a.get(0));
    assertEquals("com.example.Consts.IFACE_FAMILY", a.get(0).constantName());
    constant(10, a.get(1));
    assertEquals("com.example.Consts.IFACE_FAMILY", a.get(1).constantName());
    constant(4, a.get(2));
  }

  @Test
  void interfaceConstantsFoldInArithmetic() throws Exception {
    // Arithmetic is folded by the engine, not by the flow layer: the constant must be known as one.
    List<ArgFact> a =
        args("", "(int) (Consts.IFACE_WIDE >> 34), Consts.IFACE_FAMILY + 1, IFACE_FAMILY * 2");
    constant(4, a.get(0));
    constant(11, a.get(1));
    constant(20, a.get(2));
  }

  @Test
  void jdkInterfaceConstantsComeFromTheClassFile() throws Exception {
    List<ArgFact> a =
        args(
            "",
            "java.io.ObjectStreamConstants.TC_NULL, java.nio.channels.SelectionKey.OP_WRITE, 0");
    constant(0x70, a.get(0));
    assertEquals("java.io.ObjectStreamConstants.TC_NULL", a.get(0).constantName());
    constant(4, a.get(1));
  }

  @Test
  void fieldsThatAreNotStaticFinalAreNotNamedConstants() throws Exception {
    // A mutable field may hold other values: it is never a named constant (the flow layer may still
    // report the values the scanned code stores into it).
    List<ArgFact> a =
        args(
            "public static int MUTABLE = 2; final int INSTANCE = 3; static final int FIXED = 4;",
            "MUTABLE, FIXED, INSTANCE");
    assertEquals(null, a.get(0).constantName(), a.get(0).toString());
    constant(4, a.get(1));
    assertEquals("com.example.Fold.FIXED", a.get(1).constantName());
    assertEquals(null, a.get(2).constantName(), a.get(2).toString());
  }

  @Test
  void enumConstantsAreNamedWithoutAValue() throws Exception {
    enumConstant(
        "",
        "java.nio.channels.DatagramChannel.open(java.net.StandardProtocolFamily.INET);",
        "java.net.StandardProtocolFamily.INET");
    enumConstant(
        "", "java.nio.channels.DatagramChannel.open(Family.INET);", "com.example.Family.INET");
    enumConstant(
        "enum Local implements java.net.ProtocolFamily { ONE; void m() throws Exception { "
            + "java.nio.channels.DatagramChannel.open(ONE); } }",
        "java.nio.channels.DatagramChannel.open(Local.ONE);",
        "com.example.Fold$Local.ONE");
  }

  private void enumConstant(String members, String statement, String name) throws Exception {
    ArgFact fact = site(members, statement).args().get(0);
    assertEquals(ArgOrigin.CONSTANT, fact.origin(), fact.toString());
    assertEquals(null, fact.constant(), fact.toString());
    assertEquals(name, fact.constantName(), fact.toString());
  }
}
