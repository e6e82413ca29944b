package io.github.sockcheck.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where {@code break}, {@code continue} and {@code yield} go: the enclosing loops, switches and
 * labelled statements, each collecting the locals of every path that jumps to it.
 */
final class Jumps {

  enum Kind {
    LOOP,
    SWITCH,
    BLOCK,
    SWITCH_EXPRESSION
  }

  static final class Target {
    final Kind kind;
    final String label;
    final List<Locals> breaks = new ArrayList<>();
    final List<Locals> continues = new ArrayList<>();
    final List<Integer> yields = new ArrayList<>();

    Target(Kind kind, String label) {
      this.kind = kind;
      this.label = label;
    }
  }

  private final Deque<Target> targets = new ArrayDeque<>();

  Target push(Kind kind, String label) {
    Target t = new Target(kind, label);
    targets.push(t);
    return t;
  }

  void pop() {
    targets.pop();
  }

  /**
   * {@code break label}: the statement with that label; plain {@code break}: the innermost loop or
   * switch.
   */
  Target breakTarget(String label) {
    for (Target t : targets) {
      if (label != null ? label.equals(t.label) : t.kind == Kind.LOOP || t.kind == Kind.SWITCH)
        return t;
      if (label == null && t.kind == Kind.SWITCH_EXPRESSION)
        return null; // cannot break out of a switch expression
    }
    return null;
  }

  /** {@code continue [label]}: the (labelled) innermost loop. */
  Target continueTarget(String label) {
    for (Target t : targets) {
      if (t.kind == Kind.LOOP && (label == null || label.equals(t.label))) return t;
    }
    return null;
  }

  /** The innermost switch expression, for {@code yield}. */
  Target yieldTarget() {
    for (Target t : targets) if (t.kind == Kind.SWITCH_EXPRESSION) return t;
    return null;
  }
}
