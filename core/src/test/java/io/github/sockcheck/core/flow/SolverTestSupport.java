package io.github.sockcheck.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.flow.FlowSolver.CallRef;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** Solving hand-built facts and finding what the solver says about one call, for solver tests. */
final class SolverTestSupport {

  private SolverTestSupport() {}

  static FlowSolver solve(FlowModel model, FactsBuilder.ClassBuilder... classes) {
    List<ClassFacts> facts = new ArrayList<>();
    for (FactsBuilder.ClassBuilder c : classes) facts.add(c.build());
    return new FlowSolver(facts, model);
  }

  /** The one call of {@code owner#member} in the program; fails when there is none or several. */
  static CallRef onlyCall(FlowSolver solver, String owner, String member) {
    List<CallRef> found =
        solver.calls().stream()
            .filter(c -> owner.equals(c.fact().owner()) && c.fact().member().equals(member))
            .toList();
    assertEquals(1, found.size(), () -> "calls of " + owner + "#" + member + ": " + found);
    return found.get(0);
  }

  /** Asserts that the value comes from one place: the result of a call of {@code member}. */
  static void assertOnlyFromCallOf(String member, SortedSet<Origin> origins) {
    assertEquals(1, origins.size(), origins::toString);
    assertTrue(
        origins.first() instanceof Origin.Call c && c.member().equals(member), origins::toString);
  }
}
