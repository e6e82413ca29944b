package io.github.sockcheck.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.symbolsolver.javaparsermodel.declarations.JavaParserFieldDeclaration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an argument expression is: a folded constant (literals, named constants in this file, other
 * sources and jars, enum constants), {@code null}, a parameter, a field, a call result, or unknown.
 */
final class ValueAnalyzer {

  private static final int MAX_DEPTH = 24;
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** A constant: {@code value} is Long/String/Boolean/Double, or null for an enum constant. */
  record Const(Object value, boolean wide, String name) {
    Const named(String newName) {
      return new Const(value, wide, newName);
    }
  }

  /** What a name refers to. */
  private sealed interface Ref {}

  private record ParamRef() implements Ref {}

  private record LocalRef(NameLookup.Local local) implements Ref {}

  private record FieldRef(String name, Const constant, boolean isNull) implements Ref {
    FieldRef(String name, Const constant) {
      this(name, constant, false);
    }
  }

  private record UnknownRef() implements Ref {}

  private final FileScope scope;
  private final ClassFileConstants classFiles;
  private final CallResolver calls;
  private final java.util.Map<Expression, Ref> references = new java.util.IdentityHashMap<>();

  ValueAnalyzer(FileScope scope, ClassFileConstants classFiles, CallResolver calls) {
    this.scope = scope;
    this.classFiles = classFiles;
    this.calls = calls;
  }

  /** Strips parentheses and casts to reference types, which do not change the value. */
  private static Expression unwrap(Expression e) {
    Expression x = e;
    while (true) {
      if (x instanceof EnclosedExpr en) x = en.getInner();
      else if (x instanceof CastExpr cast && !cast.getType().isPrimitiveType())
        x = cast.getExpression();
      else return x;
    }
  }

