package io.github.sockcheck.core.facts;

/**
 * The value of a class literal {@code X.class} as an argument constant; {@code type} is fully
 * qualified.
 */
public record TypeLiteral(String type) {
  @Override
  public String toString() {
    return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1) + ".class";
  }
}
