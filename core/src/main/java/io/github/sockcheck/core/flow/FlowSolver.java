package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.flow.Program.MethodRef;
import io.github.sockcheck.core.index.CallPatternIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Follows values through the whole scanned program: where an argument's values come from, which
 * calls a call's result reaches, and what more code would sharpen those answers. Deterministic:
 * answers depend only on the facts, never on hash or thread order.
 */
public final class FlowSolver {

  /**
   * One call of the program: {@code call} indexes {@code method.calls()}. Two refs are equal when
   * they name the same place (the same method object and index), never by comparing the facts'
   * contents, which would make every lookup as slow as a walk over the method.
   */
  public record CallRef(ClassFacts owner, MethodFacts method, int call) {
    public CallFact fact() {
      return method.calls().get(call);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CallRef r && r.method == method && r.owner == owner && r.call == call;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(method) + call;
    }
  }

  private final Program program;
  private final ValueGraph graph;
  private List<List<Integer>> forward;
  private Map<Integer, List<int[]>> receiverOf;
  private Map<Integer, List<int[]>> testedBy;
  private Map<Integer, Integer> returnOf;

  /** Per call ({@code method index << 32 | call index}), the vertices of its result nodes. */
  private Map<Long, List<Integer>> resultsOf;

  private final Map<MethodFacts, Integer> methodIndex = new java.util.IdentityHashMap<>();

  /**
   * The origins of each vertex asked for so far: rules ask for the same arguments and receivers
   * again and again, and building a sorted set of origins is most of the cost.
   */
  private final Map<Integer, SortedSet<Origin>> originsOf = new HashMap<>();

  public FlowSolver(List<ClassFacts> classes, FlowModel model) {
    this.program = new Program(classes);
    this.graph = new ValueGraph(program, model);
    for (MethodRef m : program.methods()) methodIndex.putIfAbsent(m.method(), m.index());
  }

  /** Every call of the program, in class and method order. */
  public List<CallRef> calls() {
    List<CallRef> calls = new ArrayList<>();
    for (MethodRef m : program.methods()) {
      for (int c = 0; c < m.method().calls().size(); c++)
        calls.add(new CallRef(m.owner(), m.method(), c));
    }
    return calls;
  }

  /** The library knowledge the solver was built with. */
  public FlowModel model() {
    return graph.model();
  }

  /** Every method of the program with the class that declares it. */
  public List<Map.Entry<ClassFacts, MethodFacts>> methods() {
    List<Map.Entry<ClassFacts, MethodFacts>> all = new ArrayList<>();
    for (MethodRef m : program.methods()) all.add(Map.entry(m.owner(), m.method()));
    return all;
  }

  /** Supertypes of {@code type} declared in the program (not those only a classpath knows). */
  public Set<String> programSupertypes(String type) {
    return program.supertypes(type);
  }

  /** The origins of argument {@code index} of a call: one per way a value can reach it. */
  public SortedSet<Origin> argumentOrigins(CallRef call, int index) {
    return origins(vertexOfArgument(call, index));
  }

