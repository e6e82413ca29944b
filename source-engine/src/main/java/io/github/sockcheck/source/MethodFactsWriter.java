package io.github.sockcheck.source;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.flow.Access;
import io.github.sockcheck.core.flow.CallFact;
import io.github.sockcheck.core.flow.FieldStore;
import io.github.sockcheck.core.flow.MethodFacts;
import io.github.sockcheck.core.flow.TypeRef;
import io.github.sockcheck.core.flow.TypeTest;
import io.github.sockcheck.core.flow.ValueNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the local facts of one method while its body is walked. Merge nodes stay open while a
 * loop or a try block is walked (a loop's back edge adds inputs after the body), and close at
 * {@link #build}.
 */
final class MethodFactsWriter {

  private final List<Object> nodes = new ArrayList<>();
  private final List<CallFact> calls = new ArrayList<>();
  private final List<Integer> returns = new ArrayList<>();
  private final List<FieldStore> stores = new ArrayList<>();
  private final List<TypeTest> typeTests = new ArrayList<>();
  private final List<TypeRef> typeRefs = new ArrayList<>();

  /** A merge whose inputs may still grow. */
  private static final class OpenMerge {
    final List<Integer> inputs = new ArrayList<>();
  }

  int add(ValueNode node) {
    nodes.add(node);
    return nodes.size() - 1;
  }

  int unknown(String why) {
    return add(new ValueNode.Unknown(why));
  }

  /** A merge of {@code inputs} that may get more inputs later through {@link #addInput}. */
  int openMerge(List<Integer> inputs) {
    OpenMerge merge = new OpenMerge();
    merge.inputs.addAll(inputs);
    nodes.add(merge);
    return nodes.size() - 1;
  }

  void addInput(int merge, int input) {
    if (nodes.get(merge) instanceof OpenMerge open
        && merge != input
        && !open.inputs.contains(input)) {
      open.inputs.add(input);
    }
  }

  /** The node holding either value: {@code a} itself when both are the same. */
  int merge(int a, int b) {
    if (a == b) return a;
    return openMerge(List.of(a, b));
  }

  /**
   * The branches the current point is reached through only on one outcome (innermost last); each
   * call written gets them.
   */
  private final List<CallFact.BranchGuard> guards = new ArrayList<>();

  /** A mark to {@link #popGuards} back to. */
  int guardMark() {
    return guards.size();
  }

  void pushGuards(List<CallFact.BranchGuard> more) {
    guards.addAll(more);
  }

  void popGuards(int mark) {
    while (guards.size() > mark) guards.remove(guards.size() - 1);
  }

  /**
   * Takes the guards away (a lambda body is a method of its own); give them back with {@link
   * #restoreGuards}.
   */
  List<CallFact.BranchGuard> suspendGuards() {
    List<CallFact.BranchGuard> saved = new ArrayList<>(guards);
    guards.clear();
    return saved;
  }

  void restoreGuards(List<CallFact.BranchGuard> saved) {
    guards.clear();
    guards.addAll(saved);
  }

  int call(CallFact call) {
    if (!guards.isEmpty()) {
      List<CallFact.BranchGuard> distinct = new ArrayList<>();
      for (CallFact.BranchGuard g : guards) if (!distinct.contains(g)) distinct.add(g);
      call = call.withGuards(distinct);
    }
    calls.add(call);
    return add(new ValueNode.CallResult(calls.size() - 1));
  }

  void returns(int node) {
    if (!returns.contains(node)) returns.add(node);
  }

  void store(String owner, String name, boolean isStatic, int receiver, int value, Location at) {
    stores.add(new FieldStore(owner, name, isStatic, receiver, value, at));
  }

  void typeTest(int value, String type, boolean cast, Location at) {
    typeTests.add(new TypeTest(value, type, cast, at));
  }

  void typeRef(String type, TypeRef.Kind kind, Location at) {
    typeRefs.add(new TypeRef(type, kind, at));
  }

  MethodFacts build(
      String name,
      List<String> paramTypes,
      String returnType,
      Access access,
      boolean isStatic,
      boolean synthetic) {
    List<ValueNode> closed = new ArrayList<>(nodes.size());
    for (Object n : nodes) {
      closed.add(n instanceof OpenMerge open ? new ValueNode.Merge(open.inputs) : (ValueNode) n);
    }
    return new MethodFacts(
        name,
        paramTypes,
        returnType,
        access,
        isStatic,
        synthetic,
        closed,
        calls,
        returns,
        stores,
        typeTests,
        typeRefs);
  }
}
