package io.github.sockcheck.source;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.sockcheck.core.flow.Access;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.FieldDecl;
import io.github.sockcheck.core.flow.MethodFacts;
import io.github.sockcheck.core.flow.ValueNode;
import io.github.sockcheck.core.index.CallPatternIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One parsed file → the local facts of every class in it: top-level, nested, local and anonymous
 * classes (named as javac names them: {@code Outer$Inner}, {@code Outer$1Local}, {@code Outer$1}),
 * each method, constructor and initializer walked by a {@link MethodWalker}. Field initializers and
 * instance initializer blocks form the method {@code <init>()}, static ones {@code <clinit>()}, as
 * in bytecode.
 */
final class ClassFactsExtractor {

  private final FileScope scope;
  private final CallResolver resolver;
  private final ValueAnalyzer constants;
  private final CallPatternIndex index;
  private final Set<String> resolveMembers;
  private final List<ClassFacts> classes = new ArrayList<>();
  private final Map<Node, String> localNames = new IdentityHashMap<>();
  private final Map<String, Integer> localCounters = new HashMap<>();

  ClassFactsExtractor(
      FileScope scope,
      CallResolver resolver,
      ValueAnalyzer constants,
      CallPatternIndex index,
      Set<String> resolveMembers) {
    this.scope = scope;
    this.resolver = resolver;
    this.constants = constants;
    this.index = index;
    this.resolveMembers = resolveMembers;
  }

  List<ClassFacts> extract() {
    for (TypeDeclaration<?> type : scope.unit.getTypes()) type(type, null);
    return classes;
  }

  /** The binary name of a type declaration or anonymous class body holder. */
  String typeName(Node type) {
    if (type instanceof ObjectCreationExpr c) return anonymousName(c);
    String local = localNames.get(type);
    if (local != null) return local;
    if (!(type instanceof TypeDeclaration<?> t)) return scope.enclosingTypeName(type);
    Node holder = enclosingTypeHolder(t);
    if (holder == null)
      return scope.packageName.isEmpty()
          ? t.getNameAsString()
          : scope.packageName + "." + t.getNameAsString();
    return typeName(holder) + "$" + t.getNameAsString();
  }

