package io.github.sockcheck.core.flow;

/**
 * Code the solver would like to see before it answers: how far a value goes depends on callers,
 * readers or writers, or a class that the first pass did not analyse. Engines map a need to the
 * files or classes that can hold it (files whose text names {@link #word()}; class files
 * referencing the member).
 */
public sealed interface Need extends Comparable<Need> {

  /** The identifier a file must mention to possibly satisfy the need. */
  String word();

  /** Callers of {@code owner#method}; only in {@code owner}'s package when {@code samePackage}. */
  record CallersOf(String owner, String method, boolean samePackage) implements Need {
    public String word() {
      return method.equals("<init>") ? simpleName(owner) : method;
    }
  }

  /**
   * Code that reads or writes field {@code owner.field}; only in its package when {@code
   * samePackage}.
   */
  record AccessorsOf(String owner, String field, boolean samePackage) implements Need {
    public String word() {
      return field;
    }
  }

  /** The class (and its members) {@code type}, when it is part of the project. */
  record ClassNamed(String type) implements Need {
    public String word() {
      return simpleName(type);
    }
  }

  /** The package of a type name ({@code com.example}), "" for the unnamed package. */
  static String packageOf(String type) {
    String outer = type.indexOf('$') < 0 ? type : type.substring(0, type.indexOf('$'));
    int dot = outer.lastIndexOf('.');
    return dot < 0 ? "" : outer.substring(0, dot);
  }

  /** The simple name of a type name ({@code a.b.Outer$Inner} → {@code Inner}). */
  static String simpleName(String type) {
    return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
  }

  @Override
  default int compareTo(Need other) {
    return toString().compareTo(other.toString());
  }
}
