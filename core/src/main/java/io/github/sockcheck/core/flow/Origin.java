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
   * A stable order (kind, then text), so that facts and messages never depend on hash order: the
   * order of {@code Kind:} + the record's {@code toString()} ({@code Kind[a=x, b=y]}). Compared
   * part by part without building that text (the JDK 17 record {@code toString()} goes through
   * {@code String.format}, and sorting origins was about a fifth of a warm scan's samples); only
   * when one part is a prefix of the other does the whole text decide.
   */
  @Override
  default int compareTo(Origin other) {
    if (this == other) return 0;
    String kind = getClass().getSimpleName();
    String otherKind = other.getClass().getSimpleName();
    if (!kind.equals(otherKind)) {
      if (!kind.startsWith(otherKind) && !otherKind.startsWith(kind))
        return kind.compareTo(otherKind);
      return text().compareTo(other.text());
    }
    for (int i = 0; ; i++) {
      String a = part(i);
      String b = other.part(i);
      if (a == null) return 0; // same kind, same parts: the same text
      if (a.equals(b)) continue;
      if (!a.startsWith(b) && !b.startsWith(a)) return a.compareTo(b);
      return text().compareTo(other.text());
    }
  }

  private String text() {
    return getClass().getSimpleName() + ":" + this;
  }

  /** The {@code i}th component as the record's {@code toString()} prints it; null past the last. */
  private String part(int i) {
    if (this instanceof Constant c) {
      return i == 0 ? String.valueOf(c.value()) : i == 1 ? String.valueOf(c.name()) : null;
    } else if (this instanceof ClassLiteral c) {
      return i == 0 ? String.valueOf(c.type()) : null;
    } else if (this instanceof Call c) {
      return switch (i) {
        case 0 -> String.valueOf(c.owner());
        case 1 -> String.valueOf(c.ownerSupertypes());
        case 2 -> String.valueOf(c.member());
        case 3 -> String.valueOf(c.site());
        default -> null;
      };
    } else if (this instanceof Parameter p) {
      return i == 0 ? String.valueOf(p.method()) : i == 1 ? Integer.toString(p.index()) : null;
    } else if (this instanceof Field f) {
      return switch (i) {
        case 0 -> String.valueOf(f.owner());
        case 1 -> String.valueOf(f.name());
        case 2 -> Boolean.toString(f.constant());
        default -> null;
      };
    } else if (this instanceof Unknown u) {
      return i == 0 ? String.valueOf(u.why()) : null;
    }
    return null; // Null: no components
  }
}
