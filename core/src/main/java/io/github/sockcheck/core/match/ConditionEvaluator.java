package io.github.sockcheck.core.match;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.Ecosystem;
import io.github.sockcheck.core.facts.Guard;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.facts.TypeLiteral;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.MemberPattern;
import io.github.sockcheck.core.rules.ValueTest;
import io.github.sockcheck.core.versions.MavenVersionScheme;
import io.github.sockcheck.core.versions.Pep440VersionScheme;
import io.github.sockcheck.core.versions.RuntimeVersions;
import io.github.sockcheck.core.versions.VersionScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Evaluates a rule's {@code where} tree against one call site whose arguments are already bound to
 * roles. An unknown value never satisfies a value test; {@code not} inverts; a {@code runtime} test
 * is decided by {@link RuntimeDecision} over the call site's project: when no evidence names the
 * target version it holds and the outcome says so, when only a supported range admits the rule's
 * range it holds as uncertain (the finding is then weakened).
 */
public final class ConditionEvaluator {

  /** Decides whether a runtime version ({@code "17"}, {@code "3.11"}) lies in a rule's range. */
  @FunctionalInterface
  public interface RangeCheck {
    boolean contains(String runtime, String range, String version);

    /** {@link RuntimeVersions}: Maven ranges for java, PEP 440 specifier sets for python. */
    RangeCheck DEFAULT = RuntimeVersions::contains;
  }

  /**
   * Decides a {@code runtime} condition for one call site (from the facts of the site's project).
   */
  @FunctionalInterface
  public interface RuntimeLookup {
    RuntimeDecision.Result test(String runtime, String range, CallSite site);

    /** From one exact version per runtime for every site (empty: unknown) and a range check. */
    static RuntimeLookup of(Function<String, Optional<String>> runtimes, RangeCheck ranges) {
      return (runtime, range, site) -> {
        Optional<String> version = runtimes.apply(runtime);
        if (version.isEmpty() || version.get().isBlank()) return RuntimeDecision.unknown(runtime);
        String v = version.get().trim();
        String shown = RuntimeDecision.label(runtime) + " " + RuntimeVersions.normalize(runtime, v);
        return ranges.contains(runtime, range, v)
            ? new RuntimeDecision.Result(RuntimeDecision.Verdict.CONFIRMED, null, shown, shown)
            : new RuntimeDecision.Result(
                RuntimeDecision.Verdict.NOT_AFFECTED, null, shown, shown + " is outside " + range);
      };
    }
  }

  /**
   * @param holds whether the condition is true
   * @param uses the result uses that satisfied {@code result-used-by} tests in true branches
   * @param unknownRuntimes runtimes whose version was unknown in true branches
   * @param knownRuntimes runtime → version of the runtime tests that were decided with a known
   *     version
   * @param uncertainRuntimes runtime → note, for runtime tests that held only because a supported
   *     range or a test setup admits the rule's range
   */
  public record Outcome(
      boolean holds,
      List<ResultUse> uses,
      java.util.SortedSet<String> unknownRuntimes,
      java.util.SortedMap<String, String> knownRuntimes,
      java.util.SortedMap<String, String> uncertainRuntimes) {

    static Outcome of(boolean holds) {
      return new Outcome(
          holds, new ArrayList<>(), new TreeSet<>(), new TreeMap<>(), new TreeMap<>());
    }

    void absorb(Outcome other) {
      for (ResultUse use : other.uses) if (!uses.contains(use)) uses.add(use);
      unknownRuntimes.addAll(other.unknownRuntimes);
      knownRuntimes.putAll(other.knownRuntimes);
      uncertainRuntimes.putAll(other.uncertainRuntimes);
    }
  }

  private final RuntimeLookup runtimes;
  private final List<Dependency> dependencies;

  public ConditionEvaluator(Function<String, Optional<String>> runtimes, RangeCheck ranges) {
    this(RuntimeLookup.of(runtimes, ranges));
  }