  Optional<Const> constant(Expression e, int depth) {
    if (depth > MAX_DEPTH) return Optional.empty();
    if (e instanceof EnclosedExpr en) return constant(en.getInner(), depth + 1);
    if (e instanceof IntegerLiteralExpr i)
      return Optional.of(new Const(i.asNumber().longValue(), false, null));
    if (e instanceof LongLiteralExpr l)
      return Optional.of(new Const(l.asNumber().longValue(), true, null));
    if (e instanceof CharLiteralExpr ch)
      return Optional.of(new Const((long) ch.asChar(), false, null));
    if (e instanceof BooleanLiteralExpr b) return Optional.of(new Const(b.getValue(), false, null));
    if (e instanceof StringLiteralExpr s) return Optional.of(new Const(s.asString(), false, null));
    if (e instanceof TextBlockLiteralExpr t)
      return Optional.of(new Const(t.asString(), false, null));
    if (e instanceof UnaryExpr u) return unary(u, depth);
    if (e instanceof BinaryExpr b) return binary(b, depth);
    if (e instanceof CastExpr cast) return cast(cast, depth);
    if (e instanceof ConditionalExpr cond) {
      Optional<Const> test = constant(cond.getCondition(), depth + 1);
      if (test.isPresent() && test.get().value() instanceof Boolean t) {
        return constant(t ? cond.getThenExpr() : cond.getElseExpr(), depth + 1)
            .map(c -> c.named(null));
      }
      return Optional.empty();
    }
    if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
      return reference(e, depth) instanceof FieldRef f
          ? Optional.ofNullable(f.constant())
          : localConstant(e, depth);
    }
    return Optional.empty();
  }

  private Optional<Const> localConstant(Expression e, int depth) {
    if (!(e instanceof NameExpr)) return Optional.empty();
    Ref ref = reference(e, depth);
    if (ref instanceof LocalRef l && NameLookup.assignedOnce(l.local())) {
      return constant(l.local().declarator().getInitializer().orElseThrow(), depth + 1);
    }
    return Optional.empty();
  }

  private Optional<Const> unary(UnaryExpr u, int depth) {
    Optional<Const> inner = constant(u.getExpression(), depth + 1);
    if (inner.isEmpty()) return inner;
    Const c = inner.get();
    if (c.value() instanceof Long v) {
      return switch (u.getOperator()) {
        case MINUS -> Optional.of(num(-v, c.wide()));
        case PLUS -> Optional.of(num(v, c.wide()));
        case BITWISE_COMPLEMENT -> Optional.of(num(~v, c.wide()));
        default -> Optional.empty();
      };
    }
    if (c.value() instanceof Boolean b
        && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return Optional.of(new Const(!b, false, null));
    }
    return Optional.empty();
  }

  private Optional<Const> binary(BinaryExpr b, int depth) {
    Optional<Const> left = constant(b.getLeft(), depth + 1);
    if (left.isEmpty()) return left;
    Optional<Const> right = constant(b.getRight(), depth + 1);
    if (right.isEmpty()) return right;
    Object l = left.get().value();
    Object r = right.get().value();
    if (b.getOperator() == BinaryExpr.Operator.PLUS
        && (l instanceof String || r instanceof String)
        && l != null
        && r != null) {
      return Optional.of(new Const(String.valueOf(l) + r, false, null));
    }
    if (!(l instanceof Long x) || !(r instanceof Long y)) return Optional.empty();
    boolean wide = left.get().wide() || right.get().wide();
    boolean shift =
        b.getOperator() == BinaryExpr.Operator.LEFT_SHIFT
            || b.getOperator() == BinaryExpr.Operator.SIGNED_RIGHT_SHIFT
            || b.getOperator() == BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT;
    if (shift) wide = left.get().wide(); // the shift's type is the left operand's
    int distance = (int) (wide ? y & 63 : y & 31);
    Long result =
        switch (b.getOperator()) {
          case PLUS -> x + y;
          case MINUS -> x - y;
          case MULTIPLY -> x * y;
          case DIVIDE -> y == 0 ? null : wide ? x / y : (long) ((int) (long) x / (int) (long) y);
          case REMAINDER -> y == 0 ? null : wide ? x % y : (long) ((int) (long) x % (int) (long) y);
          case BINARY_OR -> x | y;
          case BINARY_AND -> x & y;
          case XOR -> x ^ y;
          case LEFT_SHIFT -> x << distance;
          case SIGNED_RIGHT_SHIFT -> wide ? x >> distance : (long) ((int) (long) x >> distance);
          case UNSIGNED_RIGHT_SHIFT -> wide ? x >>> distance : (long) ((int) (long) x >>> distance);
          default -> null;
        };
    return result == null ? Optional.empty() : Optional.of(num(result, wide));
  }

  private Optional<Const> cast(CastExpr cast, int depth) {
    Optional<Const> inner = constant(cast.getExpression(), depth + 1);
    if (inner.isEmpty() || !cast.getType().isPrimitiveType()) return inner;
    Const c = inner.get();
    if (!(c.value() instanceof Long v)) return inner;
    long narrowed =
        switch (cast.getType().asString()) {
          case "byte" -> (byte) (long) v;
          case "short" -> (short) (long) v;
          case "char" -> (char) (long) v;
          case "int" -> (int) (long) v;
          default -> v;
        };
    return Optional.of(new Const(narrowed, cast.getType().asString().equals("long"), c.name()));
  }

  private static Const num(long value, boolean wide) {
    return new Const(wide ? value : (long) (int) value, wide, null);
  }

  /** What a {@link NameExpr} or {@link FieldAccessExpr} refers to. */
  private Ref reference(Expression e, int depth) {
    Ref cached = references.get(e);
    if (cached != null) return cached;
    Ref ref = computeReference(e, depth);
    references.put(e, ref);
    return ref;
  }

  private Ref computeReference(Expression e, int depth) {
    if (e instanceof NameExpr n) {
      Optional<NameLookup.Var> found = NameLookup.find(n);
      if (found.isPresent()) return fromSyntax(found.get(), depth);
    } else if (e instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr) {
      Optional<NameLookup.Var> found =
          fa.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class)
              .flatMap(t -> NameLookup.member(t, fa.getNameAsString()));
      if (found.isPresent()) return fromSyntax(found.get(), depth);
    }
    Optional<Ref> solved = solve(e, depth);
    if (solved.isPresent()) return solved.get();
    return guessed(e);
  }

  private Ref fromSyntax(NameLookup.Var var, int depth) {
    if (var instanceof NameLookup.Param) return new ParamRef();
    if (var instanceof NameLookup.Local local) return new LocalRef(local);
    if (var instanceof NameLookup.EnumConstant ec) {
      String owner = scope.enclosingTypeName(ec.owner());
      return new FieldRef(
          owner + "." + ec.constant().getNameAsString(),
          new Const(null, false, owner + "." + ec.constant().getNameAsString()));
    }
    if (var instanceof NameLookup.Field field) {
      String owner = scope.enclosingTypeName(field.owner());
      return fieldRef(
          owner + "." + field.declarator().getNameAsString(),
          field.constant(),
          field.declarator(),
          depth);
    }
    return new UnknownRef();
  }

  private FieldRef fieldRef(
      String name, boolean constant, VariableDeclarator declarator, int depth) {
    if (!constant || declarator.getInitializer().isEmpty()) return new FieldRef(name, null);
    if (unwrap(declarator.getInitializer().get()) instanceof NullLiteralExpr)
      return new FieldRef(name, null, true);
    Optional<Const> value = constant(declarator.getInitializer().get(), depth + 1);
    // A static final field whose value we cannot fold (e.g. an object) is still a field, not a
    // constant.
    return new FieldRef(name, value.map(c -> c.named(name)).orElse(null));
  }

  private Optional<Ref> solve(Expression e, int depth) {
    ResolvedValueDeclaration d;
    try {
      d = e instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) e).resolve();
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
    try {
      if (d.isParameter()) return Optional.of(new ParamRef());
      if (d.isEnumConstant()) {
        String owner =
            d.getType().isReferenceType()
                ? d.getType().asReferenceType().getTypeDeclaration().map(TypeNames::fqn).orElse("*")
                : "*";
        String name = owner + "." + d.getName();
        return Optional.of(new FieldRef(name, new Const(null, false, name)));
      }
      if (d.isField()) {
        String owner = TypeNames.fqn(d.asField().declaringType());
        String name = owner + "." + d.getName();
        if (d instanceof JavaParserFieldDeclaration jp) {
          Node parent = jp.getWrappedNode().getParentNode().orElse(null);
          boolean iface =
              parent instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
                  && c.isInterface();
          boolean constant =
              iface || (jp.getWrappedNode().isStatic() && jp.getWrappedNode().isFinal());
          return Optional.of(fieldRef(name, constant, jp.getVariableDeclarator(), depth));
        }
        // An inherited field (an interface constant used by simple name in an implementing class)
        // comes
        // wrapped by the solver: read it from its declaring type's syntax when that type is a
        // source.
        Optional<NameLookup.Var> declared = scope.sourceMember(owner, d.getName());
        if (declared.isPresent()) return Optional.of(fromSyntax(declared.get(), depth));
        Optional<Object> value =
            d.asField().isStatic() ? classFiles.value(owner, d.getName()) : Optional.empty();
        return Optional.of(new FieldRef(name, value.map(v -> classConst(v, name)).orElse(null)));
      }
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Without the solver: static imports, {@code Type.NAME} through imports and the class files. */
  private Ref guessed(Expression e) {
    String owner = null;
    String member;
    if (e instanceof NameExpr n) {
      member = n.getNameAsString();
      owner = scope.staticImportOwner(member);
      if (owner == null) {
        for (String candidate : scope.staticWildcardOwners()) {
          if (classFiles.value(candidate, member).isPresent()) owner = candidate;
        }
      }
    } else {
      FieldAccessExpr fa = (FieldAccessExpr) e;
      member = fa.getNameAsString();
      // A type declared in this file (e.g. a nested JNA interface holding AF_INET): read it from
      // the syntax,
      // which needs no solver even when the type's supertypes (com.sun.jna.Library) are not on the
      // classpath.
      Optional<NameLookup.Var> local = sameFileMember(fa);
      if (local.isPresent()) return fromSyntax(local.get(), 0);
      if (looksLikeTypeName(fa.getScope())) owner = scope.guessType(fa.getScope().toString());
    }
    if (owner == null) return new UnknownRef();
    String name = owner + "." + member;
    Optional<Object> value = classFiles.value(owner, member);
    if (value.isPresent()) return new FieldRef(name, classConst(value.get(), name));
    Optional<NameLookup.Var> declared = scope.sourceMember(owner, member);
    if (declared.isPresent()) return fromSyntax(declared.get(), 0);
    // An upper-case member of a type (AF_INET, PF_UNSPEC, an enum constant): a named constant of
    // unknown value.
    if (CONSTANT_NAME.matcher(member).matches())
      return new FieldRef(name, new Const(null, false, name));
    return new FieldRef(name, null);
  }

  /**
   * {@code Type.NAME} where {@code Type} is declared (possibly nested) in the same compilation
   * unit.
   */
  private static Optional<NameLookup.Var> sameFileMember(FieldAccessExpr fa) {
    if (!(fa.getScope() instanceof NameExpr typeName) || !looksLikeTypeName(typeName))
      return Optional.empty();
    return fa.findCompilationUnit().stream()
        .flatMap(cu -> cu.findAll(com.github.javaparser.ast.body.TypeDeclaration.class).stream())
        .filter(t -> t.getNameAsString().equals(typeName.getNameAsString()))
        .findFirst()
        .flatMap(
            t ->
                NameLookup.member(
                    (com.github.javaparser.ast.body.TypeDeclaration<?>) t, fa.getNameAsString()));
  }

  private static Const classConst(Object v, String name) {
    Object value = v instanceof Integer i ? Long.valueOf(i) : v;
    return new Const(value, false, name);
  }

  /** {@code Foo}, {@code a.b.Foo}, {@code Outer.Inner} — not a variable in scope. */
  private static boolean looksLikeTypeName(Expression e) {
    if (e instanceof NameExpr n) {
      String s = n.getNameAsString();
      return Character.isUpperCase(s.charAt(0)) && NameLookup.find(n).isEmpty();
    }
    if (e instanceof FieldAccessExpr fa) {
      Expression root = fa;
      while (root instanceof FieldAccessExpr f) root = f.getScope();
      return root instanceof NameExpr rn && NameLookup.find(rn).isEmpty();
    }
    return false;
  }
}
