package io.github.sockcheck.source;

import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves a candidate call to its owner, overload and return type with the symbol solver, and falls
 * back to names (imports, declared types of variables, same package, java.lang) when it cannot.
 */
final class CallResolver {

  /** What the engine knows about the invoked member. */
  record Resolution(String owner, Set<String> supertypes, List<String> params, String returnType, boolean resolved,
      boolean isStatic) {
    Resolution(String owner, Set<String> supertypes, List<String> params, String returnType, boolean resolved) {
      this(owner, supertypes, params, returnType, resolved, false);
    }
  }

  private final FileScope scope;
  private final TypeSolver solver;

  CallResolver(FileScope scope, TypeSolver solver) {
    this.scope = scope;
    this.solver = solver;
  }

  Resolution resolve(MethodCallExpr call) {
    try {
      var method = call.resolve();
      Resolution r = resolved(method, TypeNames.name(method.getReturnType()));
      return new Resolution(r.owner(), r.supertypes(), r.params(), r.returnType(), true, method.isStatic());
    } catch (RuntimeException | StackOverflowError e) {
      String owner = fallbackOwner(call);
      return new Resolution(owner, ancestorsOf(owner), obviousParams(call.getArguments()), null, false);
    }
  }

  Resolution resolve(ObjectCreationExpr creation) {
    try {
      var constructor = creation.resolve();
      Resolution r = resolved(constructor, "void");
      return creation.getAnonymousClassBody().isPresent()
          ? new Resolution(r.owner(), r.supertypes(), r.params(), "void", true) : r;
    } catch (RuntimeException | StackOverflowError e) {
      String owner = scope.createdType(creation);
      if (owner == null) owner = "*";
      return new Resolution(owner, ancestorsOf(owner), obviousParams(creation.getArguments()), "void", false);
    }
  }

  private Resolution resolved(ResolvedMethodLikeDeclaration method, String returnType) {
    ResolvedReferenceTypeDeclaration owner = method.declaringType();
    List<String> params = new ArrayList<>();
    for (int i = 0; i < method.getNumberOfParams(); i++) params.add(TypeNames.name(method.getParam(i).getType()));
    return new Resolution(TypeNames.fqn(owner), ancestors(owner), params, returnType, true);
  }

  /** {@code owner#member} of the call whose result an argument is, {@code *#member} when unknown. */
  String producedBy(MethodCallExpr call) {
    try {
      return TypeNames.fqn(call.resolve().declaringType()) + "#" + call.getNameAsString();
    } catch (RuntimeException | StackOverflowError e) {
      return fallbackOwner(call) + "#" + call.getNameAsString();
    }
  }

  /** The receiver's type as far as names tell; "*" when unknown. */
  String fallbackOwner(MethodCallExpr call) {
    Optional<Expression> receiver = call.getScope();
    if (receiver.isEmpty()) {
      String imported = scope.staticImportOwner(call.getNameAsString());
      if (imported != null) return imported;
      String enclosing = scope.enclosingTypeName(call);
      return enclosing == null ? "*" : enclosing;
    }
    String type = expressionType(receiver.get());
    return type == null ? "*" : type;
  }

  /** The static type of an expression, by solver or by names; null when unknown. */
  String expressionType(Expression e) {
    Expression x = e;
    while (x instanceof EnclosedExpr en) x = en.getInner();
    if (x instanceof CastExpr cast) return scope.typeName(cast.getType());
    if (x instanceof ObjectCreationExpr creation) return scope.createdType(creation);
    if (x instanceof ThisExpr) return scope.enclosingTypeName(x);
    if (x instanceof NameExpr n) {
      Optional<NameLookup.Var> var = NameLookup.find(n);
      if (var.isPresent()) {
        if (var.get() instanceof NameLookup.EnumConstant ec) return scope.enclosingTypeName(ec.owner());
        if (var.get().type() != null && !var.get().type().isVarType()) return scope.typeName(var.get().type());
        return solvedType(x);
      }
      String solved = solvedType(x);
      if (solved != null) return solved;
      // Not a variable: a type name (static call), when it looks like one.
      return Character.isUpperCase(n.getNameAsString().charAt(0)) ? scope.guessType(n.getNameAsString()) : null;
    }
    if (x instanceof FieldAccessExpr fa) {
      String solved = solvedType(x);
      if (solved != null) return solved;
      Expression root = fa;
      while (root instanceof FieldAccessExpr f) root = f.getScope();
      String last = fa.getNameAsString();
      boolean typeLike = Character.isUpperCase(last.charAt(0)) && !last.equals(last.toUpperCase(java.util.Locale.ROOT));
      if (root instanceof NameExpr rn && NameLookup.find(rn).isEmpty() && typeLike) {
        return scope.guessType(fa.toString());
      }
      return null;
    }
    return solvedType(x);
  }