  public ConditionEvaluator(RuntimeLookup runtimes) {
    this(runtimes, List.of());
  }

  private ConditionEvaluator(RuntimeLookup runtimes, List<Dependency> dependencies) {
    this.runtimes = runtimes;
    this.dependencies = List.copyOf(dependencies);
  }

  /**
   * The same evaluator, knowing the project's dependencies (for quick-fix {@code dependency}
   * conditions).
   */
  public ConditionEvaluator withDependencies(List<Dependency> known) {
    return new ConditionEvaluator(runtimes, known);
  }

  public ConditionEvaluator() {
    this(runtime -> Optional.empty(), RangeCheck.DEFAULT);
  }

  /**
   * @param roleArgs role → argument; a role missing from the map counts as {@link ArgFact#ABSENT}
   * @param condition null means "always"
   */
  public Outcome evaluate(Condition condition, Map<String, ArgFact> roleArgs, CallSite site) {
    if (condition == null) return Outcome.of(true);
    List<Map<String, ArgFact>> paths = ValuePaths.of(roleArgs);
    if (paths.size() == 1) return evaluateOnPath(condition, paths.get(0), site);
    // Several values reach some argument: the call matches when the condition holds on some path, a
    // path
    // being one value per argument.
    Outcome last = Outcome.of(false);
    for (Map<String, ArgFact> path : paths) {
      Outcome o = evaluateOnPath(condition, path, site);
      if (o.holds()) return o;
      last = o;
    }
    return last;
  }

  /** The condition with every argument bound to one value. */
  private Outcome evaluateOnPath(
      Condition condition, Map<String, ArgFact> roleArgs, CallSite site) {
    if (condition == null) return Outcome.of(true);
    if (condition instanceof Condition.All all) {
      Outcome result = Outcome.of(true);
      for (Condition c : all.conditions()) {
        Outcome o = evaluateOnPath(c, roleArgs, site);
        if (!o.holds()) return Outcome.of(false);
        result.absorb(o);
      }
      return result;
    }
    if (condition instanceof Condition.Any any) {
      Outcome result = Outcome.of(false);
      boolean holds = false;
      for (Condition c : any.conditions()) {
        Outcome o = evaluateOnPath(c, roleArgs, site);
        if (o.holds()) {
          holds = true;
          result.absorb(o);
        }
      }
      if (!holds) return result;
      Outcome yes = Outcome.of(true);
      yes.absorb(result);
      return yes;
    }
    if (condition instanceof Condition.Not not) {
      Outcome inner = evaluateOnPath(not.condition(), roleArgs, site);
      Outcome result = Outcome.of(!inner.holds());
      // An unknown or merely admitted runtime under `not` still makes the verdict uncertain.
      result.unknownRuntimes().addAll(inner.unknownRuntimes());
      result.uncertainRuntimes().putAll(inner.uncertainRuntimes());
      return result;
    }
    if (condition instanceof Condition.Arg arg) {
      ArgFact fact = roleArgs.getOrDefault(arg.role(), ArgFact.ABSENT);
      return Outcome.of(test(arg.test(), fact));
    }
    if (condition instanceof Condition.ResultUsedBy usedBy) {
      Outcome result = Outcome.of(false);
      for (ResultUse use : site.resultUses()) {
        for (MemberPattern p : usedBy.calls()) {
          if (p.matches(use.owner(), use.member())) {
            if (usesArgumentsAsRequired(usedBy, use, site) && !result.uses().contains(use))
              result.uses().add(use);
            break;
          }
        }
      }
      if (result.uses().isEmpty()) return result;
      Outcome yes = Outcome.of(true);
      yes.absorb(result);
      return yes;
    }
    if (condition instanceof Condition.GuardedBy guardedBy)
      return Outcome.of(guarded(guardedBy, site));
    if (condition instanceof Condition.ResultCastTo castTo) {
      for (String cast : site.resultCasts()) {
        for (String type : castTo.types()) {
          if (typeMatches(type, cast)) return Outcome.of(true);
        }
      }
      return Outcome.of(false);
    }
    if (condition instanceof Condition.ChannelClass channel) {
      // Every known class must pass: code that configures a domain channel on one path and an IP
      // channel on another almost always picks the address on the same test (camel-netty's
      // NettyProducer), and the paths are not correlated here. None known: false.
      if (site.configuredClasses().isEmpty()) return Outcome.of(false);
      for (String type : site.configuredClasses()) {
        if (classMatches(type, channel.globs()) == channel.notIn()) return Outcome.of(false);
      }
      return Outcome.of(true);
    }
    if (condition instanceof Condition.Runtime rt) {
      RuntimeDecision.Result decision = runtimes.test(rt.runtime(), rt.range(), site);
      Outcome result = Outcome.of(decision.holds());
      switch (decision.verdict()) {
        case UNKNOWN -> result.unknownRuntimes().add(rt.runtime());
        case SOME -> {
          result.knownRuntimes().put(rt.runtime(), versionOf(decision));
          result.uncertainRuntimes().put(rt.runtime(), decision.note());
        }
        default -> result.knownRuntimes().put(rt.runtime(), versionOf(decision));
      }
      return result;
    }
    if (condition instanceof Condition.Dependency dependency)
      return Outcome.of(dependencyInRange(dependency));
    if (condition instanceof Condition.UseArgIpv4 useArg)
      return Outcome.of(QuickFixTests.ipv4Uses(useArg, site));
    throw new IllegalStateException("unhandled condition " + condition);
  }

