package io.github.sockcheck.core.flow;

import java.util.List;
import java.util.OptionalInt;

/**
 * What the value-flow layer knows about libraries, read from the rule pack's data
 * ({@code rules/model/flow.yaml}): never hard-coded in an engine.
 */
public record FlowModel(List<PassThrough> passThroughs) {

  public static final FlowModel EMPTY = new FlowModel(List.of());

  public FlowModel {
    passThroughs = List.copyOf(passThroughs);
  }

  /** Which input a call's result carries ({@link PassThrough#RECEIVER} or an argument), if it passes one through. */
  public OptionalInt passThrough(CallFact call) {
    for (PassThrough p : passThroughs) {
      String owner = p.call().owner();
      boolean ownerFits = owner.equals("*") || p.call().matches(call.owner(), call.member())
          || (call.ownerSupertypes().contains(owner) && p.call().member().equals(call.member()));
      if (!ownerFits || !p.call().member().equals(call.member())) continue;
      if (p.from() == PassThrough.RECEIVER ? call.receiver() >= 0 : p.from() < call.args().size()) {
        return OptionalInt.of(p.from());
      }
    }
    return OptionalInt.empty();
  }
}
