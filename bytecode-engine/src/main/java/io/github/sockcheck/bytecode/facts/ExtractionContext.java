package io.github.sockcheck.bytecode.facts;

import java.util.function.Predicate;

/**
 * What the extraction of one class needs besides its bytes.
 *
 * @param headers supertypes and static fields of the types the class names
 * @param sourcePath {@code pkg/dir/Source.java} of the class
 * @param program whether an internal name is a class of the scanned program (its fields can be
 *     stored into)
 */
record ExtractionContext(ClassHeaders headers, String sourcePath, Predicate<String> program) {

  boolean inProgram(String internalName) {
    return program.test(internalName);
  }
}
