package io.github.sockcheck.core.flow;

/**
 * Where a value comes from once the program has been followed as far as it goes: the values a use
 * can see are a set of origins, one per path.
 */
public sealed interface Origin extends Comparable<Origin> {

  /** A constant; see {@link ValueNode.Constant}. */
  record Constant(Object value, String name) implements Origin {}

  record Null() implements Origin {}

  record ClassLiteral(String type) implements Origin {}

  /**
   * The result of a call the program does not follow further: a library call, or a method whose
   * body is not scanned. {@code site} identifies the call ({@code method id + "@" + call index});
   * {@code ownerSupertypes} are the owner's known supertypes (so {@code UnixChannel#fd} matches a
   * call of {@code fd()} on any Netty channel).
   */
  record Call(String owner, java.util.SortedSet<String> ownerSupertypes, String member, String site)
      implements Origin {
    public Call {
      ownerSupertypes =
          java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(ownerSupertypes));
    }
  }

  /**
   * A parameter of a method that code outside the scanned program may call (see the package
   * comment).
   */
  record Parameter(String method, int index) implements Origin {}

  /**
   * A field nothing in the scanned program stores into; {@code constant} for static final fields.
   */
  record Field(String owner, String name, boolean constant) implements Origin {}

  record Unknown(String why) implements Origin {}

  /**
   * A stable order (kind, then text), so that facts and messages never depend on hash order. The
   * order of {@code kind + ":" + text} without building that string: no kind's simple name is a
   * prefix of another's, so different kinds are ordered by their names alone.
   */
  @Override
  default int compareTo(Origin other) {
    if (getClass() != other.getClass())
      return getClass().getSimpleName().compareTo(other.getClass().getSimpleName());
    return toString().compareTo(other.toString());
  }
}
