package io.github.sockcheck.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.TypeSolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One parsed file and what it knows about names: its package, imports and declared types. Gives the
 * best-effort type names used when the symbol solver cannot resolve something (no classpath).
 */
final class FileScope {

  final CompilationUnit unit;
  final String path;
  final LineIndex lines;
  final String packageName;
  private final TypeSolver solver;
  private final ClassFileConstants classFiles;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> wildcardImports = new ArrayList<>();
  private final Map<String, String> staticImports = new HashMap<>();
  private final List<String> staticWildcards = new ArrayList<>();
  private final Map<String, String> guessCache = new HashMap<>();
  private final Map<Type, String> typeNames = new IdentityHashMap<>();

  /**
   * Answers per written class name and the node that scopes it (the innermost type declaration or
   * class body): the same name in the same class means the same type, unless a type parameter or a
   * class declared in a method or class body of that name is in play (those are not kept).
   */
  private final Map<Node, Map<String, String>> namesByScope = new IdentityHashMap<>();

  private java.util.Set<String> localClassNames;

  FileScope(
      CompilationUnit unit,
      String path,
      LineIndex lines,
      TypeSolver solver,
      ClassFileConstants classFiles) {
    this.unit = unit;
    this.path = path;
    this.lines = lines;
    this.solver = solver;
    this.classFiles = classFiles;
    this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (ImportDeclaration imp : unit.getImports()) {
      String name = imp.getNameAsString();
      if (imp.isStatic()) {
        if (imp.isAsterisk()) staticWildcards.add(name);
        else staticImports.put(TypeNames.simple(name), name.substring(0, name.lastIndexOf('.')));
      } else if (imp.isAsterisk()) {
        wildcardImports.add(name);
      } else {
        singleImports.put(TypeNames.simple(name), name);
      }
    }
  }

  /** The class a static import of {@code member} names (dotted as imported), or null. */
  String staticImportOwner(String member) {
    String owner = staticImports.get(member);
    if (owner != null) return guessType(owner);
    return null;
  }

  List<String> staticWildcardOwners() {
    return staticWildcards.stream().map(this::guessType).toList();
  }

  /**
   * FQN of the named type declaration enclosing {@code node}: {@code pkg.Outer$Inner}; null outside
   * types.
   */
  String enclosingTypeName(Node node) {
    List<String> names = new ArrayList<>();
    Node current = node;
    while (current != null) {
      if (current instanceof TypeDeclaration<?> type) names.add(0, type.getNameAsString());
      current = current.getParentNode().orElse(null);
    }
    if (names.isEmpty()) return null;
    String joined = String.join("$", names);
    return packageName.isEmpty() ? joined : packageName + "." + joined;
  }

  /**
   * Best-effort FQN of a type as written in the AST, resolving with the solver first. Answers are
   * kept per node: a variable's declared type is asked for at every use of the variable (a third of
   * the calls on the bench corpus).
   */
  String typeName(Type type) {
    if (type.isPrimitiveType() || type.isVoidType()) return type.asString();
    if (type.isArrayType()) return typeName(type.asArrayType().getComponentType()) + "[]";
    if (type.isVarType()) return null;
    if (typeNames.containsKey(type)) return typeNames.get(type);
    String name = sameNameSameScope(type);
    typeNames.put(type, name);
    return name;
  }

