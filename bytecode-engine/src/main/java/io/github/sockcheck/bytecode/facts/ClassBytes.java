package io.github.sockcheck.bytecode.facts;

/**
 * Where the class file of a type named in the analysed code comes from (the program, its classpath,
 * the JDK), for supertypes and field declarations. Implementations are thread-safe.
 */
@FunctionalInterface
public interface ClassBytes {

  /**
   * Larger class files are not read for headers: a hostile classpath cannot make a lookup allocate
   * more.
   */
  int MAX_BYTES = 16 << 20;

  /**
   * The class file of {@code internalName} ({@code a/b/C}), or null when it cannot be found or
   * read.
   */
  byte[] find(String internalName);

  /** This source, and {@code next} for what this one does not find. */
  default ClassBytes orElse(ClassBytes next) {
    return name -> {
      byte[] found = find(name);
      return found != null ? found : next.find(name);
    };
  }
}
