package io.github.sockcheck.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import io.github.sockcheck.core.flow.ValueNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves a method walk through statements: which definition of each local reaches each point
 * (branches join, loops feed their back edge into merges at their head, jumps carry their locals to
 * their target, try blocks let catch clauses see any value assigned in the try).
 */
final class StatementFlow {

  private final MethodWalker w;

  StatementFlow(MethodWalker walker) {
    this.w = walker;
  }

  void statement(Statement s) {
    int guardMark = w.out.guardMark();
    dispatch(s);
    // An if whose one branch cannot complete guards the statements after it in the same block; any
    // other statement keeps its guards to itself.
    if (!(s instanceof IfStmt)) w.out.popGuards(guardMark);
  }

  private void dispatch(Statement s) {
    if (s instanceof BlockStmt block) block(block);
    else if (s instanceof ExpressionStmt es) w.expressions.value(es.getExpression());
    else if (s instanceof IfStmt i) ifStatement(i);
    else if (s instanceof WhileStmt loop)
      loop(null, loop.getCondition(), List.of(), loop.getBody(), false);
    else if (s instanceof DoStmt loop)
      loop(null, loop.getCondition(), List.of(), loop.getBody(), true);
    else if (s instanceof ForStmt loop) forLoop(null, loop);
    else if (s instanceof ForEachStmt loop) forEach(null, loop);
    else if (s instanceof ReturnStmt r) returnStatement(r);
    else if (s instanceof ThrowStmt t) {
      w.expressions.value(t.getExpression());
      w.reachable = false;
    } else if (s instanceof BreakStmt b)
      jump(w.jumps.breakTarget(b.getLabel().map(l -> l.asString()).orElse(null)), true);
    else if (s instanceof ContinueStmt c) {
      jump(w.jumps.continueTarget(c.getLabel().map(l -> l.asString()).orElse(null)), false);
    } else if (s instanceof YieldStmt y) yieldStatement(y);
    else if (s instanceof SwitchStmt sw) switchStatement(null, sw);
    else if (s instanceof TryStmt t) tryStatement(t);
    else if (s instanceof LabeledStmt l) labeled(l);
    else if (s instanceof SynchronizedStmt sync) {
      w.expressions.value(sync.getExpression());
      block(sync.getBody());
    } else if (s instanceof AssertStmt a) {
      w.expressions.value(a.getCheck());
    } else if (s instanceof ExplicitConstructorInvocationStmt ctor) {
      w.expressions.constructorInvocation(ctor);
    } else if (s instanceof LocalClassDeclarationStmt local) {
      w.classes.local(local.getClassDeclaration(), w.captureScope());
    } else if (s instanceof LocalRecordDeclarationStmt local) {
      w.classes.local(local.getRecordDeclaration(), w.captureScope());
    }
    // empty and unparsable statements hold no values
  }

  void block(BlockStmt block) {
    Locals before = w.locals.copy();
    int guardMark = w.out.guardMark();
    for (Statement s : block.getStatements()) statement(s);
    w.out.popGuards(guardMark);
    w.locals.keepOnly(before);
  }

  private void ifStatement(IfStmt s) {
    BranchTests tests = w.expressions.tests;
    tests.remember(s.getCondition(), w.expressions.value(s.getCondition()));
    Locals afterCondition = w.locals.copy();
    boolean reachableBefore = w.reachable;
    int guardMark = w.out.guardMark();
    w.out.pushGuards(tests.guards(s.getCondition(), true));
    guard(s.getCondition(), true);
    statement(s.getThenStmt());
    w.out.popGuards(guardMark);
    Locals thenEnd = w.reachable ? w.locals : null;
    w.locals = afterCondition.copy();
    w.reachable = reachableBefore;
    w.out.pushGuards(tests.guards(s.getCondition(), false));
    guard(s.getCondition(), false);
    if (s.getElseStmt().isPresent()) statement(s.getElseStmt().get());
    w.out.popGuards(guardMark);
    Locals elseEnd = w.reachable ? w.locals : null;
    meet(Locals.join(thenEnd, elseEnd, w.out), afterCondition);
    // `if (x == null) return;`: what follows in the block runs only on the branch that completes.
    if (reachableBefore && (thenEnd == null) != (elseEnd == null))
      w.out.pushGuards(tests.guards(s.getCondition(), thenEnd != null));
  }

