package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Guard;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.flow.FlowSolver.CallRef;
import io.github.sockcheck.core.index.CallPatternIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns the calls of a solved program that a rule may match into the {@link CallSite}s the matcher
 * reads: each argument with every value that can reach it, the calls its result reaches, the types
 * it is cast to. The same code serves every Java front end, so a rule means the same thing
 * whichever saw the code.
 */
public final class ProgramSites {

  private ProgramSites() {}

  /**
   * @param engine the engine id the sites are reported under ({@code source}, {@code bytecode})
   */
  public static List<CallSite> sites(FlowSolver solver, CallPatternIndex index, String engine) {
    List<CallSite> sites = new ArrayList<>();
    for (CallRef call : solver.calls()) {
      CallFact fact = call.fact();
      if (fact.kind() == CallFact.Kind.LAMBDA) continue;
      for (String type : solver.createdTypes(call, index))
        sites.add(createdSite(solver, call, type, engine));
      Set<String> supertypes = new TreeSet<>(fact.ownerSupertypes());
      supertypes.addAll(solver.programSupertypes(fact.owner()));
      if (!index.mayMatch(fact.owner(), supertypes, fact.member(), fact.args().size())) continue;
      sites.add(site(solver, call, supertypes, engine));
    }
    return sites;
  }

  private static CallSite site(
      FlowSolver solver, CallRef call, Set<String> supertypes, String engine) {
    CallFact fact = call.fact();
    List<ArgFact> args = new ArrayList<>();
    for (int i = 0; i < fact.args().size(); i++)
      args.add(argument(solver.argumentOrigins(call, i), fact.argText(i)));
    List<ResultUse> uses = new ArrayList<>();
    Set<String> casts = new TreeSet<>();
    boolean hasResult =
        fact.kind() == CallFact.Kind.CONSTRUCTOR
            || (fact.kind() != CallFact.Kind.SUPER_CONSTRUCTOR
                && !"void".equals(fact.returnType()));
    if (hasResult) {
      for (CallRef use : solver.uses(call)) uses.add(resultUse(solver, use));
      for (TypeTest test : solver.casts(call)) casts.add(test.type());
      for (Map.Entry<CallRef, ArgumentUse> inside : solver.libraryUses(call)) {
        ArgumentUse use = inside.getValue();
        uses.add(
            new ResultUse(
                use.use().owner(), use.use().member(), inside.getKey().fact().location()));
      }
    }
    String enclosing = call.owner().name() + "#" + call.method().name();
    return CallSite.builder(Language.JAVA, fact.owner(), fact.member())
        .ownerSupertypes(supertypes)
        .paramTypes(fact.paramTypes())
        .returnType(fact.returnType())
        .args(args)
        .resultUses(uses)
        .resultCasts(casts)
        .location(fact.location())
        .enclosing(enclosing)
        .resolved(fact.resolved())
        .engine(engine)
        .guards(guards(solver, call))
        .configuredClasses(solver.configuredClasses(call))
        .build();
  }

  /** A call made on a call's result (or created object), with what its arguments are. */
  private static ResultUse resultUse(FlowSolver solver, CallRef use) {
    CallFact u = use.fact();
    return new ResultUse(
        u.owner() == null ? "*" : u.owner(), u.member(), u.location(), useArguments(solver, use));
  }

  /**
   * The branches a call is reached through only on one outcome, each tested value with the values
   * it was computed from one call deep (a library call's receiver and arguments), every call result
   * among them carrying its own arguments.
   */
  private static List<Guard> guards(FlowSolver solver, CallRef call) {
    List<Guard> guards = new ArrayList<>();
    for (CallFact.BranchGuard branch : call.fact().guards()) {
      List<ArgFact.Value> values = new ArrayList<>();
      for (Origin o : solver.nodeOrigins(call, branch.node())) {
        addWithArguments(solver, o, values);
        if (o instanceof Origin.Call c) {
          solver
              .producer(c)
              .ifPresent(
                  p -> {
                    for (Origin r : solver.receiverOrigins(p)) addWithArguments(solver, r, values);
                    for (int k = 0; k < p.fact().args().size(); k++) {
                      for (Origin a : solver.argumentOrigins(p, k))
                        addWithArguments(solver, a, values);
                    }
                  });
        }
      }
      // A constant operand (`x > 0` in source, `x > 5` in both engines) is not what a branch tests.
      if (values.stream()
          .allMatch(v -> v.origin() == ArgOrigin.CONSTANT || v.origin() == ArgOrigin.NULL))
        continue;
      Guard guard = new Guard(new ArgFact(values, null), branch.outcome());
      if (!guards.contains(guard)) guards.add(guard);
    }
    return guards;
  }

  private static void addWithArguments(
      FlowSolver solver, Origin origin, List<ArgFact.Value> values) {
    ArgFact.Value v = withProducerArgs(solver, origin);
    if (!values.contains(v)) values.add(v);
  }

