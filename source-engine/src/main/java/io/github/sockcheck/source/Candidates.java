package io.github.sockcheck.source;

import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RulePack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which calls are worth resolving: method calls whose name some Java pattern has, and constructor calls
 * of a type whose simple name a {@code <init>} pattern has (all of them when a constructor pattern also
 * matches subtypes or any owner).
 */
final class Candidates {

  static final String CONSTRUCTOR = "<init>";

  private final Set<String> methods = new HashSet<>();
  private final Set<String> constructedTypes = new HashSet<>();
  private boolean anyConstructor;

  Candidates(RulePack pack) {
    for (Rule rule : pack.rules()) {
      List<CallPattern> patterns = new ArrayList<>();
      if (rule.call() != null) patterns.addAll(rule.call().calls());
      if (rule.combination() != null) patterns.addAll(rule.combination().codeUses());
      for (CallPattern p : patterns) {
        if (p.language() != null && p.language() != Language.JAVA) continue;
        if (p.member().equals(CONSTRUCTOR)) {
          if (p.owner().equals("*") || p.subtypes()) anyConstructor = true;
          else constructedTypes.add(p.ownerSimpleName());
        } else {
          methods.add(p.member());
        }
      }
    }
  }

  boolean method(String name) {
    return methods.contains(name);
  }

  /** @param simpleName the created type as written, last segment ({@code EpollDatagramChannel}) */
  boolean constructor(String simpleName) {
    return anyConstructor || constructedTypes.contains(simpleName);
  }
}
