package io.github.sockcheck.source;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.type.Type;
import io.github.sockcheck.core.facts.ResultUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Follows a call's result within its class: calls made on it (chained, through a local, or through a
 * field of the same class assigned anywhere in it) and the types it is cast to or tested against.
 */
final class ResultFlow {

  record Flow(List<ResultUse> uses, Set<String> casts) {}

  private final FileScope scope;
  private final CallResolver resolver;

  ResultFlow(FileScope scope, CallResolver resolver) {
    this.scope = scope;
    this.resolver = resolver;
  }

  /** @param returnType the call's resolved return type, used as the receiver type when nothing narrower is known */
  Flow follow(Expression call, String returnType) {
    List<ResultUse> uses = new ArrayList<>();
    Set<String> casts = new TreeSet<>();
    String receiverType = returnType;
    Node current = call;
    Node parent = current.getParentNode().orElse(null);
    // Climb through parentheses and casts: the value is the same object.
    while (parent instanceof EnclosedExpr || parent instanceof CastExpr) {
      if (parent instanceof CastExpr cast) {
        String t = scope.typeName(cast.getType());
        if (t != null) {
          casts.add(t);
          receiverType = t;
        }
      }
      current = parent;
      parent = current.getParentNode().orElse(null);
    }
    if (parent instanceof InstanceOfExpr test && test.getExpression() == current) {
      String t = scope.typeName(test.getType());
      if (t != null) casts.add(t);
      Map<String, String> aliases = new HashMap<>();
      test.getPattern().ifPresent(p -> addPatternAliases(p, aliases));
      if (!aliases.isEmpty()) followLocals(aliases, NameLookup.bodyOf(test), test.getEnd(), uses, casts);
    } else if (parent instanceof MethodCallExpr chained && chained.getScope().orElse(null) == current) {
      uses.add(use(chained, receiverType));
    } else if (parent instanceof VariableDeclarator declarator && declarator.getInitializer().orElse(null) == current) {
      String declared = declaredType(declarator.getType(), receiverType);
      if (declarator.getParentNode().orElse(null) instanceof FieldDeclaration) {
        followField(declarator.getNameAsString(), declared, current, uses, casts);
      } else {
        Map<String, String> aliases = new HashMap<>(Map.of(declarator.getNameAsString(), nz(declared)));
        followLocals(aliases, NameLookup.bodyOf(declarator), call.getEnd(), uses, casts);
      }
    } else if (parent instanceof AssignExpr assign && assign.getValue() == current) {
      Expression target = assign.getTarget();
      if (target instanceof NameExpr n) {
        Optional<NameLookup.Var> var = NameLookup.find(n);
        if (var.isPresent() && var.get() instanceof NameLookup.Field f) {
          followField(n.getNameAsString(), declaredType(f.type(), receiverType), current, uses, casts);
        } else if (var.isPresent()) {
          Type t = var.get().type();
          Map<String, String> aliases = new HashMap<>(Map.of(n.getNameAsString(), nz(declaredType(t, receiverType))));
          followLocals(aliases, NameLookup.bodyOf(assign), call.getEnd(), uses, casts);
        }
      } else if (target instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr) {
        followField(fa.getNameAsString(), resolver.expressionType(fa), current, uses, casts);
      }
    }
    return new Flow(uses, casts);
  }

  private String declaredType(Type type, String fallback) {
    if (type == null || type.isVarType()) return fallback;
    String t = scope.typeName(type);
    return t == null ? fallback : t;
  }

  private static String nz(String type) {
    return type == null ? "*" : type;
  }