  /** The innermost type declaration or anonymous class around {@code node}, or null. */
  private static Node enclosingTypeHolder(Node node) {
    for (Node n = node.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?>) return n;
      if (n instanceof ObjectCreationExpr c && c.getAnonymousClassBody().isPresent()) return n;
    }
    return null;
  }

  String anonymousName(ObjectCreationExpr c) {
    return localNames.computeIfAbsent(
        c,
        k -> {
          Node holder = enclosingTypeHolder(c);
          String outer = holder == null ? "" : typeName(holder);
          int n = localCounters.merge(outer + "$", 1, Integer::sum);
          return outer + "$" + n;
        });
  }

  /** A local class declared in a method: {@code Outer$1Local}. */
  void local(TypeDeclaration<?> decl, OuterScope outer) {
    if (!localNames.containsKey(decl)) {
      Node holder = enclosingTypeHolder(decl);
      String outerName = holder == null ? "" : typeName(holder);
      int n = localCounters.merge(outerName + "$" + decl.getNameAsString(), 1, Integer::sum);
      localNames.put(decl, outerName + "$" + n + decl.getNameAsString());
    }
    type(decl, outer);
  }

  void anonymous(ObjectCreationExpr c, OuterScope outer) {
    String name = anonymousName(c);
    String created = scope.createdType(c);
    NodeList<BodyDeclaration<?>> body = c.getAnonymousClassBody().orElseThrow();
    members(name, created, List.of(), Access.PACKAGE, body, outer, false);
  }

  /**
   * The superclass a {@code super(..)} call reaches, from the enclosing class's {@code extends}.
   */
  String superclassOf(ExplicitConstructorInvocationStmt s) {
    Node holder = enclosingTypeHolder(s);
    if (holder instanceof ClassOrInterfaceDeclaration c && !c.getExtendedTypes().isEmpty()) {
      return scope.typeName(c.getExtendedTypes().get(0));
    }
    if (holder instanceof EnumDeclaration) return "java.lang.Enum";
    if (holder instanceof RecordDeclaration) return "java.lang.Record";
    return "java.lang.Object";
  }

  private void type(TypeDeclaration<?> type, OuterScope outer) {
    String name = typeName(type);
    String superName = null;
    List<String> interfaces = new ArrayList<>();
    boolean isInterface = false;
    if (type instanceof ClassOrInterfaceDeclaration c) {
      isInterface = c.isInterface();
      List<ClassOrInterfaceType> supers =
          isInterface ? c.getExtendedTypes() : c.getImplementedTypes();
      for (ClassOrInterfaceType t : supers) addType(interfaces, t);
      if (!isInterface && !c.getExtendedTypes().isEmpty())
        superName = scope.typeName(c.getExtendedTypes().get(0));
    } else if (type instanceof EnumDeclaration e) {
      superName = "java.lang.Enum";
      for (ClassOrInterfaceType t : e.getImplementedTypes()) addType(interfaces, t);
    } else if (type instanceof RecordDeclaration r) {
      superName = "java.lang.Record";
      for (ClassOrInterfaceType t : r.getImplementedTypes()) addType(interfaces, t);
    }
    members(
        name,
        superName,
        interfaces,
        access(type, isInterface),
        type.getMembers(),
        outer,
        isInterface);
    if (type instanceof EnumDeclaration e) {
      for (EnumConstantDeclaration constant : e.getEntries()) {
        if (!constant.getClassBody().isEmpty()) {
          String constantClass = name + "$" + (localCounters.merge(name + "$", 1, Integer::sum));
          members(
              constantClass,
              name,
              List.of(),
              Access.PACKAGE,
              constant.getClassBody(),
              outer,
              false);
        }
      }
    }
  }

  private void addType(List<String> into, ClassOrInterfaceType t) {
    String name = scope.typeName(t);
    if (name != null) into.add(name);
  }

  private void members(
      String name,
      String superName,
      List<String> interfaces,
      Access access,
      List<BodyDeclaration<?>> members,
      OuterScope outer,
      boolean isInterface) {
    List<FieldDecl> fields = new ArrayList<>();
    List<MethodFacts> methods = new ArrayList<>();
    List<BodyDeclaration<?>> instanceInit = new ArrayList<>();
    List<BodyDeclaration<?>> staticInit = new ArrayList<>();
    for (BodyDeclaration<?> member : members) {
      if (member instanceof FieldDeclaration f) {
        boolean isStatic = isInterface || f.isStatic();
        for (VariableDeclarator v : f.getVariables()) {
          fields.add(
              new FieldDecl(
                  v.getNameAsString(),
                  isInterface ? Access.PUBLIC : access(f, false),
                  isStatic,
                  isInterface || f.isFinal()));
        }
        if (f.getVariables().stream().anyMatch(v -> v.getInitializer().isPresent()))
          (isStatic ? staticInit : instanceInit).add(f);
      } else if (member instanceof InitializerDeclaration init) {
        (init.isStatic() ? staticInit : instanceInit).add(init);
      } else if (member instanceof CallableDeclaration<?> callable) {
        methods.add(callable(name, callable, isInterface, outer));
      } else if (member instanceof CompactConstructorDeclaration compact) {
        methods.add(
            body(
                name,
                "<init>",
                List.of(),
                List.of(),
                "void",
                access(compact, false),
                false,
                false,
                compact.getBody(),
                outer));
      } else if (member instanceof TypeDeclaration<?> nested) {
        type(nested, nested.isStatic() ? null : outer);
      }
    }
    if (!instanceInit.isEmpty())
      methods.add(initializers(name, "<init>", instanceInit, false, outer));
    if (!staticInit.isEmpty()) methods.add(initializers(name, "<clinit>", staticInit, true, outer));
    classes.add(
        new ClassFacts(
            name,
            superName,
            interfaces,
            access,
            scope.path,
            outer == null ? null : outer.methodId(),
            fields,
            methods));
  }

  private MethodFacts callable(
      String owner, CallableDeclaration<?> callable, boolean isInterface, OuterScope outer) {
    List<String> paramTypes = new ArrayList<>();
    List<String> paramNames = new ArrayList<>();
    for (Parameter p : callable.getParameters()) {
      String type = scope.typeName(p.getType());
      paramTypes.add(type == null ? null : p.isVarArgs() ? type + "[]" : type);
      paramNames.add(p.getNameAsString());
    }
    String name =
        callable instanceof ConstructorDeclaration ? "<init>" : callable.getNameAsString();
    String returnType =
        callable instanceof MethodDeclaration m
            ? (m.getType().isVoidType() ? "void" : scope.typeName(m.getType()))
            : "void";
    boolean isStatic = callable.isStatic();
    Access access = isInterface && !callable.isPrivate() ? Access.PUBLIC : access(callable, false);
    BlockStmt body =
        callable instanceof MethodDeclaration m
            ? m.getBody().orElse(null)
            : ((ConstructorDeclaration) callable).getBody();
    return body(
        owner, name, paramTypes, paramNames, returnType, access, isStatic, false, body, outer);
  }

  private MethodFacts body(
      String owner,
      String name,
      List<String> paramTypes,
      List<String> paramNames,
      String returnType,
      Access access,
      boolean isStatic,
      boolean synthetic,
      BlockStmt body,
      OuterScope outer) {
    String id = MethodFacts.id(owner, name, paramTypes);
    MethodWalker walker =
        new MethodWalker(scope, resolver, constants, index, resolveMembers, this, owner, id, outer);
    for (int i = 0; i < paramNames.size(); i++)
      walker.locals.set(paramNames.get(i), walker.out.add(new ValueNode.Parameter(i)));
    if (body != null) walker.statements.block(body);
    return walker.out.build(name, paramTypes, returnType, access, isStatic, synthetic);
  }

  private MethodFacts initializers(
      String owner,
      String name,
      List<BodyDeclaration<?>> parts,
      boolean isStatic,
      OuterScope outer) {
    String id = MethodFacts.id(owner, name, List.of());
    MethodWalker walker =
        new MethodWalker(scope, resolver, constants, index, resolveMembers, this, owner, id, outer);
    for (BodyDeclaration<?> part : parts) {
      if (part instanceof InitializerDeclaration init) {
        walker.statements.block(init.getBody());
      } else if (part instanceof FieldDeclaration f) {
        for (VariableDeclarator v : f.getVariables()) {
          if (v.getInitializer().isEmpty()) continue;
          Expression init = v.getInitializer().get();
          int value = walker.expressions.value(init);
          walker.out.store(
              owner,
              v.getNameAsString(),
              isStatic,
              isStatic ? -1 : walker.thisNode(),
              value,
              walker.at(v));
        }
      }
      walker.reachable = true;
    }
    return walker.out.build(name, List.of(), "void", Access.PRIVATE, isStatic, true);
  }

  private static Access access(NodeWithModifiers<?> node, boolean isInterface) {
    if (isInterface || node.hasModifier(Modifier.Keyword.PUBLIC)) return Access.PUBLIC;
    if (node.hasModifier(Modifier.Keyword.PROTECTED)) return Access.PROTECTED;
    if (node.hasModifier(Modifier.Keyword.PRIVATE)) return Access.PRIVATE;
    return Access.PACKAGE;
  }

  private static Access access(TypeDeclaration<?> type, boolean isInterface) {
    return access((NodeWithModifiers<?>) type, false);
  }
}
