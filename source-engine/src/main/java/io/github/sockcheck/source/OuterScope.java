package io.github.sockcheck.source;

/**
 * The locals a local or anonymous class (or a lambda compiled as one) can capture: the enclosing
 * method's values where the class is declared. Captured locals are effectively final, so that one
 * value is theirs.
 *
 * @param methodId the enclosing method's id ({@code Owner#name(types)}), as its facts will carry it
 * @param locals the enclosing method's locals at the declaration
 * @param parent the scope around the enclosing method, for classes nested in local classes
 */
record OuterScope(String methodId, Locals locals, OuterScope parent) {

  /**
   * The enclosing method and node that holds {@code name}, searching outwards; null when no outer
   * local has it.
   */
  Captured find(String name) {
    for (OuterScope s = this; s != null; s = s.parent()) {
      Integer node = s.locals().get(name);
      if (node != null) return new Captured(s.methodId(), node);
    }
    return null;
  }

  record Captured(String methodId, int node) {}
}