  /** The call a {@link Origin.Call} stands for, when it is a call of this program. */
  public java.util.Optional<CallRef> producer(Origin.Call origin) {
    int at = origin.site().lastIndexOf('@');
    if (at < 0) return java.util.Optional.empty();
    MethodRef m = program.method(origin.site().substring(0, at));
    int call;
    try {
      call = Integer.parseInt(origin.site().substring(at + 1));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
    if (m == null || call < 0 || call >= m.method().calls().size())
      return java.util.Optional.empty();
    return java.util.Optional.of(new CallRef(m.owner(), m.method(), call));
  }

  /** The origins of a call's receiver (empty for static calls and constructors). */
  public SortedSet<Origin> receiverOrigins(CallRef call) {
    int receiver = call.fact().receiver();
    if (receiver < 0 || receiver >= call.method().nodes().size()) return new TreeSet<>();
    return origins(graph.node(indexOf(call), receiver));
  }

  /**
   * The origins of value {@code node} of the method a call is in (a node a {@link
   * CallFact.BranchGuard} of that call tests).
   */
  public SortedSet<Origin> nodeOrigins(CallRef call, int node) {
    if (node < 0 || node >= call.method().nodes().size()) return origins(-1);
    return origins(graph.node(indexOf(call), node));
  }

  /**
   * Calls (other than itself) whose receiver may be the value this call returned or constructed.
   */
  public List<CallRef> uses(CallRef call) {
    BitSet reached = reachedFromResult(call);
    List<CallRef> uses = new ArrayList<>();
    if (reached.isEmpty()) return uses;
    ensureForward();
    for (int v = reached.nextSetBit(0); v >= 0; v = reached.nextSetBit(v + 1)) {
      for (int[] use : receiverOf.getOrDefault(v, List.of())) {
        MethodRef m = program.methods().get(use[0]);
        CallRef ref = new CallRef(m.owner(), m.method(), use[1]);
        if (!(ref.method() == call.method() && ref.call() == call.call()) && !uses.contains(ref))
          uses.add(ref);
      }
    }
    uses.sort((a, b) -> compare(a, b));
    return uses;
  }

  /** Casts and instanceof tests of the value this call returned or constructed. */
  public List<TypeTest> casts(CallRef call) {
    BitSet reached = reachedFromResult(call);
    Set<TypeTest> tests = new LinkedHashSet<>();
    ensureForward();
    for (int v = reached.nextSetBit(0); v >= 0; v = reached.nextSetBit(v + 1)) {
      for (int[] test : testedBy.getOrDefault(v, List.of())) {
        tests.add(program.methods().get(test[0]).method().typeTests().get(test[1]));
      }
    }
    return new ArrayList<>(tests);
  }

  /**
   * The calls a library makes on the value this call returned or constructed, when the value is
   * passed to a library call the model says uses that argument ({@code new
   * NioServerSocketChannel(ssc)} calls {@code ssc.socket()}): each with the library call it happens
   * in, in program order.
   */
  public List<Map.Entry<CallRef, ArgumentUse>> libraryUses(CallRef call) {
    BitSet reached = reachedFromResult(call);
    List<Map.Entry<CallRef, ArgumentUse>> found = new ArrayList<>();
    for (int v = reached.nextSetBit(0); v >= 0; v = reached.nextSetBit(v + 1)) {
      for (int[] at : graph.argumentOf(v)) {
        MethodRef m = program.methods().get(at[0]);
        CallFact fact = m.method().calls().get(at[1]);
        for (int a = 0; a < fact.args().size(); a++) {
          int node = fact.args().get(a);
          if (node < 0 || node >= m.method().nodes().size() || graph.node(m.index(), node) != v)
            continue;
          for (ArgumentUse use : graph.model().argumentUses(fact, a)) {
            Map.Entry<CallRef, ArgumentUse> e =
                Map.entry(new CallRef(m.owner(), m.method(), at[1]), use);
            if (!found.contains(e)) found.add(e);
          }
        }
      }
    }
    found.sort((a, b) -> compare(a.getKey(), b.getKey()));
    return found;
  }

  /**
   * The calls made on the object a library call creates from a class literal ({@link
   * Instantiation}): the calls on any value the receiver may be (the bootstrap, wherever it was
   * built), on the results of calls the model says {@linkplain FlowModel#handsOn hand the created
   * object on} (its {@code bind()} future, the future's {@code channel()}), and inside listeners
   * the model says are called back with them.
   */
  public List<CallRef> createdUses(CallRef call) {
    BitSet reached = createdReach(call, new TreeSet<>());
    List<CallRef> uses = new ArrayList<>();
    for (int v = reached.nextSetBit(0); v >= 0; v = reached.nextSetBit(v + 1)) {
      for (int[] use : receiverOf.getOrDefault(v, List.of())) {
        MethodRef m = program.methods().get(use[0]);
        CallRef ref = new CallRef(m.owner(), m.method(), use[1]);
        if (!ref.equals(call) && !uses.contains(ref)) uses.add(ref);
      }
    }
    uses.sort((a, b) -> compare(a, b));
    return uses;
  }

  /**
   * The classes the builder of this call is configured to instantiate: the class literals reaching
   * the class argument of every {@linkplain FlowModel#instantiation instantiating} call ({@code
   * bootstrap.channel(X.class)}) made on the same builder. The builder is any value the call's
   * receiver may be (the bootstrap, through a fluent chain, a local or a field), or for a call
   * without receiver (a static factory such as grpc's {@code forAddress}) the value it returns.
   * Empty when no class literal is known in the scanned code.
   */
  public SortedSet<String> configuredClasses(CallRef call) {
    SortedSet<String> classes = new TreeSet<>();
    if (graph.model().instantiations().isEmpty()) return classes;
    ensureForward();
    int m = indexOf(call);
    BitSet builder = new BitSet(graph.size());
    Deque<Integer> queue = new ArrayDeque<>();
    int receiver = call.fact().receiver();
    if (receiver >= 0 && receiver < call.method().nodes().size()) {
      eachBackward(graph.node(m, receiver), v -> mark(v, builder, queue));
    } else {
      for (int v : resultsOf.getOrDefault(key(m, call.call()), List.of())) mark(v, builder, queue);
    }
    while (!queue.isEmpty()) for (int w : forward.get(queue.poll())) mark(w, builder, queue);
    for (int v = builder.nextSetBit(0); v >= 0; v = builder.nextSetBit(v + 1)) {
      for (int[] use : receiverOf.getOrDefault(v, List.of())) {
        MethodRef user = program.methods().get(use[0]);
        CallRef setter = new CallRef(user.owner(), user.method(), use[1]);
        java.util.Optional<Instantiation> inst = graph.model().instantiation(setter.fact());
        if (inst.isEmpty()) continue;
        for (Origin o : argumentOrigins(setter, inst.get().classArg())) {
          if (o instanceof Origin.ClassLiteral literal) classes.add(literal.type());
        }
      }
    }
    return classes;
  }

  /**
   * Vertices that may hold the created object, or an object that leads to it; {@code missing}:
   * listener classes not in the program.
   */
  private BitSet createdReach(CallRef call, Set<String> missing) {
    ensureForward();
    BitSet seen = new BitSet(graph.size());
    Deque<Integer> queue = new ArrayDeque<>();
    int m = indexOf(call);
    int receiver = call.fact().receiver();
    if (receiver >= 0 && receiver < call.method().nodes().size()) {
      // Backwards first: the receiver may be a local, a fluent chain or a field holding the
      // bootstrap.
      BitSet back = new BitSet(graph.size());
      Deque<Integer> up = new ArrayDeque<>(List.of(graph.node(m, receiver)));
      back.set(graph.node(m, receiver));
      while (!up.isEmpty()) {
        for (int w : graph.from(up.poll())) {
          if (!back.get(w)) {
            back.set(w);
            up.add(w);
          }
        }
      }
      for (int v = back.nextSetBit(0); v >= 0; v = back.nextSetBit(v + 1)) mark(v, seen, queue);
    }
    for (int v : resultsOf.getOrDefault(key(m, call.call()), List.of())) mark(v, seen, queue);
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int w : forward.get(v)) mark(w, seen, queue);
      for (int[] use : receiverOf.getOrDefault(v, List.of())) {
        MethodRef user = program.methods().get(use[0]);
        CallFact fact = user.method().calls().get(use[1]);
        if (graph.model().handsOn(fact)) {
          for (int r : resultsOf.getOrDefault(key(use[0], use[1]), List.of())) mark(r, seen, queue);
        }
        graph
            .model()
            .callback(fact)
            .ifPresent(
                cb -> {
                  for (Origin o :
                      argumentOrigins(
                          new CallRef(user.owner(), user.method(), use[1]), cb.listenerArg())) {
                    if (!(o instanceof Origin.Call listener) || !listener.member().equals("<init>"))
                      continue;
                    if (!program.contains(listener.owner())) {
                      missing.add(listener.owner());
                      continue;
                    }
                    for (MethodRef target :
                        program.implementation(listener.owner(), cb.method(), cb.arity())) {
                      mark(graph.parameter(target.index(), cb.parameter()), seen, queue);
                    }
                  }
                });
      }
    }
    return seen;
  }

  private static void mark(int v, BitSet seen, Deque<Integer> queue) {
    if (!seen.get(v)) {
      seen.set(v);
      queue.add(v);
    }
  }

  private static long key(int method, int call) {
    return ((long) method << 32) | call;
  }

  /**
   * What more code would sharpen the answers for the calls {@code index} may match: callers of
   * package-private methods their arguments come from, writers and readers of non-private fields on
   * the way, callers of methods that return their results, and classes their values pass through.
   */
  public SortedSet<Need> needs(CallPatternIndex index) {
    SortedSet<Need> needs = new TreeSet<>();
    for (CallRef call : calls()) {
      CallFact fact = call.fact();
      Set<String> supertypes = new LinkedHashSet<>(fact.ownerSupertypes());
      supertypes.addAll(program.supertypes(fact.owner()));
      if (!index.mayMatch(fact.owner(), supertypes, fact.member(), fact.args().size())) continue;
      for (int a = 0; a < fact.args().size(); a++) {
        int v = vertexOfArgument(call, a);
        if (v >= 0) backwardNeeds(v, needs);
      }
      forwardNeeds(reachedFromResult(call), needs);
    }
    for (CallRef call : calls()) {
      if (!createsMatchable(call, index)) continue;
      Set<String> missing = new TreeSet<>();
      forwardNeeds(createdReach(call, missing), needs);
      for (String type : missing) classNeed(type, needs);
    }
    return needs;
  }

  /**
   * The class literals an instantiating call may construct that some call rule's pattern may match.
   */
  public List<String> createdTypes(CallRef call, CallPatternIndex index) {
    List<String> types = new ArrayList<>();
    java.util.Optional<Instantiation> inst = graph.model().instantiation(call.fact());
    if (inst.isEmpty()) return types;
    for (Origin o : argumentOrigins(call, inst.get().classArg())) {
      if (o instanceof Origin.ClassLiteral literal
          && index.mayMatchCreated(
              literal.type(),
              program.supertypes(literal.type()),
              inst.get().constructorParams().size())) {
        types.add(literal.type());
      }
    }
    return types;
  }

  private boolean createsMatchable(CallRef call, CallPatternIndex index) {
    return graph.model().instantiation(call.fact()).isPresent()
        && !createdTypes(call, index).isEmpty();
  }

  // --- graph walks
  // --------------------------------------------------------------------------------

  private int indexOf(CallRef call) {
    Integer index = methodIndex.get(call.method());
    if (index == null) throw new IllegalArgumentException("not a call of this program: " + call);
    return index;
  }

  private int vertexOfArgument(CallRef call, int index) {
    List<Integer> args = call.fact().args();
    if (index < 0 || index >= args.size()) return -1;
    int node = args.get(index);
    if (node < 0 || node >= call.method().nodes().size()) return -1;
    return graph.node(indexOf(call), node);
  }

  private SortedSet<Origin> origins(int start) {
    SortedSet<Origin> known = originsOf.get(start);
    if (known == null) {
      known = computeOrigins(start);
      originsOf.put(start, known);
    }
    return new TreeSet<>(known); // callers may change theirs; a sorted copy is linear
  }

  private SortedSet<Origin> computeOrigins(int start) {
    SortedSet<Origin> found = new TreeSet<>();
    if (start < 0) {
      found.add(new Origin.Unknown("no value"));
      return found;
    }
    eachBackward(start, v -> found.addAll(graph.terminals(v)));
    if (found.isEmpty()) found.add(new Origin.Unknown("no value reaches it"));
    return found;
  }

  /**
   * Vertices that may hold the value a call returned or constructed (empty for void and super
   * calls).
   */
  private BitSet reachedFromResult(CallRef call) {
    BitSet seen = new BitSet(graph.size());
    int m = indexOf(call);
    List<ValueNode> nodes = call.method().nodes();
    ensureForward();
    Deque<Integer> queue = new ArrayDeque<>();
    for (int n = 0; n < nodes.size(); n++) {
      if (nodes.get(n) instanceof ValueNode.CallResult r && r.call() == call.call()) {
        int v = graph.node(m, n);
        seen.set(v);
        queue.add(v);
      }
    }
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int w : forward.get(v)) {
        if (!seen.get(w)) {
          seen.set(w);
          queue.add(w);
        }
      }
    }
    return seen;
  }

  private void ensureForward() {
    if (forward != null) return;
    forward = new ArrayList<>(graph.size());
    for (int v = 0; v < graph.size(); v++) forward.add(new ArrayList<>(2));
    for (int v = 0; v < graph.size(); v++) for (int w : graph.from(v)) forward.get(w).add(v);
    receiverOf = new HashMap<>();
    testedBy = new HashMap<>();
    returnOf = new HashMap<>();
    resultsOf = new HashMap<>();
    for (MethodRef m : program.methods()) {
      MethodFacts facts = m.method();
      for (int n = 0; n < facts.nodes().size(); n++) {
        if (facts.nodes().get(n) instanceof ValueNode.CallResult r) {
          resultsOf
              .computeIfAbsent(key(m.index(), r.call()), k -> new ArrayList<>())
              .add(graph.node(m.index(), n));
        }
      }
      for (int c = 0; c < facts.calls().size(); c++) {
        int r = facts.calls().get(c).receiver();
        if (r >= 0 && r < facts.nodes().size()) {
          receiverOf
              .computeIfAbsent(graph.node(m.index(), r), k -> new ArrayList<>())
              .add(new int[] {m.index(), c});
        }
      }
      for (int t = 0; t < facts.typeTests().size(); t++) {
        int value = facts.typeTests().get(t).value();
        if (value >= 0 && value < facts.nodes().size()) {
          testedBy
              .computeIfAbsent(graph.node(m.index(), value), k -> new ArrayList<>())
              .add(new int[] {m.index(), t});
        }
      }
      for (int r : facts.returns()) {
        // A return of only parameters is linked per call (ValueGraph): its callers need not be
        // fetched.
        if (r >= 0 && r < facts.nodes().size() && !graph.isParameterReturn(m.index(), r)) {
          returnOf.put(graph.node(m.index(), r), m.index());
        }
      }
    }
  }

  private void backwardNeeds(int start, Set<Need> needs) {
    eachBackward(
        start,
        v -> {
          int method = graph.parameterMethod(v);
          // A public or protected method's parameter is outside by definition: no callers are worth
          // fetching.
          if (method >= 0 && program.methods().get(method).method().access() == Access.PACKAGE) {
            callersNeed(program.methods().get(method), needs);
          }
          fieldNeed(v, needs);
          for (Origin o : graph.terminals(v)) {
            if (o instanceof Origin.Call call) classNeed(call.owner(), needs);
          }
        });
  }

  /** Visits {@code start} and every vertex its value may come from, each once, breadth first. */
  private void eachBackward(int start, IntConsumer visit) {
    BitSet seen = new BitSet(graph.size());
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    seen.set(start);
    while (!queue.isEmpty()) {
      int v = queue.poll();
      visit.accept(v);
      for (int w : graph.from(v)) {
        if (!seen.get(w)) {
          seen.set(w);
          queue.add(w);
        }
      }
    }
  }

  private void forwardNeeds(BitSet reached, Set<Need> needs) {
    for (int v = reached.nextSetBit(0); v >= 0; v = reached.nextSetBit(v + 1)) {
      Integer returning = returnOf.get(v);
      if (returning != null) callersNeed(program.methods().get(returning), needs);
      fieldNeed(v, needs);
      for (int[] call : graph.argumentOf(v)) {
        CallFact fact = program.methods().get(call[0]).method().calls().get(call[1]);
        if (program.targets(fact).isEmpty()) classNeed(fact.owner(), needs);
      }
    }
  }

  private static void callersNeed(MethodRef m, Set<Need> needs) {
    Access access = m.method().access();
    if (access == Access.PRIVATE || m.method().synthetic()) return;
    if (access == Access.PACKAGE || access.openToOutside()) {
      needs.add(new Need.CallersOf(m.owner().name(), m.method().name(), access == Access.PACKAGE));
    }
  }

  private void fieldNeed(int v, Set<Need> needs) {
    String[] field = graph.fieldOf(v);
    if (field == null) return;
    FieldDecl decl = program.fieldDecl(field[0], field[1]);
    if (decl == null) {
      classNeed(field[0], needs);
    } else if (decl.access() != Access.PRIVATE) {
      needs.add(new Need.AccessorsOf(field[0], field[1], decl.access() == Access.PACKAGE));
    }
  }

  private void classNeed(String owner, Set<Need> needs) {
    if (owner == null || owner.equals("*") || program.contains(owner) || isPlatformType(owner))
      return;
    needs.add(new Need.ClassNamed(owner));
  }

  private static boolean isPlatformType(String type) {
    return type.startsWith("java.")
        || type.startsWith("javax.")
        || type.startsWith("jdk.")
        || type.startsWith("sun.");
  }

  private int compare(CallRef a, CallRef b) {
    int byMethod = Integer.compare(indexOf(a), indexOf(b));
    return byMethod != 0 ? byMethod : Integer.compare(a.call(), b.call());
  }
}
