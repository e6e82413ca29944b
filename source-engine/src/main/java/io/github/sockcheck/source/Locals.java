package io.github.sockcheck.source;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which value node each local variable holds at one point of a method body (the reaching
 * definition). Java forbids a local to shadow another local of the same method, so names are unique
 * keys while a variable is in scope; a block's locals are dropped when it ends.
 */
final class Locals {

  private final Map<String, Integer> values;

  Locals() {
    this.values = new LinkedHashMap<>();
  }

  private Locals(Map<String, Integer> values) {
    this.values = new LinkedHashMap<>(values);
  }

  Locals copy() {
    return new Locals(values);
  }

  Integer get(String name) {
    return values.get(name);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  void set(String name, int node) {
    values.put(name, node);
  }

  Collection<String> names() {
    return values.keySet();
  }

  /** Drops the variables that were not in scope in {@code outer} (a block ends). */
  void keepOnly(Locals outer) {
    values.keySet().retainAll(outer.values.keySet());
  }

  /**
   * The locals after two paths meet: a variable both paths hold keeps one node, or a merge of the
   * two; a variable only one path holds is out of scope.
   */
  static Locals join(Locals a, Locals b, MethodFactsWriter facts) {
    if (a == null) return b == null ? null : b.copy();
    if (b == null) return a.copy();
    Locals joined = new Locals();
    for (Map.Entry<String, Integer> e : a.values.entrySet()) {
      Integer other = b.values.get(e.getKey());
      if (other != null) joined.values.put(e.getKey(), facts.merge(e.getValue(), other));
    }
    return joined;
  }
}