  private static String solvedType(Expression e) {
    try {
      ResolvedType type = e.calculateResolvedType();
      return TypeNames.name(type);
    } catch (RuntimeException | StackOverflowError ex) {
      return null;
    }
  }

  /** Supertypes of a type known only by name: through the solver when it knows the type, else none. */
  private Set<String> ancestorsOf(String owner) {
    if (owner == null || owner.equals("*") || owner.indexOf('.') < 0) return Set.of();
    try {
      SymbolReference<ResolvedReferenceTypeDeclaration> ref = solver.tryToSolveType(owner.replace('$', '.'));
      return ref.isSolved() ? ancestors(ref.getCorrespondingDeclaration()) : Set.of();
    } catch (RuntimeException | StackOverflowError e) {
      return Set.of();
    }
  }

  /** Every supertype FQN; when some cannot be resolved, the ones that can. */
  static Set<String> ancestors(ResolvedReferenceTypeDeclaration type) {
    Set<String> names = new TreeSet<>();
    try {
      for (ResolvedReferenceType ancestor : type.getAllAncestors()) {
        ancestor.getTypeDeclaration().ifPresent(d -> names.add(TypeNames.fqn(d)));
      }
      return names;
    } catch (RuntimeException | StackOverflowError e) {
      names.clear();
    }
    Deque<ResolvedReferenceTypeDeclaration> queue = new ArrayDeque<>();
    queue.add(type);
    while (!queue.isEmpty() && names.size() < 200) {
      ResolvedReferenceTypeDeclaration current = queue.poll();
      List<ResolvedReferenceType> direct;
      try {
        direct = current.getAncestors(true);
      } catch (RuntimeException | StackOverflowError e) {
        continue;
      }
      for (ResolvedReferenceType ancestor : direct) {
        Optional<ResolvedReferenceTypeDeclaration> d = ancestor.getTypeDeclaration();
        if (d.isPresent() && names.add(TypeNames.fqn((ResolvedTypeDeclaration) d.get()))) queue.add(d.get());
      }
    }
    return names;
  }

  /** Parameter types when every argument's type is plain from the text (literals, casts); else null. */
  static List<String> obviousParams(List<Expression> args) {
    List<String> types = new ArrayList<>();
    for (Expression arg : args) {
      String t = obviousType(arg);
      if (t == null) return null;
      types.add(t);
    }
    return types;
  }

  private static String obviousType(Expression e) {
    if (e instanceof EnclosedExpr en) return obviousType(en.getInner());
    if (e instanceof IntegerLiteralExpr) return "int";
    if (e instanceof LongLiteralExpr) return "long";
    if (e instanceof CharLiteralExpr) return "char";
    if (e instanceof BooleanLiteralExpr) return "boolean";
    if (e instanceof StringLiteralExpr) return "java.lang.String";
    if (e instanceof UnaryExpr u && (u.getOperator() == UnaryExpr.Operator.MINUS
        || u.getOperator() == UnaryExpr.Operator.PLUS)) return obviousType(u.getExpression());
    if (e instanceof CastExpr c && c.getType().isPrimitiveType()) return c.getType().asString();
    return null;
  }
}