  /**
   * Narrows locals on the branch where {@code condition} is {@code holds}: in {@code if (family ==
   * APR_UNIX)} the local holds that constant, whatever reached the test ({@code !}, {@code &&} on
   * the true branch and {@code ||} on the false branch are followed). The bytecode engine does the
   * same in {@code BranchGuards}.
   */
  private void guard(Expression condition, boolean holds) {
    Expression c = condition;
    while (c instanceof EnclosedExpr e) c = e.getInner();
    if (c instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      guard(u.getExpression(), !holds);
      return;
    }
    if (!(c instanceof BinaryExpr b)) return;
    BinaryExpr.Operator op = b.getOperator();
    if ((op == BinaryExpr.Operator.AND && holds) || (op == BinaryExpr.Operator.OR && !holds)) {
      guard(b.getLeft(), holds);
      guard(b.getRight(), holds);
    } else if ((op == BinaryExpr.Operator.EQUALS && holds)
        || (op == BinaryExpr.Operator.NOT_EQUALS && !holds)) {
      if (!pin(b.getLeft(), b.getRight())) pin(b.getRight(), b.getLeft());
    }
  }

  /**
   * {@code local == constant} holds: the local is that constant from here on (until reassigned).
   * Without a classpath a library constant ({@code Socket.APR_UNIX}) cannot be folded; it is then
   * pinned to the constant's read, which names it (an upper-case static field of a type: no call,
   * nothing else runs).
   */
  private boolean pin(Expression local, Expression constant) {
    while (local instanceof EnclosedExpr e) local = e.getInner();
    if (!(local instanceof NameExpr n) || !w.locals.has(n.getNameAsString())) return false;
    var folded = w.constants.constant(constant, 0);
    if (folded.isPresent() && folded.get().value() != null) {
      w.locals.set(
          n.getNameAsString(),
          w.out.add(new ValueNode.Constant(folded.get().value(), folded.get().name())));
      return true;
    }
    if (constant instanceof FieldAccessExpr fa
        && w.expressions.isTypeName(fa.getScope())
        && fa.getNameAsString().equals(fa.getNameAsString().toUpperCase(java.util.Locale.ROOT))) {
      w.locals.set(n.getNameAsString(), w.expressions.value(fa));
      return true;
    }
    return false;
  }

  /** Continues after paths meet; when none reaches here the point is unreachable. */
  private void meet(Locals joined, Locals fallback) {
    if (joined == null) {
      w.locals = fallback.copy();
      w.reachable = false;
    } else {
      w.locals = joined;
      w.reachable = true;
    }
  }

  private void loop(
      String label,
      Expression condition,
      List<Expression> updates,
      Statement body,
      boolean doWhile) {
    Locals entry = w.locals.copy();
    List<Node> parts = new ArrayList<>(List.of(body));
    if (condition != null) parts.add(condition);
    parts.addAll(updates);
    Locals head = loopHead(entry, parts);
    w.locals = head.copy();
    Locals exitByCondition = null;
    int guardMark = w.out.guardMark();
    if (!doWhile && condition != null) {
      w.expressions.tests.remember(condition, w.expressions.value(condition));
      if (!alwaysTrue(condition)) {
        exitByCondition = w.locals.copy();
        // The body (and the update) of a while or for loop runs only when its condition holds.
        w.out.pushGuards(w.expressions.tests.guards(condition, true));
      }
    }
    Jumps.Target target = w.jumps.push(Jumps.Kind.LOOP, label);
    statement(body);
    Locals back = w.reachable ? w.locals : null;
    for (Locals c : target.continues) back = Locals.join(back, c, w.out);
    if (back != null) {
      w.locals = back;
      w.reachable = true;
      for (Expression update : updates) w.expressions.value(update);
      w.out.popGuards(guardMark);
      if (doWhile && condition != null) {
        w.expressions.value(condition);
        if (!alwaysTrue(condition)) exitByCondition = w.locals.copy();
      }
      feedBackEdge(head, w.locals);
    }
    w.out.popGuards(guardMark);
    w.jumps.pop();
    Locals exit = exitByCondition;
    for (Locals b : target.breaks) exit = Locals.join(exit, b, w.out);
    meet(exit, head);
    w.locals.keepOnly(entry);
  }

  /** {@code while (true)}: the loop is left only by a jump. */
  private boolean alwaysTrue(Expression condition) {
    return w.constants
        .constant(condition, 0)
        .map(c -> Boolean.TRUE.equals(c.value()))
        .orElse(false);
  }

