package io.github.sockcheck.core.index;

import static io.github.sockcheck.core.match.CallMatcherTestSupport.java;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.MemberPattern;
import io.github.sockcheck.core.rules.ValueTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Examples of what the index answers, next to the property that it never misses a call the matcher
 * matches.
 */
class CallPatternIndexTest {

  private static final String DC = "java.nio.channels.DatagramChannel";

  private static CallPatternIndex index(Condition where, CallPattern... patterns) {
    return new CallPatternIndex(List.of(rule("r", Set.of("source"), "m", where, patterns)));
  }

  private static CallPattern subtypesOf(String owner, String member) {
    return new CallPattern(
        Language.JAVA, owner, true, member, null, null, Map.of(), Map.of(), List.of());
  }

  @Test
  void arityComesFromTheParametersAndVarargsTakeAny() {
    assertEquals(2, CallPatternIndex.arity(java(DC, "join", List.of("a", "b"), Map.of())));
    assertEquals(0, CallPatternIndex.arity(java(DC, "open", List.of(), Map.of())));
    assertEquals(
        CallPatternIndex.ANY_ARITY, CallPatternIndex.arity(java(DC, "open", null, Map.of())));
    assertEquals(
        CallPatternIndex.ANY_ARITY,
        CallPatternIndex.arity(java("*", "exec", List.of("java.lang.String[]"), Map.of())));
    assertEquals(
        CallPatternIndex.ANY_ARITY,
        CallPatternIndex.arity(java("*", "of", List.of("int", "java.lang.Object..."), Map.of())));
  }

  @Test
  void classFileProbesNeedAModelledOwnerOrSubtypeForASubtypesPatternTheModelKnows() {
    CallPatternIndex index =
        index(
            null,
            subtypesOf("com.lib.Base", "run"),
            subtypesOf("com.other.Unknown", "stop"),
            java(DC, "join", List.of("a"), Map.of()));
    CallPatternIndex.ClassFileProbes probes =
        index.classFileProbes(
            type -> type.equals("com.lib.Base") ? Set.of("com.lib.Sub$Inner") : null);
    assertEquals(Set.of("com/lib/Base", "com/lib/Sub$Inner"), probes.owners().get("run"));
    assertEquals(Set.of("com/lib/Base", "com/lib/Sub$Inner"), probes.throughSubtypes().get("run"));
    assertEquals(Set.of(CallPatternIndex.ANY_OWNER), probes.owners().get("stop"), "not modelled");
    assertEquals(Set.of("java/nio/channels/DatagramChannel"), probes.owners().get("join"));
    assertEquals(Set.of("run"), probes.throughSubtypes().keySet());
    assertEquals(
        Set.of(CallPatternIndex.ANY_OWNER),
        index.classFileProbes().get("run"),
        "without a model, any owner");
  }

  @Test
  void mayMatchChecksArityOwnerAndSubtypes() {
    CallPatternIndex index =
        index(
            null, java(DC, "join", List.of("a", "b"), Map.of()), subtypesOf("com.lib.Base", "run"));
    assertTrue(index.mayMatch(DC, Set.of(), "join", 2));
    assertFalse(index.mayMatch(DC, Set.of(), "join", 3));
    assertFalse(index.mayMatch(DC, Set.of(), "join", 1));
    assertTrue(index.mayMatch(DC, Set.of(), "join", -1), "unknown argument count");
    assertTrue(index.mayMatch(null, Set.of(), "join", 2), "unknown owner");
    assertTrue(index.mayMatch("*", Set.of(), "join", 2), "unknown owner");
    assertFalse(
        index.mayMatch("com.other.Channel", Set.of(DC), "join", 2), "not a subtypes pattern");
    assertTrue(index.mayMatch("com.lib.Impl", Set.of("com.lib.Base"), "run", 0));
    assertFalse(index.mayMatch("com.lib.Impl", Set.of("com.lib.Other"), "run", 0));
    assertFalse(index.mayMatch(DC, Set.of(), "close", 0));
    assertTrue(index.mayMatchName("join", 2));
    assertFalse(index.mayMatchName("join", 1));
    assertFalse(index.mayMatchName("close", 0));
  }

  @Test
  void anyOwnerPatternMatchesEveryOwner() {
    CallPatternIndex index =
        index(null, java("*", "socket", List.of("int", "int", "int"), Map.of()));
    assertTrue(index.mayMatch("com.example.Libc", Set.of(), "socket", 3));
  }

  @Test
  void constructorsByTheirSimpleName() {
    CallPatternIndex index =
        index(
            null,
            java(
                "io.netty.channel.epoll.EpollServerSocketChannel",
                "<init>",
                List.of("int"),
                Map.of()));
    assertTrue(index.mayConstruct("EpollServerSocketChannel", 1));
    assertFalse(index.mayConstruct("EpollServerSocketChannel", 0));
    assertFalse(index.mayConstruct("Socket", 1));
    assertTrue(index(null, java("*", "<init>", null, Map.of())).mayConstruct("Anything", 4));
    assertTrue(index(null, subtypesOf("com.lib.Base", "<init>")).mayConstruct("Impl", 0));
  }

  @Test
  void valueMembersAreTheMembersFromCallTestsName() {
    Condition fromCall =
        new Condition.Arg(
            "fd",
            new ValueTest.FromCall(
                List.of(MemberPattern.parse("io.netty.channel.unix.FileDescriptor#intValue"))));
    Condition other =
        new Condition.Arg("fd", new ValueTest.FromCall(List.of(MemberPattern.parse("socket"))));
    Condition third =
        new Condition.Arg("fd", new ValueTest.FromCall(List.of(MemberPattern.parse("fd"))));
    Condition where =
        new Condition.All(
            List.of(new Condition.Any(List.of(fromCall, new Condition.Not(other))), third));
    CallPatternIndex index = index(where, java("*", "<init>", null, Map.of()));
    assertEquals(Set.of("intValue", "socket", "fd"), index.valueMembers());
    assertEquals(Set.of("<init>"), index.javaMembers());
  }

  @Test
  void typeUsesAreNotCallPatterns() {
    CallPatternIndex index =
        index(
            null,
            java(
                "io.netty.channel.epoll.EpollDatagramChannel",
                CallPattern.TYPE_USE,
                null,
                Map.of()));
    assertEquals(Set.of("io.netty.channel.epoll.EpollDatagramChannel"), index.typeUses());
    assertEquals(Set.of(), index.javaMembers());
    assertFalse(index.noJavaPatterns(), "a type use is reason enough to analyse Java code");
    assertTrue(new CallPatternIndex(List.of()).noJavaPatterns());
    assertFalse(index(null, java(DC, "open", null, Map.of())).noJavaPatterns());
  }
}
