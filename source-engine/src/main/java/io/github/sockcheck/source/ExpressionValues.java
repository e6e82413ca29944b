package io.github.sockcheck.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ComponentPatternExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import io.github.sockcheck.core.flow.CallFact;
import io.github.sockcheck.core.flow.TypeRef;
import io.github.sockcheck.core.flow.ValueNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates expressions of a method walk into value nodes: locals read the definition that reaches
 * them, constants fold (with named constants from other files and jars), fields become reads, calls
 * become {@link CallFact}s whose result is a node, casts and instanceof record type tests,
 * assignments update the locals or record field stores. Lambda bodies are walked in place: their
 * calls are the method's, their parameters come from outside.
 */
final class ExpressionValues {

  private final MethodWalker w;

  /** The nodes of conditions and their operands, to say what a branch tests. */
  final BranchTests tests = new BranchTests();

  ExpressionValues(MethodWalker walker) {
    this.w = walker;
  }

  int value(Expression e) {
    if (e instanceof EnclosedExpr en) return value(en.getInner());
    if (e instanceof NullLiteralExpr) return w.out.add(new ValueNode.Null());
    if (e instanceof LiteralExpr) return folded(e).orElseGet(() -> w.out.unknown("literal"));
    if (e instanceof NameExpr n) return name(n);
    if (e instanceof FieldAccessExpr fa) return fieldAccess(fa);
    if (e instanceof MethodCallExpr m) return call(m);
    if (e instanceof ObjectCreationExpr c) return creation(c);
    if (e instanceof AssignExpr a) return assign(a);
    if (e instanceof VariableDeclarationExpr d) return declare(d);
    if (e instanceof CastExpr c) return cast(c);
    if (e instanceof InstanceOfExpr i) return instanceOf(i);
    if (e instanceof ConditionalExpr c) return conditional(c);
    if (e instanceof UnaryExpr u) return unary(u);
    if (e instanceof BinaryExpr b) return binary(b);
    if (e instanceof LambdaExpr l) return lambda(l);
    if (e instanceof MethodReferenceExpr r) return methodReference(r);
    if (e instanceof ClassExpr c) return classLiteral(c);
    if (e instanceof ThisExpr || e instanceof SuperExpr) return w.thisNode();
    if (e instanceof SwitchExpr s) return switchExpression(s);
    for (Node child : e.getChildNodes()) if (child instanceof Expression x) value(x);
    return w.out.unknown(e.getClass().getSimpleName());
  }

  /**
   * A constant the analyzer can fold (literals, named constants, constant arithmetic), as a node.
   */
  private Optional<Integer> folded(Expression e) {
    Optional<ValueAnalyzer.Const> c = w.constants.constant(e, 0);
    return c.map(k -> w.out.add(new ValueNode.Constant(k.value(), k.name())));
  }

  // --- names and fields
  // -----------------------------------------------------------------------------

  private int name(NameExpr n) {
    String id = n.getNameAsString();
    Integer local = w.locals.get(id);
    if (local != null) return local;
    if (w.outer != null) {
      OuterScope.Captured captured = w.outer.find(id);
      if (captured != null)
        return w.out.add(new ValueNode.Captured(captured.methodId(), captured.node()));
    }
    Optional<Integer> constant = folded(n);
    if (constant.isPresent()) return constant.get();
    Optional<NameLookup.Var> var = NameLookup.find(n);
    if (var.isPresent() && var.get() instanceof NameLookup.Field f) {
      String owner = w.classes.typeName(f.owner());
      boolean isStatic = isStatic(f);
      return w.out.add(new ValueNode.FieldRead(owner, id, isStatic, isStatic ? -1 : w.thisNode()));
    }
    if (var.isPresent() && var.get() instanceof NameLookup.EnumConstant ec) {
      return w.out.add(new ValueNode.Constant(null, w.classes.typeName(ec.owner()) + "." + id));
    }
    return solvedField(n, id, -1).orElseGet(() -> w.out.unknown("name " + id));
  }

  private static boolean isStatic(NameLookup.Field f) {
    boolean iface = f.owner() instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    return iface
        || f.declarator()
            .getParentNode()
            .map(p -> p instanceof FieldDeclaration fd && fd.isStatic())
            .orElse(false);
  }

