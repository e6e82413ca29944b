package io.github.sockcheck.core.rules;

import io.github.sockcheck.core.facts.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The enabled rules, indexed for the engines: by call member name (what a call site is looked up by)
 * and as the set of tokens a file must mention to be worth parsing (the text pre-filter).
 */
public final class RulePack {

  private final Map<String, Rule> byId = new LinkedHashMap<>();
  private final Map<String, List<Rule>> callRulesByMember = new HashMap<>();
  private final Set<String> javaTokens = new TreeSet<>();
  private final Set<String> ownerTypes = new TreeSet<>();
  private final Set<String> anyOwnerMembers = new TreeSet<>();

  public RulePack(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort((a, b) -> a.id().compareTo(b.id()));
    for (Rule rule : sorted) {
      byId.put(rule.id(), rule);
      for (CallPattern pattern : callPatterns(rule)) {
        List<Rule> forMember = callRulesByMember.computeIfAbsent(pattern.member(), k -> new ArrayList<>());
        // Two patterns of one rule on one member (System.inheritedChannel, SelectorProvider.inheritedChannel)
        // list the rule once, or the matcher would report it twice at one call.
        if (!forMember.contains(rule)) forMember.add(rule);
        if (pattern.language() != Language.JAVA) continue;
        if (pattern.owner().equals("*")) {
          anyOwnerMembers.add(pattern.member());
          javaTokens.add(pattern.member());
        } else {
          ownerTypes.add(pattern.owner());
          javaTokens.add(pattern.ownerSimpleName());
        }
      }
    }
  }

  private static List<CallPattern> callPatterns(Rule rule) {
    List<CallPattern> patterns = new ArrayList<>();
    if (rule.call() != null) patterns.addAll(rule.call().calls());
    if (rule.combination() != null) patterns.addAll(rule.combination().codeUses());
    return patterns;
  }

  public List<Rule> rules() {
    return List.copyOf(byId.values());
  }

  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Call and combination rules with a call pattern for {@code member} (any owner, any language). */
  public List<Rule> rulesForMember(String member) {
    return callRulesByMember.getOrDefault(member, List.of());
  }

  /**
   * Words a Java source file must contain at least one of to be worth parsing: owner simple names, and
   * member names of patterns that match any owner.
   */
  public Set<String> javaTokens() {
    return Collections.unmodifiableSet(javaTokens);
  }

  /** Fully qualified owner types of all Java call patterns (for the class-file constant-pool pre-filter). */
  public Set<String> ownerTypes() {
    return Collections.unmodifiableSet(ownerTypes);
  }

  /** Member names of Java patterns whose owner is {@code *}: a class referencing none of them (nor an owner type) is skipped. */
  public Set<String> anyOwnerMembers() {
    return Collections.unmodifiableSet(anyOwnerMembers);
  }

  /** A pack with only the rules that pass {@code keep}. */
  public RulePack filter(java.util.function.Predicate<Rule> keep) {
    return new RulePack(byId.values().stream().filter(keep).toList());
  }
}