  private String sameNameSameScope(Type type) {
    if (!(type instanceof ClassOrInterfaceType cit)) return referenceTypeName(type);
    String written = cit.getNameWithScope();
    String first = written.indexOf('.') < 0 ? written : written.substring(0, written.indexOf('.'));
    Node scope = null;
    Node child = type;
    for (Node n = type.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithTypeParameters<?> generic
          && generic.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(first)))
        return referenceTypeName(type);
      if (scope == null && inBodyOf(n, child)) scope = n;
      child = n;
    }
    if (scope == null || localClassNames().contains(first)) return referenceTypeName(type);
    Map<String, String> known = namesByScope.computeIfAbsent(scope, k -> new HashMap<>());
    if (known.containsKey(written)) return known.get(written);
    String name = referenceTypeName(type);
    known.put(written, name);
    return name;
  }

  /**
   * Whether {@code child} (a child of {@code n}) is a member of a class body {@code n} declares:
   * there the class's members and inherited member types can shadow a name; not in its header
   * ({@code extends}, the type of an anonymous {@code new}, annotations, record components).
   */
  private static boolean inBodyOf(Node n, Node child) {
    boolean body =
        n instanceof TypeDeclaration<?>
            || (n instanceof ObjectCreationExpr c && c.getAnonymousClassBody().isPresent())
            || n instanceof EnumConstantDeclaration;
    return body && child instanceof BodyDeclaration<?>;
  }

  private java.util.Set<String> localClassNames() {
    if (localClassNames == null) {
      localClassNames = new java.util.HashSet<>();
      for (TypeDeclaration<?> t : unit.findAll(TypeDeclaration.class)) {
        Node parent = t.getParentNode().orElse(null);
        if (!(parent instanceof CompilationUnit) && !(parent instanceof TypeDeclaration<?>))
          localClassNames.add(t.getNameAsString());
      }
    }
    return localClassNames;
  }

  private String referenceTypeName(Type type) {
    try {
      return TypeNames.name(type.resolve());
    } catch (RuntimeException | StackOverflowError e) {
      // fall back to names below
    }
    if (type instanceof ClassOrInterfaceType cit) return guessType(cit.getNameWithScope());
    return null;
  }

  /** The created type of a {@code new} expression. */
  String createdType(ObjectCreationExpr creation) {
    return typeName(creation.getType());
  }

  /**
   * Best-effort FQN for a name as written ({@code DatagramChannel}, {@code Socket.Inner}, {@code
   * java.net.Socket}): imports, types of this file, wildcard imports, same package, java.lang.
   */
  String guessType(String written) {
    return guessCache.computeIfAbsent(written, this::computeGuess);
  }

  private String computeGuess(String written) {
    String[] parts = written.split("\\.");
    // A package-qualified name: lower-case first segment; later upper-case segments are nested
    // types.
    if (parts.length > 1 && Character.isLowerCase(parts[0].charAt(0))) {
      StringBuilder sb = new StringBuilder(parts[0]);
      boolean inType = false;
      for (int i = 1; i < parts.length; i++) {
        boolean upper = Character.isUpperCase(parts[i].charAt(0));
        sb.append(inType ? '$' : '.').append(parts[i]);
        inType |= upper;
      }
      return sb.toString();
    }
    String first = parts[0];
    String nested =
        parts.length > 1
            ? "$" + String.join("$", java.util.Arrays.copyOfRange(parts, 1, parts.length))
            : "";
    String imported = singleImports.get(first);
    if (imported != null) return nestedName(imported) + nested;
    String local = declaredHere(first);
    if (local != null) return local + nested;
    for (String pkg : wildcardImports) {
      if (typeExists(pkg + "." + first)) return nestedName(pkg + "." + first) + nested;
    }
    String samePackage = packageName.isEmpty() ? first : packageName + "." + first;
    if (typeExists(samePackage)) return samePackage + nested;
    if (classFiles.exists("java.lang." + first)) return "java.lang." + first + nested;
    return written.replace('.', '$');
  }

  private String declaredHere(String simple) {
    for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
      if (type.getNameAsString().equals(simple)) return enclosingTypeName(type);
    }
    return null;
  }

  private boolean typeExists(String dotted) {
    try {
      if (solver.tryToSolveType(dotted).isSolved()) return true;
    } catch (RuntimeException e) {
      // an unreadable jar entry: treat as absent
    }
    return classFiles.exists(nestedName(dotted));
  }

  /**
   * {@code a.b.Outer.Inner} → {@code a.b.Outer$Inner} (upper-case segments after the first type are
   * nested).
   */
  static String nestedName(String dotted) {
    String[] parts = dotted.split("\\.");
    StringBuilder sb = new StringBuilder();
    boolean inType = false;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) sb.append(inType ? '$' : '.');
      sb.append(parts[i]);
      inType |= !parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0));
    }
    return sb.toString();
  }

  /**
   * A field of a type declared in the project's sources, read from its syntax: the solver finds the
   * declaration even when the type's own supertypes are not on the classpath (a JNA interface).
   */
  Optional<NameLookup.Var> sourceMember(String owner, String member) {
    try {
      var ref = solver.tryToSolveType(owner.replace('$', '.'));
      if (!ref.isSolved()) return Optional.empty();
      var declaration = ref.getCorrespondingDeclaration();
      if (declaration.toAst().isEmpty()
          || !(declaration.toAst().get() instanceof TypeDeclaration<?> type)) {
        return Optional.empty();
      }
      return NameLookup.member(type, member);
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** The source text of a node, or its printed form when the range is unknown. */
  String text(Node node) {
    String s = node.getRange().map(lines::slice).orElse(null);
    return s != null ? s : node.toString();
  }

  Optional<String> packagePrefix() {
    return packageName.isEmpty() ? Optional.empty() : Optional.of(packageName);
  }
}