  private void forLoop(String label, ForStmt loop) {
    Locals before = w.locals.copy();
    for (Expression init : loop.getInitialization()) w.expressions.value(init);
    loop(label, loop.getCompare().orElse(null), loop.getUpdate(), loop.getBody(), false);
    w.locals.keepOnly(before);
  }

  private void forEach(String label, ForEachStmt loop) {
    Locals before = w.locals.copy();
    w.expressions.value(loop.getIterable());
    int element = w.out.unknown("loop element");
    for (VariableDeclarator v : loop.getVariable().getVariables())
      w.locals.set(v.getNameAsString(), element);
    Locals entry = w.locals.copy();
    Locals head = loopHead(entry, List.of(loop.getBody()));
    w.locals = head.copy();
    Locals exit = head.copy(); // the iteration may end before the body runs
    Jumps.Target target = w.jumps.push(Jumps.Kind.LOOP, label);
    statement(loop.getBody());
    Locals back = w.reachable ? w.locals : null;
    for (Locals c : target.continues) back = Locals.join(back, c, w.out);
    if (back != null) {
      feedBackEdge(head, back);
      exit = Locals.join(exit, back, w.out);
    }
    w.jumps.pop();
    for (Locals b : target.breaks) exit = Locals.join(exit, b, w.out);
    meet(exit, head);
    w.locals.keepOnly(before);
  }

  /**
   * The locals at a loop head: a variable the loop assigns holds an open merge of every value that
   * reaches the head.
   */
  private Locals loopHead(Locals entry, List<Node> parts) {
    Locals head = entry.copy();
    for (String name : assignedIn(parts)) {
      Integer value = entry.get(name);
      if (value != null) head.set(name, w.out.openMerge(List.of(value)));
    }
    return head;
  }

  private void feedBackEdge(Locals head, Locals back) {
    for (String name : head.names()) {
      Integer merge = head.get(name);
      Integer value = back.get(name);
      if (value != null) w.out.addInput(merge, value);
    }
  }

  /** Local names assigned (=, op=, ++, --) anywhere in the nodes. */
  static Set<String> assignedIn(List<Node> parts) {
    Set<String> names = new LinkedHashSet<>();
    for (Node part : parts) {
      if (part == null) continue;
      part.walk(
          n -> {
            if (n instanceof AssignExpr a && a.getTarget() instanceof NameExpr t)
              names.add(t.getNameAsString());
            if (n instanceof UnaryExpr u
                && (u.getOperator().isPrefix() || u.getOperator().isPostfix())
                && u.getExpression() instanceof NameExpr t
                && u.getOperator() != UnaryExpr.Operator.PLUS
                && u.getOperator() != UnaryExpr.Operator.MINUS
                && u.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT
                && u.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT) {
              names.add(t.getNameAsString());
            }
          });
    }
    return names;
  }

  private void returnStatement(ReturnStmt r) {
    if (r.getExpression().isPresent()) {
      int value = w.expressions.value(r.getExpression().get());
      if (w.lambdaDepth == 0) w.out.returns(value);
    }
    w.reachable = false;
  }

  private void jump(Jumps.Target target, boolean isBreak) {
    if (target != null && w.reachable) {
      if (isBreak) target.breaks.add(w.locals.copy());
      else target.continues.add(w.locals.copy());
    }
    w.reachable = false;
  }

  private void yieldStatement(YieldStmt y) {
    int value = w.expressions.value(y.getExpression());
    Jumps.Target target = w.jumps.yieldTarget();
    if (target != null && w.reachable) {
      target.yields.add(value);
      target.breaks.add(w.locals.copy());
    }
    w.reachable = false;
  }

  private void labeled(LabeledStmt l) {
    String label = l.getLabel().asString();
    Statement inner = l.getStatement();
    if (inner instanceof WhileStmt loop)
      loop(label, loop.getCondition(), List.of(), loop.getBody(), false);
    else if (inner instanceof DoStmt loop)
      loop(label, loop.getCondition(), List.of(), loop.getBody(), true);
    else if (inner instanceof ForStmt loop) forLoop(label, loop);
    else if (inner instanceof ForEachStmt loop) forEach(label, loop);
    else if (inner instanceof SwitchStmt sw) switchStatement(label, sw);
    else {
      Locals before = w.locals.copy();
      Jumps.Target target = w.jumps.push(Jumps.Kind.BLOCK, label);
      statement(inner);
      w.jumps.pop();
      Locals exit = w.reachable ? w.locals : null;
      for (Locals b : target.breaks) exit = Locals.join(exit, b, w.out);
      meet(exit, before);
    }
  }