  /** A field the syntax does not show (inherited): its declaring type through the solver. */
  private Optional<Integer> solvedField(Expression e, String name, int receiver) {
    try {
      ResolvedValueDeclaration d =
          e instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) e).resolve();
      if (!d.isField()) return Optional.empty();
      String owner = TypeNames.fqn(d.asField().declaringType());
      boolean isStatic = d.asField().isStatic();
      int from = isStatic ? -1 : receiver >= 0 ? receiver : w.thisNode();
      return Optional.of(w.out.add(new ValueNode.FieldRead(owner, name, isStatic, from)));
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
  }

  private int fieldAccess(FieldAccessExpr fa) {
    Optional<Integer> constant = folded(fa);
    if (constant.isPresent()) return constant.get();
    String name = fa.getNameAsString();
    Expression target = fa.getScope();
    if (target instanceof ThisExpr || target instanceof SuperExpr) {
      return w.out.add(new ValueNode.FieldRead(fieldOwner(fa, name), name, false, w.thisNode()));
    }
    if (isTypeName(target)) {
      return w.out.add(new ValueNode.FieldRead(typeOf(target), name, true, -1));
    }
    int receiver = value(target);
    if (name.equals("length")) return w.out.unknown("array length");
    String owner = w.resolver.expressionType(target);
    return w.out.add(new ValueNode.FieldRead(owner == null ? "*" : owner, name, false, receiver));
  }

  /**
   * The type that declares field {@code name} as seen from {@code at}: enclosing types, else the
   * solver.
   */
  private String fieldOwner(Node at, String name) {
    for (Node n = at.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type && NameLookup.member(type, name).isPresent())
        return w.classes.typeName(type);
      if (n instanceof ObjectCreationExpr anonymous
          && anonymous.getAnonymousClassBody().isPresent()) {
        for (var member : anonymous.getAnonymousClassBody().get()) {
          if (member instanceof FieldDeclaration fd
              && fd.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(name))) {
            return w.classes.anonymousName(anonymous);
          }
        }
      }
    }
    return w.ownerName;
  }

  /**
   * A type named as an expression ({@code DatagramChannel}, {@code a.b.C}, {@code Outer.Inner}),
   * not a variable.
   */
  boolean isTypeName(Expression e) {
    if (e instanceof TypeExpr) return true;
    if (e instanceof NameExpr n) {
      String id = n.getNameAsString();
      if (w.locals.has(id) || (w.outer != null && w.outer.find(id) != null)) return false;
      return Character.isUpperCase(id.charAt(0)) && NameLookup.find(n).isEmpty();
    }
    if (e instanceof FieldAccessExpr fa) {
      String last = fa.getNameAsString();
      if (!Character.isUpperCase(last.charAt(0))
          || last.equals(last.toUpperCase(java.util.Locale.ROOT))) return false;
      Expression root = fa;
      while (root instanceof FieldAccessExpr f) root = f.getScope();
      return root instanceof NameExpr rn
          && !w.locals.has(rn.getNameAsString())
          && NameLookup.find(rn).isEmpty();
    }
    return false;
  }

  private String typeOf(Expression typeExpression) {
    if (typeExpression instanceof TypeExpr t) return nz(w.scope.typeName(t.getType()));
    try {
      return TypeNames.name(typeExpression.calculateResolvedType());
    } catch (RuntimeException | StackOverflowError e) {
      return w.scope.guessType(typeExpression.toString());
    }
  }

  private static String nz(String type) {
    return type == null ? "*" : type;
  }

  // --- calls
  // ----------------------------------------------------------------------------------------

  private int call(MethodCallExpr m) {
    String member = m.getNameAsString();
    Optional<Expression> target = m.getScope();
    boolean staticByType = target.isPresent() && isTypeName(target.get());
    int receiver = target.isPresent() && !staticByType ? value(target.get()) : -1;
    List<Integer> args = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Expression a : m.getArguments()) {
      args.add(value(a));
      texts.add(w.scope.text(a));
    }
    boolean worthResolving =
        w.index.mayMatchName(member, args.size()) || w.resolveMembers.contains(member);
    CallResolver.Resolution r;
    boolean isStatic;
    if (worthResolving) {
      r = w.resolver.resolve(m);
      isStatic =
          r.resolved() ? r.isStatic() : staticByType || (target.isEmpty() && declaredStatic(m));
    } else {
      r = byNames(m, staticByType);
      isStatic = staticByType || (target.isEmpty() && declaredStatic(m));
    }
    if (!isStatic && receiver < 0) receiver = w.thisNode();
    CallFact fact =
        new CallFact(
            nz(r.owner()),
            r.supertypes(),
            member,
            r.params(),
            r.returnType(),
            isStatic ? CallFact.Kind.STATIC : CallFact.Kind.VIRTUAL,
            isStatic ? -1 : receiver,
            args,
            texts,
            SiteLocations.ofCall(w.scope.path, m),
            r.resolved(),
            List.of());
    return w.out.call(fact);
  }

  /**
   * The owner of a call no rule cares about, from names alone (no solver): enough to link calls in
   * the project.
   */
  private CallResolver.Resolution byNames(MethodCallExpr m, boolean staticByType) {
    String owner;
    String returnType = null;
    if (m.getScope().isEmpty()) {
      MethodDeclaration declared = declaredMethod(m);
      if (declared != null) {
        owner = w.classes.typeName((Node) declared.getParentNode().orElseThrow());
        returnType = declared.getType().isVoidType() ? "void" : null;
      } else {
        String imported = w.scope.staticImportOwner(m.getNameAsString());
        owner = imported != null ? imported : w.ownerName;
      }
    } else if (staticByType) {
      owner = typeOf(m.getScope().get());
    } else {
      owner = w.resolver.expressionType(m.getScope().get());
    }
    return new CallResolver.Resolution(nz(owner), Set.of(), null, returnType, false);
  }

  /**
   * The method of an enclosing class an unqualified call names (innermost first, by name and
   * arity).
   */
  private MethodDeclaration declaredMethod(MethodCallExpr m) {
    for (Node n = m.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      List<? extends Node> members =
          n instanceof TypeDeclaration<?> t
              ? t.getMembers()
              : n instanceof ObjectCreationExpr c && c.getAnonymousClassBody().isPresent()
                  ? c.getAnonymousClassBody().get()
                  : null;
      if (members == null) continue;
      for (Node member : members) {
        if (member instanceof MethodDeclaration md
            && md.getNameAsString().equals(m.getNameAsString())
            && md.getParameters().size() == m.getArguments().size()) {
          return md;
        }
      }
    }
    return null;
  }

  private boolean declaredStatic(MethodCallExpr m) {
    MethodDeclaration declared = declaredMethod(m);
    if (declared != null) return declared.isStatic();
    return w.scope.staticImportOwner(m.getNameAsString()) != null;
  }

  private int creation(ObjectCreationExpr c) {
    c.getScope().ifPresent(this::value);
    List<Integer> args = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Expression a : c.getArguments()) {
      args.add(value(a));
      texts.add(w.scope.text(a));
    }
    String simple = c.getType().getNameAsString();
    boolean worthResolving =
        w.index.mayConstruct(simple, args.size()) || w.resolveMembers.contains(simple + "#<init>");
    CallResolver.Resolution r =
        worthResolving
            ? w.resolver.resolve(c)
            : new CallResolver.Resolution(
                nz(w.scope.createdType(c)), Set.of(), null, "void", false);
    CallFact fact =
        new CallFact(
            nz(r.owner()),
            r.supertypes(),
            "<init>",
            r.params(),
            "void",
            CallFact.Kind.CONSTRUCTOR,
            -1,
            args,
            texts,
            SiteLocations.ofCreation(w.scope.path, c),
            r.resolved(),
            List.of());
    int result = w.out.call(fact);
    if (c.getAnonymousClassBody().isPresent()) w.classes.anonymous(c, w.captureScope());
    return result;
  }

  /** {@code super(..)} / {@code this(..)}: a constructor call on the object being built. */
  void constructorInvocation(ExplicitConstructorInvocationStmt s) {
    s.getExpression().ifPresent(this::value);
    List<Integer> args = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Expression a : s.getArguments()) {
      args.add(value(a));
      texts.add(w.scope.text(a));
    }
    String owner = s.isThis() ? w.ownerName : w.classes.superclassOf(s);
    List<String> params = null;
    boolean resolved = false;
    Set<String> supertypes = Set.of();
    if (w.index.mayMatchName("<init>", args.size())) {
      try {
        var ctor = s.resolve();
        owner = TypeNames.fqn(ctor.declaringType());
        supertypes = CallResolver.ancestors(ctor.declaringType());
        params = new ArrayList<>();
        for (int i = 0; i < ctor.getNumberOfParams(); i++)
          params.add(TypeNames.name(ctor.getParam(i).getType()));
        resolved = true;
      } catch (RuntimeException | StackOverflowError e) {
        params = CallResolver.obviousParams(s.getArguments());
      }
    }
    w.out.call(
        new CallFact(
            nz(owner),
            supertypes,
            "<init>",
            params,
            "void",
            CallFact.Kind.SUPER_CONSTRUCTOR,
            w.thisNode(),
            args,
            texts,
            w.at(s),
            resolved,
            List.of()));
  }

  // --- assignments and declarations
  // -------------------------------------------------------------------

  private int declare(VariableDeclarationExpr d) {
    int last = -1;
    for (VariableDeclarator v : d.getVariables()) {
      last =
          v.getInitializer().isPresent()
              ? value(v.getInitializer().get())
              : w.out.unknown("not yet assigned");
      w.locals.set(v.getNameAsString(), last);
    }
    return last >= 0 ? last : w.out.unknown("declaration");
  }

  private int assign(AssignExpr a) {
    Expression target = a.getTarget();
    int receiver = -1;
    if (target instanceof FieldAccessExpr fa
        && !(fa.getScope() instanceof ThisExpr)
        && !isTypeName(fa.getScope())) {
      receiver = value(fa.getScope());
    } else if (target instanceof ArrayAccessExpr aa) {
      value(aa.getName());
      value(aa.getIndex());
    }
    int assigned = value(a.getValue());
    if (a.getOperator() != AssignExpr.Operator.ASSIGN)
      assigned = w.out.unknown("compound assignment");
    if (target instanceof NameExpr n) {
      String id = n.getNameAsString();
      if (w.locals.has(id)) {
        w.locals.set(id, assigned);
      } else {
        Optional<NameLookup.Var> var = NameLookup.find(n);
        if (var.isPresent() && var.get() instanceof NameLookup.Field f) {
          boolean isStatic = isStatic(f);
          w.out.store(
              w.classes.typeName(f.owner()),
              id,
              isStatic,
              isStatic ? -1 : w.thisNode(),
              assigned,
              w.at(a));
        } else {
          storeSolved(n, id, -1, assigned, a);
        }
      }
    } else if (target instanceof FieldAccessExpr fa) {
      String name = fa.getNameAsString();
      if (fa.getScope() instanceof ThisExpr) {
        w.out.store(fieldOwner(fa, name), name, false, w.thisNode(), assigned, w.at(a));
      } else if (isTypeName(fa.getScope())) {
        w.out.store(typeOf(fa.getScope()), name, true, -1, assigned, w.at(a));
      } else {
        String owner = w.resolver.expressionType(fa.getScope());
        w.out.store(nz(owner), name, false, receiver, assigned, w.at(a));
      }
    }
    return assigned;
  }

  private void storeSolved(NameExpr n, String name, int receiver, int value, AssignExpr at) {
    try {
      ResolvedValueDeclaration d = n.resolve();
      if (!d.isField()) return;
      boolean isStatic = d.asField().isStatic();
      w.out.store(
          TypeNames.fqn(d.asField().declaringType()),
          name,
          isStatic,
          isStatic ? -1 : receiver >= 0 ? receiver : w.thisNode(),
          value,
          w.at(at));
    } catch (RuntimeException | StackOverflowError e) {
      // an unknown name: nothing to record
    }
  }

  // --- operators
  // ----------------------------------------------------------------------------------------

  private int cast(CastExpr c) {
    if (c.getType().isPrimitiveType()) {
      Optional<Integer> constant = folded(c);
      if (constant.isPresent()) return constant.get();
      return value(c.getExpression()); // a widened or narrowed number is still the same descriptor
    }
    int inner = value(c.getExpression());
    String type = w.scope.typeName(c.getType());
    if (type != null) {
      w.out.typeTest(inner, type, true, w.at(c));
      w.out.typeRef(type, TypeRef.Kind.CAST, w.at(c));
    }
    return inner;
  }

  private int instanceOf(InstanceOfExpr i) {
    int tested = value(i.getExpression());
    String type = w.scope.typeName(i.getType());
    if (type != null) {
      w.out.typeTest(tested, type, false, w.at(i));
      w.out.typeRef(type, TypeRef.Kind.INSTANCEOF, w.at(i));
    }
    i.getPattern().ifPresent(p -> bindPattern(p, tested));
    return w.out.unknown("instanceof");
  }

  /**
   * A pattern's variables: a type pattern binds the tested value, record components are unknown.
   */
  private void bindPattern(ComponentPatternExpr pattern, int tested) {
    if (pattern instanceof TypePatternExpr tp) {
      w.locals.set(tp.getNameAsString(), tested);
    } else if (pattern instanceof RecordPatternExpr rp) {
      for (ComponentPatternExpr component : rp.getPatternList())
        bindPattern(component, w.out.unknown("record component"));
    }
  }

  /** A {@code case} label: constants hold no values; a type pattern binds the selector. */
  void caseLabel(Expression label, int selector) {
    if (label instanceof TypePatternExpr tp) {
      String type = w.scope.typeName(tp.getType());
      if (type != null) w.out.typeTest(selector, type, false, w.at(tp));
      w.locals.set(tp.getNameAsString(), selector);
    } else if (label instanceof RecordPatternExpr rp) {
      bindPattern(rp, selector);
    }
  }

  private int conditional(ConditionalExpr c) {
    Optional<Integer> constant = folded(c);
    if (constant.isPresent()) return constant.get();
    tests.remember(c.getCondition(), value(c.getCondition()));
    Locals afterCondition = w.locals.copy();
    int mark = w.out.guardMark();
    w.out.pushGuards(tests.guards(c.getCondition(), true));
    int whenTrue = value(c.getThenExpr());
    w.out.popGuards(mark);
    Locals trueLocals = w.locals;
    w.locals = afterCondition.copy();
    w.out.pushGuards(tests.guards(c.getCondition(), false));
    int whenFalse = value(c.getElseExpr());
    w.out.popGuards(mark);
    w.locals = Locals.join(trueLocals, w.locals, w.out);
    return w.out.merge(whenTrue, whenFalse);
  }

  private int unary(UnaryExpr u) {
    Optional<Integer> constant = folded(u);
    if (constant.isPresent()) return constant.get();
    int operand = value(u.getExpression());
    tests.remember(u.getExpression(), operand);
    UnaryExpr.Operator op = u.getOperator();
    boolean step =
        op == UnaryExpr.Operator.PREFIX_INCREMENT
            || op == UnaryExpr.Operator.PREFIX_DECREMENT
            || op == UnaryExpr.Operator.POSTFIX_INCREMENT
            || op == UnaryExpr.Operator.POSTFIX_DECREMENT;
    if (step && u.getExpression() instanceof NameExpr n && w.locals.has(n.getNameAsString())) {
      w.locals.set(n.getNameAsString(), w.out.unknown("incremented"));
    }
    return op == UnaryExpr.Operator.PLUS ? operand : w.out.unknown("arithmetic");
  }

  private int binary(BinaryExpr b) {
    Optional<Integer> constant = folded(b);
    if (constant.isPresent()) return constant.get();
    tests.remember(b.getLeft(), value(b.getLeft()));
    // The right operand of && runs only when the left holds, of || only when it fails.
    BinaryExpr.Operator op = b.getOperator();
    boolean shortCircuit = op == BinaryExpr.Operator.AND || op == BinaryExpr.Operator.OR;
    int mark = w.out.guardMark();
    if (shortCircuit) w.out.pushGuards(tests.guards(b.getLeft(), op == BinaryExpr.Operator.AND));
    tests.remember(b.getRight(), value(b.getRight()));
    w.out.popGuards(mark);
    return w.out.unknown("arithmetic");
  }

  // --- lambdas, references, literals, switch expressions
  // ------------------------------------------------

  private int lambda(LambdaExpr l) {
    Locals saved = w.locals.copy();
    boolean reachable = w.reachable;
    w.lambdaDepth++;
    List<io.github.sockcheck.core.flow.CallFact.BranchGuard> guards = w.out.suspendGuards();
    try {
      for (var p : l.getParameters())
        w.locals.set(p.getNameAsString(), w.out.unknown("lambda parameter"));
      w.statements.statement(l.getBody());
    } finally {
      w.lambdaDepth--;
      w.out.restoreGuards(guards);
      w.locals = saved;
      w.reachable = reachable;
    }
    return w.out.unknown("lambda");
  }

  private int methodReference(MethodReferenceExpr r) {
    Expression target = r.getScope();
    if (target instanceof TypeExpr || isTypeName(target)) {
      w.out.typeRef(typeOf(target), TypeRef.Kind.METHOD_REFERENCE, w.at(r));
    } else {
      value(target);
    }
    return w.out.unknown("method reference");
  }

  private int classLiteral(ClassExpr c) {
    String type = w.scope.typeName(c.getType());
    if (type == null) return w.out.unknown("class literal");
    w.out.typeRef(type, TypeRef.Kind.CLASS_LITERAL, w.at(c));
    return w.out.add(new ValueNode.ClassLiteral(type));
  }

  private int switchExpression(SwitchExpr s) {
    int selector = value(s.getSelector());
    Locals start = w.locals.copy();
    Jumps.Target target = w.jumps.push(Jumps.Kind.SWITCH_EXPRESSION, null);
    Locals fall = w.statements.entries(s.getEntries(), selector, start, target);
    w.jumps.pop();
    Locals exit = fall;
    for (Locals b : target.breaks) exit = Locals.join(exit, b, w.out);
    w.locals = exit != null ? exit : start;
    w.locals.keepOnly(start);
    w.reachable = exit != null;
    if (target.yields.isEmpty()) return w.out.unknown("switch expression");
    return target.yields.size() == 1 ? target.yields.get(0) : w.out.openMerge(target.yields);
  }
}
