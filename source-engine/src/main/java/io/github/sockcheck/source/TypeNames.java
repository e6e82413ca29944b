package io.github.sockcheck.source;

import com.github.javaparser.resolution.declarations.ResolvedTypeDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;

/**
 * Turns resolved types into the names facts use: FQN with dots for packages and {@code $} for
 * nesting.
 */
final class TypeNames {

  private TypeNames() {}

  static String fqn(ResolvedTypeDeclaration type) {
    String pkg = type.getPackageName();
    String cls = type.getClassName().replace('.', '$');
    return pkg == null || pkg.isEmpty() ? cls : pkg + "." + cls;
  }

  /**
   * The erased name of a type: {@code int}, {@code java.lang.String}, {@code byte[]}, {@code
   * java.util.List}.
   */
  static String name(ResolvedType type) {
    return name(type, 0);
  }

  private static String name(ResolvedType type, int depth) {
    if (depth > 8) return "java.lang.Object";
    if (type.isPrimitive() || type.isVoid()) return type.describe();
    if (type.isArray()) return name(type.asArrayType().getComponentType(), depth + 1) + "[]";
    if (type.isReferenceType()) {
      return type.asReferenceType()
          .getTypeDeclaration()
          .map(TypeNames::fqn)
          .orElse(type.asReferenceType().getQualifiedName());
    }
    if (type.isTypeVariable() || type.isWildcard()) return name(type.erasure(), depth + 1);
    return type.describe();
  }

  /** Simple name of a dotted/nested name. */
  static String simple(String name) {
    int cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'));
    return name.substring(cut + 1);
  }
}