  private void switchStatement(String label, SwitchStmt sw) {
    int selector = w.expressions.value(sw.getSelector());
    Locals start = w.locals.copy();
    Jumps.Target target = w.jumps.push(Jumps.Kind.SWITCH, label);
    Locals end = entries(sw.getEntries(), selector, start, target);
    w.jumps.pop();
    boolean exhaustive = sw.getEntries().stream().anyMatch(e -> e.getLabels().isEmpty());
    Locals exit = exhaustive ? null : start;
    exit = Locals.join(exit, end, w.out);
    for (Locals b : target.breaks) exit = Locals.join(exit, b, w.out);
    meet(exit, start);
    w.locals.keepOnly(start);
  }

  /**
   * Walks switch entries: an entry starts from the selector's locals joined with the previous
   * entry's fall-through; arrow entries never fall through (their end goes to the exit). Returns
   * the locals that fall off the last entry, or null.
   */
  Locals entries(List<SwitchEntry> entries, int selector, Locals start, Jumps.Target target) {
    Locals fall = null;
    int guardMark = w.out.guardMark();
    for (SwitchEntry entry : entries) {
      w.out.popGuards(guardMark); // a case label is reached from the switch itself
      w.locals = Locals.join(start, fall, w.out);
      w.reachable = true;
      for (Expression label : entry.getLabels()) w.expressions.caseLabel(label, selector);
      entry.getGuard().ifPresent(w.expressions::value);
      boolean arrow = entry.getType() != SwitchEntry.Type.STATEMENT_GROUP;
      if (arrow
          && entry.getType() == SwitchEntry.Type.EXPRESSION
          && target.kind == Jumps.Kind.SWITCH_EXPRESSION
          && entry.getStatements().size() == 1
          && entry.getStatements().get(0) instanceof ExpressionStmt es) {
        target.yields.add(w.expressions.value(es.getExpression()));
        target.breaks.add(w.locals.copy());
        w.reachable = false;
      } else {
        for (Statement s : entry.getStatements()) statement(s);
      }
      if (arrow) {
        if (w.reachable) target.breaks.add(w.locals.copy());
        fall = null;
      } else {
        fall = w.reachable ? w.locals.copy() : null;
      }
    }
    w.out.popGuards(guardMark);
    return fall;
  }

  private void tryStatement(TryStmt t) {
    Locals before = w.locals.copy();
    for (Expression resource : t.getResources()) w.expressions.value(resource);
    Locals atTryStart = w.locals.copy();
    block(t.getTryBlock());
    Locals tryEnd = w.reachable ? w.locals.copy() : null;
    // The values when the block was left, also by a throw or return: a catch or finally sees them.
    Locals tryLast = w.locals.copy();
    // A catch clause may run after any statement of the try block: each variable the block assigns
    // may
    // hold its value from before the block or any value the block gave it (approximated by the
    // last).
    Locals catchEntry = atTryStart.copy();
    for (String name : assignedIn(List.of(t.getTryBlock()))) {
      Integer start = atTryStart.get(name);
      if (start == null) continue;
      List<Integer> values = new ArrayList<>(List.of(start));
      if (tryLast.get(name) != null) values.add(tryLast.get(name));
      catchEntry.set(name, values.size() == 1 ? start : w.out.openMerge(values));
    }
    Locals normalEnd = tryEnd;
    for (CatchClause c : t.getCatchClauses()) {
      w.locals = catchEntry.copy();
      w.reachable = true;
      w.locals.set(c.getParameter().getNameAsString(), w.out.unknown("caught exception"));
      block(c.getBody());
      if (w.reachable) normalEnd = Locals.join(normalEnd, w.locals, w.out);
    }
    if (t.getFinallyBlock().isPresent()) {
      w.locals = normalEnd != null ? normalEnd.copy() : catchEntry.copy();
      w.reachable = true;
      block(t.getFinallyBlock().get());
      if (normalEnd == null) w.reachable = false;
      else normalEnd = w.reachable ? w.locals.copy() : null;
    }
    meet(normalEnd, catchEntry);
    w.locals.keepOnly(before);
  }
}
