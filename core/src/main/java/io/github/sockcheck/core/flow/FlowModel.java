package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.rules.MemberPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the value-flow layer knows about libraries, read from the rule pack's data ({@code
 * rules/model/flow.yaml}): never hard-coded in an engine.
 *
 * @param passThroughs library calls whose result is one of their inputs
 * @param instantiations library calls that construct a class named by a class literal
 * @param handsOn library calls whose result leads to the object their receiver creates (a
 *     bootstrap's {@code bind()} future, the future's {@code channel()}); followed only from such
 *     created objects
 * @param callbacks library calls that call a listener back with the receiver
 * @param argumentUses library calls that call a method on an argument
 */
public record FlowModel(
    List<PassThrough> passThroughs,
    List<Instantiation> instantiations,
    List<MemberPattern> handsOn,
    List<Callback> callbacks,
    List<ArgumentUse> argumentUses) {

  public static final FlowModel EMPTY = new FlowModel(List.of());

  public FlowModel {
    passThroughs = List.copyOf(passThroughs);
    instantiations = List.copyOf(instantiations);
    handsOn = List.copyOf(handsOn);
    callbacks = List.copyOf(callbacks);
    argumentUses = List.copyOf(argumentUses);
  }

  /** A model of pass-throughs only. */
  public FlowModel(List<PassThrough> passThroughs) {
    this(passThroughs, List.of(), List.of(), List.of(), List.of());
  }

  /** Every call pattern the model names (all sections): engines resolve these calls exactly. */
  public List<MemberPattern> calls() {
    List<MemberPattern> calls = new ArrayList<>();
    passThroughs.forEach(p -> calls.add(p.call()));
    instantiations.forEach(i -> calls.add(i.call()));
    calls.addAll(handsOn);
    callbacks.forEach(c -> calls.add(c.call()));
    argumentUses.forEach(u -> calls.add(u.call()));
    return calls;
  }

  /**
   * Which input a call's result carries ({@link PassThrough#RECEIVER} or an argument), if it passes
   * one through.
   */
  public OptionalInt passThrough(CallFact call) {
    for (PassThrough p : passThroughs) {
      if (!fits(p.call(), call)) continue;
      if (p.from() == PassThrough.RECEIVER ? call.receiver() >= 0 : p.from() < call.args().size()) {
        return OptionalInt.of(p.from());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The instantiation a call performs, if the model names it (and the call has the class argument).
   */
  public Optional<Instantiation> instantiation(CallFact call) {
    for (Instantiation i : instantiations)
      if (fits(i.call(), call) && i.classArg() < call.args().size()) return Optional.of(i);
    return Optional.empty();
  }

  /** True when the call's result leads to the object its receiver creates or holds. */
  public boolean handsOn(CallFact call) {
    if (call.receiver() < 0) return false;
    for (MemberPattern p : handsOn) if (fits(p, call)) return true;
    return false;
  }

  /** The callback a call registers, if the model names it. */
  public Optional<Callback> callback(CallFact call) {
    if (call.receiver() < 0) return Optional.empty();
    for (Callback c : callbacks)
      if (fits(c.call(), call) && c.listenerArg() < call.args().size()) return Optional.of(c);
    return Optional.empty();
  }

  /** The calls the library makes on argument {@code arg} of this call. */
  public List<ArgumentUse> argumentUses(CallFact call, int arg) {
    List<ArgumentUse> uses = new ArrayList<>();
    for (ArgumentUse u : argumentUses) {
      if (u.arg() != arg || !fits(u.call(), call) || call.args().size() != u.params().size())
        continue;
      if (call.paramTypes() != null && !call.paramTypes().equals(u.params())) continue;
      uses.add(u);
    }
    return uses;
  }

  /** The pattern names the call's owner (or one of its supertypes) and member. */
  private static boolean fits(MemberPattern pattern, CallFact call) {
    if (!pattern.member().equals(call.member())) return false;
    String owner = pattern.owner();
    return owner.equals("*")
        || pattern.matches(call.owner(), call.member())
        || call.ownerSupertypes().contains(owner);
  }
}
