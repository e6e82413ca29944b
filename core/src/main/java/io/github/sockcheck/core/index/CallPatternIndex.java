package io.github.sockcheck.core.index;

import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.MemberPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.ValueTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one place where the call patterns of a rule pack (call rules' {@code calls} and combination
 * rules' {@code code-uses}) are interpreted for the question "could this call match?". Every
 * pre-filter (source text, class-file constant pool), both engines and the matcher ask it, so a
 * pattern the index does not know cannot be silently skipped by one of them. It errs towards "may":
 * {@link #mayMatch} is true for every call a pattern matches (a property test checks this), and
 * false for as many others as it can.
 */
public final class CallPatternIndex {

  /**
   * A pattern's argument count, or {@link #ANY_ARITY} (no {@code params}, or a varargs overload).
   */
  public static final int ANY_ARITY = -1;

  /**
   * The owner in {@link #classFileProbes()} of patterns that match any owner, or subtypes of a type
   * no model lists the subtypes of.
   */
  public static final String ANY_OWNER = "*";

  public static final String CONSTRUCTOR = "<init>";

  /** One Java pattern as the index keeps it. */
  private record Entry(Rule rule, CallPattern pattern, int arity) {
    boolean arityFits(int args) {
      return arity == ANY_ARITY || args < 0 || arity == args;
    }

    boolean ownerFits(String owner, Set<String> supertypes) {
      String wanted = pattern.owner();
      if (wanted.equals("*") || owner == null || owner.equals("*")) return true;
      if (wanted.equals(owner)) return true;
      return pattern.subtypes() && supertypes.contains(wanted);
    }
  }

  private final Map<String, List<Entry>> javaByMember = new LinkedHashMap<>();
  private final Map<String, List<Rule>> rulesByMember = new HashMap<>();
  private final Set<String> pythonCallees = new TreeSet<>();
  private final Set<String> valueMembers = new TreeSet<>();
  private final Set<String> typeUses = new TreeSet<>();

  public CallPatternIndex(List<Rule> rules) {
    for (Rule rule : rules) {
      for (CallPattern pattern : patternsOf(rule)) {
        List<Rule> forMember =
            rulesByMember.computeIfAbsent(pattern.member(), k -> new ArrayList<>());
        if (!forMember.contains(rule)) forMember.add(rule);
        if (isPython(pattern)) {
          pythonCallees.addAll(pattern.callees());
          continue;
        }
        if (pattern.isTypeUse()) {
          typeUses.add(pattern.owner());
          continue;
        }
        javaByMember
            .computeIfAbsent(pattern.member(), k -> new ArrayList<>())
            .add(new Entry(rule, pattern, arity(pattern)));
      }
      if (rule.call() != null) collectValueMembers(rule.call().where());
    }
  }

  private void collectValueMembers(Condition condition) {
    if (condition instanceof Condition.All all) all.conditions().forEach(this::collectValueMembers);
    else if (condition instanceof Condition.Any any)
      any.conditions().forEach(this::collectValueMembers);
    else if (condition instanceof Condition.Not not) collectValueMembers(not.condition());
    else if (condition instanceof Condition.ResultUsedBy used && used.where() != null)
      collectValueMembers(used.where());
    else if (condition instanceof Condition.GuardedBy guarded) {
      // The guarding call's owner decides the verdict, and its arguments are tested.
      for (MemberPattern p : guarded.calls()) valueMembers.add(p.member());
      if (guarded.where() != null) collectValueMembers(guarded.where());
    } else if (condition instanceof Condition.Arg arg
        && arg.test() instanceof ValueTest.FromCall fromCall) {
      for (MemberPattern p : fromCall.calls()) valueMembers.add(p.member());
    }
  }

  /**
   * Members that {@code from-call} tests name ({@code fd}, {@code socket}): engines resolve calls
   * of these exactly (owner and supertypes), because a rule's verdict depends on which type's
   * method produced a value.
   */
  public Set<String> valueMembers() {
    return Collections.unmodifiableSet(valueMembers);
  }

  /** The call patterns of a rule: its {@code calls}, or every code use of its match blocks. */
  public static List<CallPattern> patternsOf(Rule rule) {
    List<CallPattern> patterns = new ArrayList<>();
    if (rule.call() != null) patterns.addAll(rule.call().calls());
    if (rule.combination() != null) patterns.addAll(rule.combination().allCodeUses());
    return patterns;
  }

  private static boolean isPython(CallPattern pattern) {
    return pattern.language() == Language.PYTHON;
  }

  /** The argument count a pattern requires, {@link #ANY_ARITY} for any. */
  public static int arity(CallPattern pattern) {
    if (pattern.params() == null) return ANY_ARITY;
    List<String> params = pattern.params();
    if (!params.isEmpty()) {
      String last = params.get(params.size() - 1);
      if (last.endsWith("[]") || last.endsWith("...")) return ANY_ARITY;
    }
    return params.size();
  }

  /** True when the pack has no Java pattern: no Java file or class is worth analysing. */
  public boolean noJavaPatterns() {
    return javaByMember.isEmpty() && typeUses.isEmpty();
  }

  /**
   * Types {@code code-uses: - type:} patterns name (fully qualified): a class literal, method
   * reference, instanceof test or cast naming one is a use; calls on it are matched by call
   * patterns.
   */
  public Set<String> typeUses() {
    return Collections.unmodifiableSet(typeUses);
  }

  /**
   * Call and combination rules with a pattern for {@code member} (any owner, any language), in pack
   * order.
   */
  public List<Rule> rulesForMember(String member) {
    return rulesByMember.getOrDefault(member, List.of());
  }

  /** Java member names some pattern names ({@code <init>} for constructors). */
  public Set<String> javaMembers() {
    return Collections.unmodifiableSet(javaByMember.keySet());
  }

  /**
   * Whether a call may match some Java pattern.
   *
   * @param owner the invoked type (fully qualified), or null/{@code *} when unknown
   * @param supertypes the owner's known supertypes
   * @param args the argument count, or a negative number when unknown
   */
  public boolean mayMatch(String owner, Set<String> supertypes, String member, int args) {
    for (Entry e : javaByMember.getOrDefault(member, List.of())) {
      if (e.arityFits(args) && e.ownerFits(owner, supertypes)) return true;
    }
    return false;
  }

  /**
   * Whether a constructor call a library makes from a class literal may match a call rule.
   * Combination rules are left out: they already see the literal itself as a type use.
   */
  public boolean mayMatchCreated(String owner, Set<String> supertypes, int args) {
    for (Entry e : javaByMember.getOrDefault(CONSTRUCTOR, List.of())) {
      if (e.rule().kind() == RuleKind.CALL && e.arityFits(args) && e.ownerFits(owner, supertypes))
        return true;
    }
    return false;
  }

  /**
   * Whether a call named {@code member} with {@code args} arguments may match, whatever its owner.
   */
  public boolean mayMatchName(String member, int args) {
    for (Entry e : javaByMember.getOrDefault(member, List.of())) {
      if (e.arityFits(args)) return true;
    }
    return false;
  }

  /**
   * Whether {@code new <simpleName>(args)} may match: a constructor pattern of a type with that
   * simple name, or one that matches any owner or subtypes (then every constructor may).
   */
  public boolean mayConstruct(String simpleName, int args) {
    for (Entry e : javaByMember.getOrDefault(CONSTRUCTOR, List.of())) {
      if (!e.arityFits(args)) continue;
      if (e.pattern().owner().equals("*") || e.pattern().subtypes()) return true;
      if (e.pattern().ownerSimpleName().equals(simpleName)) return true;
    }
    return false;
  }

  /** A Python callee spelling some pattern names ({@code socket.socket}). */
  public boolean mayMatchPython(String callee) {
    return pythonCallees.contains(callee);
  }

  /**
   * What the source text pre-filter looks for, per member: the simple owner name a file must also
   * mention (null when any owner or a subtype may match) and the arity.
   */
  public Map<String, List<TextProbe>> textProbes() {
    Map<String, List<TextProbe>> probes = new LinkedHashMap<>();
    for (Map.Entry<String, List<Entry>> byMember : javaByMember.entrySet()) {
      for (Entry e : byMember.getValue()) {
        boolean anyOwner = e.pattern().owner().equals("*");
        boolean subtypes = !anyOwner && e.pattern().subtypes();
        probes
            .computeIfAbsent(byMember.getKey(), k -> new ArrayList<>())
            .add(
                new TextProbe(
                    anyOwner || subtypes ? null : e.pattern().ownerSimpleName(),
                    subtypes ? e.pattern().owner() : null,
                    e.arity()));
      }
    }
    return probes;
  }

  /**
   * A text pre-filter probe: {@code ownerSimpleName} null when the owner is not named in the
   * pattern; {@code subtypesOf} the pattern's owner (qualified) when the call may name any of its
   * subtypes ({@code subtypes: true}), else null.
   */
  public record TextProbe(String ownerSimpleName, String subtypesOf, int arity) {}

  /**
   * What the class-file pre-filter looks for: member name → owner internal names ({@code a/b/C})
   * whose method reference makes a class worth analysing, {@link #ANY_OWNER} for patterns with any
   * owner or subtypes.
   */
  public Map<String, Set<String>> classFileProbes() {
    return classFileProbes(type -> null).owners();
  }

  /**
   * What the class-file pre-filter looks for, given what a model of the libraries knows of their
   * subtypes. A {@code subtypes: true} pattern on an owner the model knows needs a reference to the
   * member on the owner or on one of its modelled subtypes ({@code AbstractBootstrap}: also {@code
   * Bootstrap}, {@code ServerBootstrap}), or on a program subtype of one of them, which only the
   * whole program's class headers tell; on an owner the model does not know, any owner.
   *
   * @param modelledSubtypes a type's subtypes (qualified) as the model knows them, null when the
   *     model does not know the type or cannot list all its subtypes
   */
  public ClassFileProbes classFileProbes(Function<String, Set<String>> modelledSubtypes) {
    Map<String, Set<String>> owners = new LinkedHashMap<>();
    Map<String, Set<String>> throughSubtypes = new LinkedHashMap<>();
    for (Map.Entry<String, List<Entry>> byMember : javaByMember.entrySet()) {
      Set<String> forMember = owners.computeIfAbsent(byMember.getKey(), k -> new LinkedHashSet<>());
      for (Entry e : byMember.getValue()) {
        String owner = e.pattern().owner();
        Set<String> modelled =
            owner.equals("*") || !e.pattern().subtypes() ? null : modelledSubtypes.apply(owner);
        if (owner.equals("*") || (e.pattern().subtypes() && modelled == null)) {
          forMember.add(ANY_OWNER);
          continue;
        }
        forMember.add(owner.replace('.', '/'));
        if (modelled == null) continue;
        Set<String> roots =
            throughSubtypes.computeIfAbsent(byMember.getKey(), k -> new LinkedHashSet<>());
        roots.add(owner.replace('.', '/'));
        for (String subtype : modelled) roots.add(subtype.replace('.', '/'));
        forMember.addAll(roots);
      }
    }
    return new ClassFileProbes(owners, throughSubtypes);
  }

  /**
   * The class-file pre-filter's probes.
   *
   * @param owners member → owner internal names whose method reference makes a class worth
   *     analysing, {@link #ANY_OWNER} for any owner
   * @param throughSubtypes member → owner internal names whose program subtypes also count as
   *     owners ({@code class MyBootstrap extends Bootstrap}: {@code myBootstrap.connect(a)}
   *     references {@code MyBootstrap.connect})
   */
  public record ClassFileProbes(
      Map<String, Set<String>> owners, Map<String, Set<String>> throughSubtypes) {}

  /**
   * Types whose no-argument constructor a pattern may match: a class literal of one of them ({@code
   * bootstrap.channel(NioDatagramChannel.class)}) may be constructed by a library (the flow model's
   * {@code instantiates}), so pre-filters keep code that only names them.
   */
  public Set<String> classLiteralTypes() {
    Set<String> types = new TreeSet<>();
    for (Entry e : javaByMember.getOrDefault(CONSTRUCTOR, List.of())) {
      if (e.rule().kind() == RuleKind.CALL && !e.pattern().owner().equals("*") && e.arityFits(0))
        types.add(e.pattern().owner());
    }
    return types;
  }
}