  /** Later uses of locals (alias name → declared type) in {@code body}, after {@code after}. */
  private void followLocals(Map<String, String> aliases, Node body, Optional<Position> after,
      List<ResultUse> uses, Set<String> casts) {
    List<Node> nodes = new ArrayList<>();
    body.walk(Node.TreeTraversal.PREORDER, n -> {
      if (n instanceof MethodCallExpr || n instanceof CastExpr || n instanceof InstanceOfExpr
          || n instanceof VariableDeclarator) {
        if (after.isEmpty() || n.getBegin().map(b -> b.isAfter(after.get())).orElse(false)) nodes.add(n);
      }
    });
    nodes.sort((a, b) -> a.getBegin().get().compareTo(b.getBegin().get()));
    for (Node n : nodes) {
      if (n instanceof MethodCallExpr m) {
        Optional<String> alias = m.getScope().map(ResultFlow::strip).flatMap(s -> aliasOf(s, aliases));
        if (alias.isPresent()) uses.add(use(m, receiverTypeOf(m.getScope().get(), aliases.get(alias.get()))));
      } else if (n instanceof CastExpr c) {
        if (aliasOf(strip(c.getExpression()), aliases).isPresent()) addType(c.getType(), casts);
      } else if (n instanceof InstanceOfExpr test) {
        if (aliasOf(strip(test.getExpression()), aliases).isPresent()) {
          addType(test.getType(), casts);
          test.getPattern().ifPresent(p -> addPatternAliases(p, aliases));
        }
      } else if (n instanceof VariableDeclarator v && v.getInitializer().isPresent()) {
        if (aliasOf(strip(v.getInitializer().get()), aliases).isPresent()) {
          aliases.put(v.getNameAsString(), nz(declaredType(v.getType(), castTypeOf(v.getInitializer().get()))));
        }
      }
    }
  }

  /** Uses of a field anywhere in the outermost class: {@code f.m()} and {@code this.f.m()}. */
  private void followField(String field, String declared, Node from, List<ResultUse> uses, Set<String> casts) {
    Node type = from;
    for (Node n = from; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?>) type = n;
    }
    Map<String, String> aliases = new HashMap<>();
    for (MethodCallExpr m : type.findAll(MethodCallExpr.class)) {
      if (m.getScope().isPresent() && isField(strip(m.getScope().get()), field)) {
        uses.add(use(m, receiverTypeOf(m.getScope().get(), nz(declared))));
      }
    }
    for (CastExpr c : type.findAll(CastExpr.class)) {
      if (isField(strip(c.getExpression()), field)) addType(c.getType(), casts);
    }
    for (InstanceOfExpr test : type.findAll(InstanceOfExpr.class)) {
      if (isField(strip(test.getExpression()), field)) {
        addType(test.getType(), casts);
        test.getPattern().ifPresent(p -> addPatternAliases(p, aliases));
        if (!aliases.isEmpty()) followLocals(aliases, NameLookup.bodyOf(test), test.getEnd(), uses, casts);
        aliases.clear();
      }
    }
  }

  private static boolean isField(Expression e, String field) {
    if (e instanceof NameExpr n) {
      if (!n.getNameAsString().equals(field)) return false;
      // A local or parameter of the same name shadows the field.
      Optional<NameLookup.Var> var = NameLookup.find(n);
      return var.isEmpty() || var.get() instanceof NameLookup.Field;
    }
    return e instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr && fa.getNameAsString().equals(field);
  }

  private static Optional<String> aliasOf(Expression e, Map<String, String> aliases) {
    return e instanceof NameExpr n && aliases.containsKey(n.getNameAsString())
        ? Optional.of(n.getNameAsString()) : Optional.empty();
  }

  private void addPatternAliases(PatternExpr pattern, Map<String, String> aliases) {
    if (pattern instanceof TypePatternExpr tp) {
      aliases.put(tp.getNameAsString(), nz(scope.typeName(tp.getType())));
    }
  }

  private void addType(Type type, Set<String> casts) {
    String t = scope.typeName(type);
    if (t != null) casts.add(t);
  }

  /** The receiver's type: a cast's type when cast, else the alias's declared type. */
  private String receiverTypeOf(Expression receiver, String aliasType) {
    String cast = castTypeOf(receiver);
    return cast != null ? cast : nz(aliasType);
  }

  private String castTypeOf(Expression e) {
    Expression x = e;
    while (x instanceof EnclosedExpr en) x = en.getInner();
    return x instanceof CastExpr c ? scope.typeName(c.getType()) : null;
  }

  private ResultUse use(MethodCallExpr m, String receiverType) {
    return new ResultUse(nz(receiverType), m.getNameAsString(), SiteLocations.ofCall(scope.path, m));
  }

  private static Expression strip(Expression e) {
    Expression x = e;
    while (x instanceof EnclosedExpr || x instanceof CastExpr) {
      x = x instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) x).getExpression();
    }
    return x;
  }
}
