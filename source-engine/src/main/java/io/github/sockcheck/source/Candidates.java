package io.github.sockcheck.source;

import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RulePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which calls are worth resolving: method calls whose name and argument count some Java pattern has, and
 * constructor calls of a type whose simple name (and argument count) a {@code <init>} pattern has (all of
 * them when a constructor pattern also matches subtypes or any owner).
 */
final class Candidates {

  static final String CONSTRUCTOR = "<init>";

  /** Any number of arguments (no {@code params}, or a varargs overload). */
  private static final int ANY = -1;

  private final Map<String, Set<Integer>> methods = new HashMap<>();
  private final Map<String, Set<Integer>> constructedTypes = new HashMap<>();
  private boolean anyConstructor;

  Candidates(RulePack pack) {
    for (Rule rule : pack.rules()) {
      List<CallPattern> patterns = new ArrayList<>();
      if (rule.call() != null) patterns.addAll(rule.call().calls());
      if (rule.combination() != null) patterns.addAll(rule.combination().codeUses());
      for (CallPattern p : patterns) {
        if (p.language() != null && p.language() != Language.JAVA) continue;
        int arity = arity(p);
        if (p.member().equals(CONSTRUCTOR)) {
          if (p.owner().equals("*") || p.subtypes()) anyConstructor = true;
          else constructedTypes.computeIfAbsent(p.ownerSimpleName(), k -> new HashSet<>()).add(arity);
        } else {
          methods.computeIfAbsent(p.member(), k -> new HashSet<>()).add(arity);
        }
      }
    }
  }

  /**
   * The number of arguments a call must have to match: a pattern's parameter count, or {@link #ANY}. A call
   * with another count cannot match (the matcher compares the overload, or the argument count when the
   * overload is unknown), so it is not resolved at all.
   */
  private static int arity(CallPattern p) {
    if (p.params() == null) return ANY;
    if (!p.params().isEmpty()) {
      String last = p.params().get(p.params().size() - 1);
      if (last.endsWith("[]") || last.endsWith("...")) return ANY;
    }
    return p.params().size();
  }

  private static boolean fits(Set<Integer> arities, int args) {
    return arities != null && (arities.contains(ANY) || arities.contains(args));
  }

  boolean method(String name, int args) {
    return fits(methods.get(name), args);
  }

  /** @param simpleName the created type as written, last segment ({@code EpollDatagramChannel}) */
  boolean constructor(String simpleName, int args) {
    return anyConstructor || fits(constructedTypes.get(simpleName), args);
  }
}
