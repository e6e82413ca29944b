package io.github.sockcheck.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a simple name refers to by walking outwards through the syntax: locals declared
 * earlier in enclosing blocks, parameters, then fields of the enclosing classes. Needs no
 * classpath.
 */
final class NameLookup {

  sealed interface Var {
    Type type();
  }

  record Param(Parameter parameter) implements Var {
    public Type type() {
      return parameter.getType();
    }
  }

  /** A local declared with {@code declarator}; {@code body} is the callable body it lives in. */
  record Local(VariableDeclarator declarator, Node body) implements Var {
    public Type type() {
      return declarator.getType();
    }
  }

  /** A local we cannot follow (catch parameter, for-each variable). */
  record OtherLocal(Type type) implements Var {}

  record Field(VariableDeclarator declarator, TypeDeclaration<?> owner, boolean constant)
      implements Var {
    public Type type() {
      return declarator.getType();
    }
  }

  record EnumConstant(EnumConstantDeclaration constant, EnumDeclaration owner) implements Var {
    public Type type() {
      return null;
    }
  }

  private NameLookup() {}

  static Optional<Var> find(NameExpr name) {
    return find(name, name.getNameAsString());
  }

  static Optional<Var> find(Node from, String name) {
    Node child = from;
    Node current = from.getParentNode().orElse(null);
    boolean insideCallable = true;
    while (current != null) {
      Optional<Var> hit = insideCallable ? inScope(current, child, name) : Optional.empty();
      if (hit.isEmpty() && current instanceof TypeDeclaration<?> type) {
        hit = member(type, name);
        insideCallable = true; // an outer class's locals are visible to local/anonymous classes
      }
      if (hit.isPresent()) return hit;
      child = current;
      current = current.getParentNode().orElse(null);
    }
    return Optional.empty();
  }

  /** A field (or enum constant) named {@code name} declared directly in {@code type}. */
  static Optional<Var> member(TypeDeclaration<?> type, String name) {
    for (FieldDeclaration field : type.getFields()) {
      for (VariableDeclarator v : field.getVariables()) {
        if (v.getNameAsString().equals(name)) {
          boolean implicit = type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
          boolean constant = implicit || (field.isStatic() && field.isFinal());
          return Optional.of(new Field(v, type, constant));
        }
      }
    }
    if (type instanceof EnumDeclaration e) {
      for (EnumConstantDeclaration c : e.getEntries()) {
        if (c.getNameAsString().equals(name)) return Optional.of(new EnumConstant(c, e));
      }
    }
    if (type instanceof RecordDeclaration r) {
      for (Parameter p : r.getParameters()) {
        if (p.getNameAsString().equals(name)) return Optional.of(new OtherLocal(p.getType()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Var> inScope(Node current, Node child, String name) {
    if (current instanceof BlockStmt block)
      return declaredBefore(block.getStatements(), child, name, block);
    if (current instanceof SwitchEntry entry)
      return declaredBefore(entry.getStatements(), child, name, entry);
    if (current instanceof ForStmt loop) {
      for (Expression init : loop.getInitialization()) {
        Optional<Var> v = declared(init, name, loop);
        if (v.isPresent()) return v;
      }
    }
    if (current instanceof ForEachStmt each) {
      for (VariableDeclarator v : each.getVariable().getVariables()) {
        if (v.getNameAsString().equals(name)) return Optional.of(new OtherLocal(v.getType()));
      }
    }
    if (current instanceof TryStmt tryStmt) {
      for (Expression resource : tryStmt.getResources()) {
        Optional<Var> v = declared(resource, name, tryStmt);
        if (v.isPresent()) return v;
      }
    }
    if (current instanceof CatchClause c && c.getParameter().getNameAsString().equals(name)) {
      return Optional.of(new OtherLocal(c.getParameter().getType()));
    }
    if (current instanceof LambdaExpr lambda) {
      for (Parameter p : lambda.getParameters()) {
        if (p.getNameAsString().equals(name)) return Optional.of(new Param(p));
      }
    }
    if (current instanceof CallableDeclaration<?> callable) {
      for (Parameter p : callable.getParameters()) {
        if (p.getNameAsString().equals(name)) return Optional.of(new Param(p));
      }
    }
    return Optional.empty();
  }

  private static Optional<Var> declaredBefore(
      List<Statement> statements, Node child, String name, Node block) {
    for (Statement s : statements) {
      if (s == child) break;
      if (s instanceof ExpressionStmt es) {
        Optional<Var> v = declared(es.getExpression(), name, block);
        if (v.isPresent()) return v;
      }
    }
    return Optional.empty();
  }

  private static Optional<Var> declared(Expression e, String name, Node block) {
    if (e instanceof VariableDeclarationExpr decl) {
      for (VariableDeclarator v : decl.getVariables()) {
        if (v.getNameAsString().equals(name)) return Optional.of(new Local(v, bodyOf(block)));
      }
    }
    return Optional.empty();
  }

  /** The callable (method, constructor, lambda, initializer) body that contains {@code node}. */
  static Node bodyOf(Node node) {
    Node current = node;
    Node last = node;
    while (current != null) {
      if (current instanceof CallableDeclaration<?>
          || current instanceof LambdaExpr
          || current instanceof InitializerDeclaration
          || current instanceof TypeDeclaration<?>) {
        return current instanceof TypeDeclaration<?> ? last : current;
      }
      last = current;
      current = current.getParentNode().orElse(null);
    }
    return last;
  }

  /** True when a local has an initializer and is never assigned again (effectively final). */
  static boolean assignedOnce(Local local) {
    if (local.declarator().getInitializer().isEmpty()) return false;
    String name = local.declarator().getNameAsString();
    for (AssignExpr assign : local.body().findAll(AssignExpr.class)) {
      if (assign.getTarget() instanceof NameExpr n && n.getNameAsString().equals(name))
        return false;
    }
    for (UnaryExpr unary : local.body().findAll(UnaryExpr.class)) {
      if (unary.getOperator().isPostfix()
          || unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
          || unary.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT) {
        if (unary.getExpression() instanceof NameExpr n && n.getNameAsString().equals(name))
          return false;
      }
    }
    return true;
  }
}