  /**
   * The constructor call a library makes for a class literal ({@code bootstrap.channel(X.class)}
   * runs {@code new X()}), as a call site at the library call: no arguments, the created object's
   * uses.
   */
  private static CallSite createdSite(FlowSolver solver, CallRef call, String type, String engine) {
    CallFact fact = call.fact();
    Instantiation inst = solver.model().instantiation(fact).orElseThrow();
    List<ResultUse> uses = new ArrayList<>();
    for (CallRef use : solver.createdUses(call)) uses.add(resultUse(solver, use));
    String enclosing = call.owner().name() + "#" + call.method().name();
    return CallSite.builder(Language.JAVA, type, "<init>")
        .ownerSupertypes(new TreeSet<>(solver.programSupertypes(type)))
        .paramTypes(inst.constructorParams())
        .returnType("void")
        .resultUses(uses)
        .location(fact.location())
        .enclosing(enclosing)
        .resolved(fact.resolved())
        .engine(engine)
        .build();
  }

  /**
   * The arguments of a call that uses a result, each value that a library call produced carrying
   * that call's own arguments (one level), so that {@code join(InetAddress.getByName("224.0.0.1"),
   * nif)} shows its group.
   */
  private static List<ArgFact> useArguments(FlowSolver solver, CallRef use) {
    CallFact fact = use.fact();
    List<ArgFact> args = new ArrayList<>();
    for (int i = 0; i < fact.args().size(); i++) {
      List<ArgFact.Value> values = new ArrayList<>();
      for (Origin o : solver.argumentOrigins(use, i)) {
        ArgFact.Value v = withProducerArgs(solver, o);
        if (!values.contains(v)) values.add(v);
      }
      args.add(new ArgFact(values, fact.argText(i)));
    }
    return args;
  }

  /** A value; when a call of the program produced it, with that call's arguments (one level). */
  private static ArgFact.Value withProducerArgs(FlowSolver solver, Origin o) {
    ArgFact.Value v = value(o);
    if (!(o instanceof Origin.Call call)) return v;
    List<ArgFact> producerArgs =
        solver
            .producer(call)
            .map(
                p -> {
                  List<ArgFact> inner = new ArrayList<>();
                  for (int k = 0; k < p.fact().args().size(); k++) {
                    inner.add(argument(solver.argumentOrigins(p, k), p.fact().argText(k)));
                  }
                  return inner;
                })
            .orElse(List.<ArgFact>of());
    return new ArgFact.Value(
        v.origin(),
        v.constant(),
        v.constantName(),
        v.producedBy(),
        v.producerSupertypes(),
        producerArgs);
  }

  /** The matcher's view of a value's origins. */
  static ArgFact argument(SortedSet<Origin> origins, String text) {
    List<ArgFact.Value> values = new ArrayList<>();
    for (Origin o : origins) {
      ArgFact.Value v = value(o);
      if (!values.contains(v)) values.add(v);
    }
    return new ArgFact(values, text);
  }

  private static ArgFact.Value value(Origin origin) {
    if (origin instanceof Origin.Constant c)
      return new ArgFact.Value(ArgOrigin.CONSTANT, c.value(), c.name(), null);
    if (origin instanceof Origin.Null) return new ArgFact.Value(ArgOrigin.NULL, null, null, null);
    if (origin instanceof Origin.ClassLiteral c) {
      return new ArgFact.Value(
          ArgOrigin.CONSTANT, new io.github.sockcheck.core.facts.TypeLiteral(c.type()), null, null);
    }
    if (origin instanceof Origin.Call c) {
      return new ArgFact.Value(
          ArgOrigin.CALL,
          null,
          null,
          (c.owner() == null ? "*" : c.owner()) + "#" + c.member(),
          c.ownerSupertypes());
    }
    if (origin instanceof Origin.Parameter)
      return new ArgFact.Value(ArgOrigin.PARAMETER, null, null, null);
    if (origin instanceof Origin.Field f) {
      return f.constant()
          ? new ArgFact.Value(ArgOrigin.CONSTANT, null, f.owner() + "." + f.name(), null)
          : new ArgFact.Value(ArgOrigin.FIELD, null, null, null);
    }
    return new ArgFact.Value(ArgOrigin.UNKNOWN, null, null, null);
  }

  /**
   * The places the program names a type a {@code code-uses: - type:} pattern looks for, without
   * calling it.
   */
  public static List<TypeRef> typeRefs(FlowSolver solver, CallPatternIndex index) {
    Set<TypeRef> refs = new LinkedHashSet<>();
    for (Map.Entry<ClassFacts, MethodFacts> m : solver.methods()) {
      for (TypeRef ref : m.getValue().typeRefs())
        if (index.typeUses().contains(ref.type())) refs.add(ref);
    }
    return new ArrayList<>(refs);
  }
}
