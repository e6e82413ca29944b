package io.github.sockcheck.source;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
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
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import io.github.sockcheck.apimodel.ApiModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves a candidate call to its owner, overload and return type with the symbol solver, and
 * falls back to names (imports, declared types of variables, same package, java.lang) when it
 * cannot.
 */
final class CallResolver {

  /** What the engine knows about the invoked member. */
  record Resolution(
      String owner,
      Set<String> supertypes,
      List<String> params,
      String returnType,
      boolean resolved,
      boolean isStatic) {
    Resolution(
        String owner,
        Set<String> supertypes,
        List<String> params,
        String returnType,
        boolean resolved) {
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
      return new Resolution(
          r.owner(), r.supertypes(), r.params(), r.returnType(), true, method.isStatic());
    } catch (RuntimeException | StackOverflowError e) {
      String owner = fallbackOwner(call);
      Optional<ApiModel.Method> modelled =
          modelled(owner, call.getNameAsString(), call.getArguments());
      if (modelled.isPresent()) {
        ApiModel.Method m = modelled.get();
        return new Resolution(
            m.owner(), ancestorsOf(m.owner()), m.params(), m.returnType(), false, m.isStatic());
      }
      return new Resolution(
          owner, ancestorsOf(owner), obviousParams(call.getArguments()), null, false);
    }
  }

  /**
   * Without a classpath, the API model of the library types the rules name (generated from the real
   * jars) still knows a library method's declaring type and signature, when exactly one overload
   * has that arity.
   */
  private Optional<ApiModel.Method> modelled(String owner, String name, List<Expression> args) {
    if (owner == null || owner.equals("*")) return Optional.empty();
    List<ApiModel.Method> methods =
        pickOverload(ApiModel.builtIn().methods(owner, name, args.size()), args);
    return methods.size() == 1 ? Optional.of(methods.get(0)) : Optional.empty();
  }

  /** The overloads whose parameter types fit the arguments whose types the text shows. */
  private List<ApiModel.Method> pickOverload(
      List<ApiModel.Method> overloads, List<Expression> args) {
    if (overloads.size() < 2) return overloads;
    List<ApiModel.Method> fitting = new ArrayList<>();
    for (ApiModel.Method m : overloads) {
      boolean fits = true;
      for (int i = 0; i < args.size() && fits; i++) {
        String hint = typeHint(args.get(i));
        fits = hint == null || hint.equals(m.params().get(i));
      }
      if (fits) fitting.add(m);
    }
    return fitting;
  }

  /**
   * An argument's type when the text shows it: a literal, a primitive cast, {@code Type.CONSTANT},
   * {@code null} fits any reference.
   */
  private String typeHint(Expression arg) {
    String obvious = obviousType(arg);
    if (obvious != null) return obvious;
    if (arg instanceof FieldAccessExpr fa
        && fa.getNameAsString().equals(fa.getNameAsString().toUpperCase(java.util.Locale.ROOT))
        && Character.isUpperCase(fa.getScope().toString().charAt(0))) {
      String type = scope.guessType(fa.getScope().toString());
      return type.indexOf('.') > 0 ? type : null;
    }
    return null;
  }

  Resolution resolve(ObjectCreationExpr creation) {
    try {
      var constructor = creation.resolve();
      Resolution r = resolved(constructor, "void");
      return creation.getAnonymousClassBody().isPresent()
          ? new Resolution(r.owner(), r.supertypes(), r.params(), "void", true)
          : r;
    } catch (RuntimeException | StackOverflowError e) {
      String owner = scope.createdType(creation);
      if (owner == null) owner = "*";
      List<String> params = obviousParams(creation.getArguments());
      List<ApiModel.Method> ctors =
          owner.equals("*")
              ? List.of()
              : pickOverload(
                  ApiModel.builtIn().methods(owner, "<init>", creation.getArguments().size()),
                  creation.getArguments());
      if (ctors.size() == 1 && ctors.get(0).owner().equals(owner)) params = ctors.get(0).params();
      return new Resolution(owner, ancestorsOf(owner), params, "void", false);
    }
  }

