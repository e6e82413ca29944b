package io.github.sockcheck.core.flow;

import static io.github.sockcheck.core.flow.FactsBuilder.method;
import static io.github.sockcheck.core.flow.FactsBuilder.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.sockcheck.core.flow.FactsBuilder.MethodBuilder;
import io.github.sockcheck.core.flow.FlowSolver.CallRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A call ref names a place in the program (a method object and a call index), not the contents of
 * the method: comparing contents made every {@code uses()} lookup a deep walk over both methods,
 * which was most of a bytecode scan of real libraries.
 */
class CallRefIdentityTest {

  @Test
  void refsToTheSameCallAreEqualAndRefsToAnEqualCopyAreNot() {
    MethodBuilder m = method("open", Access.PUBLIC).asStatic();
    m.call(
        "java.nio.channels.DatagramChannel",
        "open",
        CallFact.Kind.STATIC,
        -1,
        "java.nio.channels.DatagramChannel");
    ClassFacts c = type("com.example.A").method(m).build();
    MethodFacts original = c.methods().get(0);
    MethodFacts copy =
        new MethodFacts(
            original.name(),
            original.paramTypes(),
            original.returnType(),
            original.access(),
            original.isStatic(),
            original.synthetic(),
            original.nodes(),
            original.calls(),
            original.returns(),
            original.stores(),
            original.typeTests(),
            original.typeRefs());
    assertEquals(original, copy, "the records themselves still compare by content");

    CallRef a = new CallRef(c, original, 0);
    assertEquals(a, new CallRef(c, original, 0));
    assertEquals(a.hashCode(), new CallRef(c, original, 0).hashCode());
    assertNotEquals(a, new CallRef(c, copy, 0));
    assertNotEquals(a, new CallRef(c, original, 1));

    FlowSolver solver = new FlowSolver(List.of(c), FlowModel.EMPTY);
    assertEquals(
        List.of(a), solver.calls(), "the solver's refs are refs to the facts it was given");
  }
}