  /**
   * A use counts when the rule asks nothing of its arguments, or when its own arguments, bound to
   * the entry's roles by position, satisfy the entry's {@code where} on some path (an argument the
   * use does not have is absent).
   */
  private boolean usesArgumentsAsRequired(
      Condition.ResultUsedBy usedBy, ResultUse use, CallSite site) {
    if (usedBy.where() == null) return true;
    return evaluate(usedBy.where(), bind(usedBy.roles(), use.args()), site).holds();
  }

  /** Roles bound to arguments by position; a position past the last argument is absent. */
  private static Map<String, ArgFact> bind(Map<String, Integer> roles, List<ArgFact> args) {
    Map<String, ArgFact> bound = new TreeMap<>();
    roles.forEach(
        (role, position) ->
            bound.put(role, position < args.size() ? args.get(position) : ArgFact.ABSENT));
    return bound;
  }

  /**
   * Some guard of the call needs an outcome the condition names, and one of the values its branch
   * tests is the result of a call matching the condition's patterns whose arguments satisfy its
   * {@code where}.
   */
  private boolean guarded(Condition.GuardedBy guardedBy, CallSite site) {
    for (Guard guard : site.guards()) {
      if (!guardedBy.outcomes().isEmpty() && !guardedBy.outcomes().contains(guard.outcome()))
        continue;
      for (ArgFact.Value value : guard.tested().values()) {
        if (!producedByOneOf(guardedBy.calls(), value)) continue;
        if (guardedBy.where() == null) return true;
        if (evaluate(guardedBy.where(), bind(guardedBy.roles(), value.producerArgs()), site)
            .holds()) return true;
      }
    }
    return false;
  }

  /** "3.11" of "Python 3.11". */
  private static String versionOf(RuntimeDecision.Result decision) {
    String shown = decision.shown();
    return shown.substring(shown.indexOf(' ') + 1);
  }

