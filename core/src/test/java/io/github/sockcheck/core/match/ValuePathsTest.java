package io.github.sockcheck.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.MemberPattern;
import io.github.sockcheck.core.rules.ValueTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Several values at an argument: the condition holds when it holds on some path (one value per
 * argument).
 */
class ValuePathsTest {

  private static final CallSite SITE =
      CallSite.builder(Language.JAVA, "a.B", "m")
          .location(Location.line("A.java", 1))
          .engine("source")
          .build();

  private static ArgFact values(ArgFact.Value... values) {
    return new ArgFact(List.of(values), null);
  }

  private static ArgFact.Value constant(long v) {
    return new ArgFact.Value(ArgOrigin.CONSTANT, v, null, null);
  }

  private static ArgFact.Value call(String producedBy) {
    return new ArgFact.Value(ArgOrigin.CALL, null, null, producedBy);
  }

  private static boolean holds(Condition c, Map<String, ArgFact> args) {
    return new ConditionEvaluator().evaluate(c, args, SITE).holds();
  }

  @Test
  void aNullOnOnePathIsANull() {
    Condition isNull = new Condition.Arg("family", new ValueTest.IsNull());
    ArgFact nullOrOutside =
        values(
            new ArgFact.Value(ArgOrigin.NULL, null, null, null),
            new ArgFact.Value(ArgOrigin.PARAMETER, null, null, null));
    assertTrue(holds(isNull, Map.of("family", nullOrOutside)));
    assertFalse(holds(isNull, Map.of("family", ArgFact.of(ArgOrigin.PARAMETER, null))));
  }

  @Test
  void anOutsideValueOnOnePathIsOutside() {
    Condition outside =
        new Condition.Not(
            new Condition.Arg(
                "fd", new ValueTest.FromCall(List.of(MemberPattern.parse("*#socket")))));
    assertTrue(
        holds(
            outside,
            Map.of("fd", values(call("a.Libc#socket"), call("java.lang.Integer#parseInt")))));
    assertFalse(
        holds(outside, Map.of("fd", values(call("a.Libc#socket"), call("b.Other#socket")))));
  }

  @Test
  void severalArgumentsCombinePathByPath() {
    Condition rawZero =
        new Condition.All(
            List.of(
                new Condition.Arg("type", new ValueTest.Equals(List.of(3L))),
                new Condition.Arg("protocol", new ValueTest.Equals(List.of(0L)))));
    Map<String, ArgFact> args = new LinkedHashMap<>();
    args.put("type", values(constant(3)));
    args.put("protocol", values(constant(6), constant(0)));
    assertTrue(holds(rawZero, args));
    args.put("type", values(constant(1), constant(2)));
    assertFalse(holds(rawZero, args));
  }

  @Test
  void combinationsAreCapped() {
    List<ArgFact.Value> many = new ArrayList<>();
    for (long i = 0; i < 40; i++) many.add(constant(i));
    Map<String, ArgFact> args = new LinkedHashMap<>();
    args.put("a", new ArgFact(many, null));
    args.put("b", new ArgFact(many, null));
    assertEquals(ValuePaths.MAX_PATHS, ValuePaths.of(args).size());
    assertEquals(1, ValuePaths.of(Map.of("a", ArgFact.of(ArgOrigin.UNKNOWN, null))).size());
  }
}
