package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.flow.Program.MethodRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The program's values as one graph: a vertex per value node, per method parameter and per field;
 * an edge {@code v -> w} says "{@code v} may hold a value of {@code w}". Vertices whose values come
 * from outside what the graph follows carry their {@link Origin}s ("terminals"); a value's origins
 * are the terminals reachable from its vertex.
 */
final class ValueGraph {

  private final Program program;
  private final FlowModel model;
  private final int[] nodeBase;
  private final int[] paramBase;
  private final Map<String, Integer> fieldVertices = new HashMap<>();
  private final List<String[]> fieldKeys = new ArrayList<>();
  private final Map<Integer, String[]> fieldsByVertex = new HashMap<>();
  private int size;

  private final List<List<Integer>> from = new ArrayList<>();
  private final List<List<Origin>> terminals = new ArrayList<>();

  /**
   * Per node vertex, the calls (method index, call index) that pass it as an argument, for needs.
   */
  private final Map<Integer, List<int[]>> argumentOf = new HashMap<>();

  private final boolean[] hasCaller;

  ValueGraph(Program program, FlowModel model) {
    this.program = program;
    this.model = model;
    List<MethodRef> methods = program.methods();
    nodeBase = new int[methods.size()];
    paramBase = new int[methods.size()];
    for (MethodRef m : methods) {
      nodeBase[m.index()] = grow(m.method().nodes().size());
      paramBase[m.index()] = grow(m.method().paramTypes().size());
    }
    hasCaller = new boolean[methods.size()];
    for (MethodRef m : methods) linkNodes(m);
    for (MethodRef m : methods) linkCallsAndStores(m);
    for (MethodRef m : methods) {
      int params = m.method().paramTypes().size();
      boolean outside =
          (m.method().access().openToOutside() && !m.method().synthetic()) || !hasCaller[m.index()];
      for (int i = 0; i < params; i++) {
        if (outside || from.get(paramBase[m.index()] + i).isEmpty()) {
          terminals.get(paramBase[m.index()] + i).add(new Origin.Parameter(m.id(), i));
        }
      }
    }
    for (int i = 0; i < fieldKeys.size(); i++) {
      int v = fieldVertices.get(fieldKeys.get(i)[0] + "#" + fieldKeys.get(i)[1]);
      if (from.get(v).isEmpty()) {
        FieldDecl decl = program.fieldDecl(fieldKeys.get(i)[0], fieldKeys.get(i)[1]);
        boolean constant = decl != null && decl.isStatic() && decl.isFinal();
        terminals.get(v).add(new Origin.Field(fieldKeys.get(i)[0], fieldKeys.get(i)[1], constant));
      }
    }
  }

  private int grow(int count) {
    int base = size;
    for (int i = 0; i < count; i++) {
      from.add(new ArrayList<>(2));
      terminals.add(new ArrayList<>(1));
    }
    size += count;
    return base;
  }

  int size() {
    return size;
  }

  FlowModel model() {
    return model;
  }

  Program program() {
    return program;
  }

  int node(int method, int node) {
    return nodeBase[method] + node;
  }

  int parameter(int method, int index) {
    return paramBase[method] + index;
  }

  /** The vertex of field {@code owner.name} (created on first use). */
  int field(String owner, String name) {
    String declaring = program.fieldOwner(owner, name);
    String key = declaring + "#" + name;
    Integer v = fieldVertices.get(key);
    if (v != null) return v;
    int vertex = grow(1);
    fieldVertices.put(key, vertex);
    String[] pair = {declaring, name};
    fieldKeys.add(pair);
    fieldsByVertex.put(vertex, pair);
    return vertex;
  }

  /** {@code [owner, name]} when the vertex is a field's, else null. */
  String[] fieldOf(int vertex) {
    return fieldsByVertex.get(vertex);
  }

