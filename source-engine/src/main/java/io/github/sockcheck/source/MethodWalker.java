package io.github.sockcheck.source;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.flow.ValueNode;
import io.github.sockcheck.core.index.CallPatternIndex;

/**
 * The state of walking one method body: the facts written so far, which value each local holds at
 * the current point, whether the point is reachable, and the jump targets around it. {@link
 * StatementFlow} moves it through statements, {@link ExpressionValues} evaluates expressions into
 * value nodes.
 */
final class MethodWalker {

  final FileScope scope;
  final CallResolver resolver;
  final ValueAnalyzer constants;
  final CallPatternIndex index;

  /**
   * Members whose calls are resolved with the solver though no rule names them (the flow model's
   * pass-throughs).
   */
  final java.util.Set<String> resolveMembers;

  final ClassFactsExtractor classes;
  final MethodFactsWriter out = new MethodFactsWriter();
  final Jumps jumps = new Jumps();
  final String methodId;
  final String ownerName;
  final OuterScope outer;
  final StatementFlow statements;
  final ExpressionValues expressions;

  Locals locals = new Locals();
  boolean reachable = true;

  /** Inside a lambda body: its returns are not the method's, its parameters come from outside. */
  int lambdaDepth;

  private Integer thisNode;

  MethodWalker(
      FileScope scope,
      CallResolver resolver,
      ValueAnalyzer constants,
      CallPatternIndex index,
      java.util.Set<String> resolveMembers,
      ClassFactsExtractor classes,
      String ownerName,
      String methodId,
      OuterScope outer) {
    this.scope = scope;
    this.resolver = resolver;
    this.constants = constants;
    this.index = index;
    this.resolveMembers = resolveMembers;
    this.classes = classes;
    this.ownerName = ownerName;
    this.methodId = methodId;
    this.outer = outer;
    this.statements = new StatementFlow(this);
    this.expressions = new ExpressionValues(this);
  }

  /** The node of {@code this} (one per method). */
  int thisNode() {
    if (thisNode == null) thisNode = out.add(new ValueNode.This());
    return thisNode;
  }

  /**
   * The locals of the enclosing method, as a local or anonymous class declared here would capture
   * them.
   */
  OuterScope captureScope() {
    return new OuterScope(methodId, locals.copy(), outer);
  }

  Location at(Node node) {
    Position begin = node.getBegin().orElse(null);
    if (begin == null) return Location.file(scope.path);
    Position end = node.getEnd().orElse(begin);
    return new Location(scope.path, begin.line, begin.column, end.line, end.column + 1);
  }
}
