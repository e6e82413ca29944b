package io.github.sockcheck.source;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.github.sockcheck.core.facts.GuardOutcome;
import io.github.sockcheck.core.flow.CallFact;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a branch condition tests, as guards: code reached only when the condition comes out {@code
 * holds} needs these outcomes of these values. Mirrors the bytecode engine's definition (an edge of
 * a conditional jump without which the code is unreachable): {@code a && b} guards its true branch
 * by both operands and its false branch by neither, {@code ||} the other way round, {@code !}
 * swaps, a null test guards by the value's nullness, another comparison by its operands, any other
 * condition by its truth.
 */
final class BranchTests {

  /** The value node of each evaluated condition and operand of a condition. */
  private final Map<Expression, Integer> nodes = new IdentityHashMap<>();

  /** {@code e} (and the expression inside its parentheses) evaluated to {@code node}. */
  void remember(Expression e, int node) {
    nodes.put(e, node);
    while (e instanceof EnclosedExpr en) {
      e = en.getInner();
      nodes.put(e, node);
    }
  }

  /** The guards of code reached only when {@code condition} is {@code holds}. */
  List<CallFact.BranchGuard> guards(Expression condition, boolean holds) {
    List<CallFact.BranchGuard> out = new ArrayList<>();
    collect(condition, holds, out);
    return out;
  }

  private void collect(Expression c, boolean holds, List<CallFact.BranchGuard> out) {
    while (c instanceof EnclosedExpr e) c = e.getInner();
    if (c instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      collect(u.getExpression(), !holds, out);
      return;
    }
    if (c instanceof BinaryExpr b) {
      switch (b.getOperator()) {
        case AND -> {
          if (holds) {
            collect(b.getLeft(), true, out);
            collect(b.getRight(), true, out);
          }
          return;
        }
        case OR -> {
          if (!holds) {
            collect(b.getLeft(), false, out);
            collect(b.getRight(), false, out);
          }
          return;
        }
        case EQUALS, NOT_EQUALS -> {
          Expression left = unwrap(b.getLeft());
          Expression right = unwrap(b.getRight());
          boolean equal = (b.getOperator() == BinaryExpr.Operator.EQUALS) == holds;
          GuardOutcome nullness = equal ? GuardOutcome.NULL : GuardOutcome.NON_NULL;
          if (right instanceof NullLiteralExpr) add(left, nullness, out);
          else if (left instanceof NullLiteralExpr) add(right, nullness, out);
          else {
            add(left, GuardOutcome.COMPARED, out);
            add(right, GuardOutcome.COMPARED, out);
          }
          return;
        }
        case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> {
          add(b.getLeft(), GuardOutcome.COMPARED, out);
          add(b.getRight(), GuardOutcome.COMPARED, out);
          return;
        }
        default -> {
          // `a & b`, `a | b`, `a ^ b` on booleans: a truth test of the whole expression, below
        }
      }
    }
    add(c, holds ? GuardOutcome.TRUE : GuardOutcome.FALSE, out);
  }

  private void add(Expression e, GuardOutcome outcome, List<CallFact.BranchGuard> out) {
    Integer node = nodes.get(e);
    if (node == null) node = nodes.get(unwrap(e));
    if (node == null) return; // folded or never evaluated: nothing a rule can test
    CallFact.BranchGuard g = new CallFact.BranchGuard(node, outcome);
    if (!out.contains(g)) out.add(g);
  }

  private static Expression unwrap(Expression e) {
    while (e instanceof EnclosedExpr en) e = en.getInner();
    return e;
  }
}
