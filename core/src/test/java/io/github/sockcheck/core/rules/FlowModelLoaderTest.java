package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sockcheck.core.flow.FlowModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library summaries of the flow model: every section read, every bad entry named by file and
 * line.
 */
class FlowModelLoaderTest {

  @Test
  void everySectionIsRead() throws RuleLoadException {
    FlowModel model =
        FlowModelLoader.parse(
            "flow.yaml",
            """
        passes-through:
          - call: "a.B#self"
            from: receiver
            source: doc
        instantiates:
          - call: "a.B#channel"
            class-arg: 0
            constructor-params: []
            source: doc
        hands-on:
          - call: "a.B#bind"
            source: doc
        calls-back:
          - call: "a.F#addListener"
            listener-arg: 0
            method: operationComplete
            arity: 1
            receiver-to-parameter: 0
            source: doc
        uses-argument:
          - call: "a.C#<init>"
            params: [a.D]
            arg: 0
            use: "a.D#socket"
            source: doc
        """);
    assertEquals(1, model.passThroughs().size());
    assertEquals(List.of(), model.instantiations().get(0).constructorParams());
    assertEquals("a.B#bind", model.handsOn().get(0).toString());
    assertEquals("operationComplete", model.callbacks().get(0).method());
    assertEquals("a.D#socket", model.argumentUses().get(0).use().toString());
    assertEquals(5, model.calls().size());
  }

  @Test
  void badEntriesAreNamedByFileAndLine() {
    RuleLoadException e =
        assertThrows(
            RuleLoadException.class,
            () ->
                FlowModelLoader.parse(
                    "flow.yaml",
                    """
        passes-through: []
        instantiates:
          - call: "a.B#channel"
            class-arg: first
            constructor-params: []
            source: doc
        calls-back:
          - call: "a.F#addListener"
            listener-arg: 0
            method: operationComplete
            arity: 1
            receiver-to-parameter: 1
            source: doc
        uses-argument:
          - call: "a.C#<init>"
            params: [a.D]
            arg: 0
            use: socket
        surprises: []
        """));
    assertEquals(
        List.of(
            "flow.yaml:19: unknown key `surprises` (expected one of [passes-through, instantiates, hands-on, calls-back, uses-argument])",
            "flow.yaml:3: `class-arg` must be a number (0-based), got `first`",
            "flow.yaml:8: `receiver-to-parameter` must be below `arity`",
            "flow.yaml:15: every entry needs a `source` (where the behaviour is documented)",
            "flow.yaml:15: `use` must be owner#member, got `socket`"),
        e.problems());
  }
}