  /** The method index whose parameter the vertex is, or -1. */
  int parameterMethod(int vertex) {
    // Vertices are laid out [nodes m0][params m0][nodes m1]...: the last method whose parameter
    // block
    // starts at or before the vertex is the only one that can hold it.
    int lo = 0;
    int hi = paramBase.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (paramBase[mid] <= vertex) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) return -1;
    int count = program.methods().get(found).method().paramTypes().size();
    return vertex < paramBase[found] + count ? found : -1;
  }

  List<Integer> from(int vertex) {
    return from.get(vertex);
  }

  List<Origin> terminals(int vertex) {
    return terminals.get(vertex);
  }

  /** Calls (method, call) taking the node vertex as an argument. */
  List<int[]> argumentOf(int vertex) {
    return argumentOf.getOrDefault(vertex, List.of());
  }

  static String site(MethodRef m, int call) {
    return m.id() + "@" + call;
  }

  private void linkNodes(MethodRef m) {
    MethodFacts facts = m.method();
    for (int n = 0; n < facts.nodes().size(); n++) {
      int v = node(m.index(), n);
      ValueNode node = facts.nodes().get(n);
      if (node instanceof ValueNode.Constant c) {
        terminals.get(v).add(new Origin.Constant(c.value(), c.name()));
      } else if (node instanceof ValueNode.Null) {
        terminals.get(v).add(new Origin.Null());
      } else if (node instanceof ValueNode.ClassLiteral c) {
        terminals.get(v).add(new Origin.ClassLiteral(c.type()));
      } else if (node instanceof ValueNode.Unknown u) {
        terminals.get(v).add(new Origin.Unknown(u.why()));
      } else if (node instanceof ValueNode.This) {
        terminals.get(v).add(new Origin.Unknown("this"));
      } else if (node instanceof ValueNode.Parameter p) {
        if (p.index() >= 0 && p.index() < facts.paramTypes().size())
          from.get(v).add(parameter(m.index(), p.index()));
        else terminals.get(v).add(new Origin.Unknown("parameter " + p.index()));
      } else if (node instanceof ValueNode.FieldRead f) {
        from.get(v).add(field(f.owner(), f.name()));
      } else if (node instanceof ValueNode.Merge merge) {
        for (int input : merge.inputs())
          if (validNode(facts, input)) from.get(v).add(node(m.index(), input));
      } else if (node instanceof ValueNode.Captured c) {
        MethodRef outer = program.method(c.method());
        if (outer != null && validNode(outer.method(), c.node()))
          from.get(v).add(node(outer.index(), c.node()));
        else terminals.get(v).add(new Origin.Unknown("captured from " + c.method()));
      } else if (node instanceof ValueNode.CallResult r) {
        linkResult(m, v, r.call());
      }
    }
  }

  private static boolean validNode(MethodFacts facts, int node) {
    return node >= 0 && node < facts.nodes().size();
  }

  private void linkResult(MethodRef m, int vertex, int callIndex) {
    MethodFacts facts = m.method();
    if (callIndex < 0 || callIndex >= facts.calls().size()) {
      terminals.get(vertex).add(new Origin.Unknown("call " + callIndex));
      return;
    }
    CallFact call = facts.calls().get(callIndex);
    OptionalInt through = model.passThrough(call);
    if (through.isPresent()) {
      int input =
          through.getAsInt() == PassThrough.RECEIVER
              ? call.receiver()
              : call.args().get(through.getAsInt());
      if (validNode(facts, input)) {
        from.get(vertex).add(node(m.index(), input));
        return;
      }
    }
    if (call.kind() == CallFact.Kind.CONSTRUCTOR) {
      terminals.get(vertex).add(callOrigin(m, callIndex, call));
      return;
    }
    if (call.kind() == CallFact.Kind.SUPER_CONSTRUCTOR || call.kind() == CallFact.Kind.LAMBDA) {
      terminals
          .get(vertex)
          .add(
              new Origin.Unknown(
                  call.kind() == CallFact.Kind.LAMBDA ? "lambda" : "constructor call"));
      return;
    }
    boolean linked = false;
    for (MethodRef target : program.targets(call)) {
      for (int r : target.method().returns()) {
        if (!validNode(target.method(), r)) continue;
        // A return that only hands back a parameter (checkNotNull(x), a builder setter's argument)
        // gives
        // this call its own argument, not every caller's: linking through the shared return node
        // would
        // mix the values of all callers.
        Set<Integer> params = returnedParameters(target, r);
        if (params != null) {
          for (int p : params) {
            if (p < call.args().size() && validNode(facts, call.args().get(p)))
              from.get(vertex).add(node(m.index(), call.args().get(p)));
          }
        } else {
          from.get(vertex).add(node(target.index(), r));
        }
        linked = true;
      }
    }
    if (!linked) terminals.get(vertex).add(callOrigin(m, callIndex, call));
  }

  /**
   * The parameters a return node is made of, when it is nothing but parameters (directly or
   * merged), else null. Such a return is summarised per call.
   */
  Set<Integer> returnedParameters(MethodRef method, int returnNode) {
    Set<Integer> params = new java.util.TreeSet<>();
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(returnNode));
    Set<Integer> seen = new java.util.HashSet<>();
    List<ValueNode> nodes = method.method().nodes();
    while (!queue.isEmpty()) {
      int n = queue.poll();
      if (!seen.add(n) || !validNode(method.method(), n)) continue;
      ValueNode node = nodes.get(n);
      if (node instanceof ValueNode.Parameter p) {
        params.add(p.index());
      } else if (node instanceof ValueNode.Merge merge) {
        queue.addAll(merge.inputs());
      } else {
        return null;
      }
    }
    return params.isEmpty() ? null : params;
  }

  /**
   * True when the node is a return that only hands back parameters (summarised per call, see
   * linkResult).
   */
  boolean isParameterReturn(int method, int returnNode) {
    return returnedParameters(program.methods().get(method), returnNode) != null;
  }

  private Origin.Call callOrigin(MethodRef m, int callIndex, CallFact call) {
    java.util.SortedSet<String> supertypes = new java.util.TreeSet<>(call.ownerSupertypes());
    if (call.owner() != null) supertypes.addAll(program.supertypes(call.owner()));
    return new Origin.Call(call.owner(), supertypes, call.member(), site(m, callIndex));
  }

  private void linkCallsAndStores(MethodRef m) {
    MethodFacts facts = m.method();
    for (int c = 0; c < facts.calls().size(); c++) {
      CallFact call = facts.calls().get(c);
      for (int a = 0; a < call.args().size(); a++) {
        int arg = call.args().get(a);
        if (validNode(facts, arg))
          argumentOf
              .computeIfAbsent(node(m.index(), arg), k -> new ArrayList<>())
              .add(new int[] {m.index(), c});
      }
      for (MethodRef target : program.targets(call)) {
        hasCaller[target.index()] = true;
        int params = target.method().paramTypes().size();
        for (int a = 0; a < call.args().size() && a < params; a++) {
          int arg = call.args().get(a);
          if (validNode(facts, arg))
            from.get(parameter(target.index(), a)).add(node(m.index(), arg));
        }
      }
    }
    for (FieldStore store : facts.stores()) {
      if (validNode(facts, store.value()))
        from.get(field(store.owner(), store.name())).add(node(m.index(), store.value()));
    }
  }
}