  /**
   * Every exactly known version of the named dependencies lies in the range; false when none is
   * known.
   */
  private boolean dependencyInRange(Condition.Dependency dependency) {
    boolean found = false;
    for (Dependency d : dependencies) {
      if (!dependency.names().contains(d.name()) || d.version() == null) continue;
      found = true;
      VersionScheme scheme =
          Ecosystem.MAVEN.is(d.ecosystem()) ? new MavenVersionScheme() : new Pep440VersionScheme();
      try {
        if (!scheme.contains(dependency.range(), d.version())) return false;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return found;
  }

  /**
   * One value test on one argument: it holds when some value that can reach the argument passes it
   * (the evaluator binds one value per argument, so this is the test on that value). Unknown values
   * never pass.
   */
  public static boolean test(ValueTest test, ArgFact fact) {
    for (ArgFact.Value value : fact.values()) {
      if (test(test, value)) return true;
    }
    return false;
  }

  private static boolean test(ValueTest test, ArgFact.Value value) {
    if (test instanceof ValueTest.Equals eq) {
      Long v = value.intValue();
      return v != null && eq.values().contains(v);
    }
    if (test instanceof ValueTest.LessThan lt) {
      Long v = value.intValue();
      return v != null && v < lt.bound();
    }
    if (test instanceof ValueTest.AtMost am) {
      Long v = value.intValue();
      return v != null && v <= am.bound();
    }
    if (test instanceof ValueTest.IsNull) return value.origin() == ArgOrigin.NULL;
    if (test instanceof ValueTest.Absent) return value.origin() == ArgOrigin.ABSENT;
    if (test instanceof ValueTest.Constant c) {
      String name = value.constantName();
      if (name == null) return false;
      String simple = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
      for (String glob : c.names()) {
        Pattern p = globPattern(glob);
        if (p.matcher(name).matches() || p.matcher(simple).matches()) return true;
      }
      return false;
    }
    if (test instanceof ValueTest.FromCall fc) return producedByOneOf(fc.calls(), value);
    if (test instanceof ValueTest.StringValue sv) {
      return value.origin() == ArgOrigin.CONSTANT
          && value.constant() instanceof String text
          && sv.values().contains(text);
    }
    if (test instanceof ValueTest.Is is) {
      if (value.origin() != ArgOrigin.CONSTANT) return false;
      if (value.constant() instanceof Boolean b) return b == is.value();
      Long v = value.intValue();
      return v != null && v == (is.value() ? 1L : 0L);
    }
    if (test instanceof ValueTest.ClassLiteral cl) {
      if (!(value.constant() instanceof TypeLiteral literal)) return false;
      return classMatches(literal.type(), cl.types());
    }
    if (test instanceof ValueTest.Origin o) return o.origins().contains(value.origin());
    throw new IllegalStateException("unhandled value test " + test);
  }

  /** The value is the result of a call matching one of {@code calls} (by owner or supertype). */
  private static boolean producedByOneOf(List<MemberPattern> calls, ArgFact.Value value) {
    if (value.origin() != ArgOrigin.CALL || value.producedBy() == null) return false;
    MemberPattern produced = MemberPattern.parse(value.producedBy());
    String owner = value.producedBy().indexOf('#') < 0 ? null : produced.owner();
    for (MemberPattern p : calls) {
      if (p.matches(owner, produced.member())) return true;
      for (String supertype : value.producerSupertypes()) {
        if (p.owner().indexOf('.') > 0 && p.matches(supertype, produced.member())) return true;
      }
    }
    return false;
  }

  /**
   * A class glob matches the qualified name ({@code $} or {@code .} for nesting), the name inside
   * its package ({@code Outer.Inner}) or the simple name.
   */
  private static boolean classMatches(String type, List<String> globs) {
    String dotted = type.replace('$', '.');
    String nested = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    String simple = type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    for (String glob : globs) {
      Pattern p = globPattern(glob);
      if (p.matcher(type).matches()
          || p.matcher(dotted).matches()
          || p.matcher(nested).matches()
          || p.matcher(simple).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean typeMatches(String pattern, String type) {
    if (pattern.equals(type)) return true;
    if (pattern.indexOf('.') >= 0) return false;
    return pattern.equals(
        type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1));
  }

  private static Pattern globPattern(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char ch : glob.toCharArray()) {
      if (ch == '*') regex.append(".*");
      else if (ch == '?') regex.append('.');
      else regex.append(Pattern.quote(String.valueOf(ch)));
    }
    return Pattern.compile(regex.toString());
  }
}
