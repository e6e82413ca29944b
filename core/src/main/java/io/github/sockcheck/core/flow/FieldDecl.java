package io.github.sockcheck.core.flow;

/**
 * A field declared by a class: its access decides whether code outside the program may write it.
 */
public record FieldDecl(String name, Access access, boolean isStatic, boolean isFinal) {}
