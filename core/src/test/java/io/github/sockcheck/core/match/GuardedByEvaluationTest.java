package io.github.sockcheck.core.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Guard;
import io.github.sockcheck.core.facts.GuardOutcome;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.MemberPattern;
import io.github.sockcheck.core.rules.ValueTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code guarded-by} over the guards a call site carries. */
class GuardedByEvaluationTest {

  private static final Condition LISTEN_FDS_SET =
      new Condition.GuardedBy(
          List.of(MemberPattern.parse("java.lang.System#getenv")),
          Map.of("name", 0),
          new Condition.Arg("name", new ValueTest.StringValue(List.of("LISTEN_FDS"))),
          Set.of(GuardOutcome.NON_NULL, GuardOutcome.TRUE, GuardOutcome.COMPARED));

  /** The result of {@code System.getenv(name)}, carrying its argument. */
  private static ArgFact.Value getenv(String name) {
    return new ArgFact.Value(
        ArgOrigin.CALL,
        null,
        null,
        "java.lang.System#getenv",
        Set.of(),
        List.of(ArgFact.ofConstant(name, null, null)));
  }

  private static CallSite guardedBy(Guard... guards) {
    return CallSite.builder(Language.JAVA, "java.lang.System", "inheritedChannel")
        .guards(List.of(guards))
        .build();
  }

  private static boolean holds(Condition c, CallSite site) {
    return new ConditionEvaluator().evaluate(c, Map.of(), site).holds();
  }

  private static Guard guard(GuardOutcome outcome, ArgFact.Value... tested) {
    return new Guard(new ArgFact(List.of(tested), null), outcome);
  }

  @Test
  void aTestOfTheVariableOnTheSetBranchHolds() {
    assertTrue(
        holds(LISTEN_FDS_SET, guardedBy(guard(GuardOutcome.NON_NULL, getenv("LISTEN_FDS")))));
    assertTrue(
        holds(LISTEN_FDS_SET, guardedBy(guard(GuardOutcome.COMPARED, getenv("LISTEN_FDS")))));
  }

  @Test
  void theUnsetBranchDoesNotCount() {
    assertFalse(holds(LISTEN_FDS_SET, guardedBy(guard(GuardOutcome.NULL, getenv("LISTEN_FDS")))));
    assertFalse(holds(LISTEN_FDS_SET, guardedBy(guard(GuardOutcome.FALSE, getenv("LISTEN_FDS")))));
  }

  @Test
  void anotherVariableOrNoGuardDoesNotCount() {
    assertFalse(holds(LISTEN_FDS_SET, guardedBy(guard(GuardOutcome.NON_NULL, getenv("MY_FD")))));
    assertFalse(holds(LISTEN_FDS_SET, guardedBy()));
  }

  @Test
  void aValueComputedFromTheVariableCounts() {
    ArgFact.Value parsed =
        new ArgFact.Value(ArgOrigin.CALL, null, null, "java.lang.Integer#parseInt");
    assertTrue(
        holds(
            LISTEN_FDS_SET, guardedBy(guard(GuardOutcome.COMPARED, parsed, getenv("LISTEN_FDS")))));
    assertFalse(holds(LISTEN_FDS_SET, guardedBy(guard(GuardOutcome.COMPARED, parsed))));
  }

  @Test
  void anyGuardOfSeveralMayHold() {
    assertTrue(
        holds(
            LISTEN_FDS_SET,
            guardedBy(
                guard(GuardOutcome.TRUE, getenv("DEBUG")),
                guard(GuardOutcome.NON_NULL, getenv("LISTEN_FDS")))));
  }

  @Test
  void withoutOutcomesAndWhereAnyTestOfTheCallHolds() {
    Condition any =
        new Condition.GuardedBy(List.of(MemberPattern.parse("getenv")), Map.of(), null, Set.of());
    assertTrue(holds(any, guardedBy(guard(GuardOutcome.NULL, getenv("X")))));
    assertTrue(
        holds(
            new Condition.Not(LISTEN_FDS_SET),
            guardedBy(guard(GuardOutcome.NULL, getenv("LISTEN_FDS")))));
  }

  @Test
  void anArgumentTheGuardingCallDoesNotHaveIsAbsent() {
    ArgFact.Value noArgs = new ArgFact.Value(ArgOrigin.CALL, null, null, "java.lang.System#getenv");
    assertFalse(holds(LISTEN_FDS_SET, guardedBy(guard(GuardOutcome.NON_NULL, noArgs))));
  }
}