  private Resolution resolved(ResolvedMethodLikeDeclaration method, String returnType) {
    ResolvedReferenceTypeDeclaration owner = method.declaringType();
    List<String> params = new ArrayList<>();
    for (int i = 0; i < method.getNumberOfParams(); i++)
      params.add(TypeNames.name(method.getParam(i).getType()));
    return new Resolution(TypeNames.fqn(owner), ancestors(owner), params, returnType, true);
  }

  /**
   * {@code owner#member} of the call whose result an argument is, {@code *#member} when unknown.
   */
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
        if (var.get() instanceof NameLookup.EnumConstant ec)
          return scope.enclosingTypeName(ec.owner());
        if (var.get().type() != null && !var.get().type().isVarType())
          return scope.typeName(var.get().type());
        return solvedType(x);
      }
      String solved = solvedType(x);
      if (solved != null) return solved;
      // Not a variable: a type name (static call), when it looks like one.
      return Character.isUpperCase(n.getNameAsString().charAt(0))
          ? scope.guessType(n.getNameAsString())
          : null;
    }
    if (x instanceof FieldAccessExpr fa) {
      String solved = solvedType(x);
      if (solved != null) return solved;
      Expression root = fa;
      while (root instanceof FieldAccessExpr f) root = f.getScope();
      String last = fa.getNameAsString();
      boolean typeLike =
          Character.isUpperCase(last.charAt(0))
              && !last.equals(last.toUpperCase(java.util.Locale.ROOT));
      if (root instanceof NameExpr rn && NameLookup.find(rn).isEmpty() && typeLike) {
        return scope.guessType(fa.toString());
      }
      return null;
    }
    return solvedType(x);
  }

  private String solvedType(Expression e) {
    try {
      ResolvedType type = e.calculateResolvedType();
      return TypeNames.name(type);
    } catch (RuntimeException | StackOverflowError ex) {
      return e instanceof MethodCallExpr call ? modelledReturnType(call) : null;
    }
  }

  /**
   * The return type of a library call from the API model, when the receiver's type is known by
   * name.
   */
  private String modelledReturnType(MethodCallExpr call) {
    if (call.getScope().isEmpty()) return null;
    String receiver = expressionType(call.getScope().get());
    if (receiver == null) return null;
    return ApiModel.builtIn()
        .returnType(receiver, call.getNameAsString(), call.getArguments().size())
        .orElse(null);
  }

  /**
   * Supertypes of a type known only by name: through the solver when it knows the type, else the
   * API model's.
   */
  private Set<String> ancestorsOf(String owner) {
    if (owner == null || owner.equals("*") || owner.indexOf('.') < 0) return Set.of();
    try {
      SymbolReference<ResolvedReferenceTypeDeclaration> ref =
          solver.tryToSolveType(owner.replace('$', '.'));
      if (ref.isSolved()) return ancestors(ref.getCorrespondingDeclaration());
    } catch (RuntimeException | StackOverflowError e) {
      // fall through to the model
    }
    return new TreeSet<>(ApiModel.builtIn().supertypes(owner));
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
        if (d.isPresent() && names.add(TypeNames.fqn((ResolvedTypeDeclaration) d.get())))
          queue.add(d.get());
      }
    }
    return names;
  }

  /**
   * Parameter types when every argument's type is plain from the text (literals, casts); else null.
   */
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
    if (e instanceof UnaryExpr u
        && (u.getOperator() == UnaryExpr.Operator.MINUS
            || u.getOperator() == UnaryExpr.Operator.PLUS)) return obviousType(u.getExpression());
    if (e instanceof CastExpr c && c.getType().isPrimitiveType()) return c.getType().asString();
    return null;
  }
}
