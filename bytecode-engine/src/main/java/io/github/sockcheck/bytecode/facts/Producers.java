package io.github.sockcheck.bytecode.facts;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.tree.analysis.Value;

/**
 * The analysis value of {@link ProducerInterpreter}: the instructions (and parameter markers) that
 * may have produced a stack slot or local. Copies keep the set, control-flow merges unite sets:
 * reaching definitions.
 */
final class Producers implements Value {

  /** {@code this} of an instance method (also before {@code super(..)} in a constructor). */
  static final Object THIS = new Marker("this");

  /** The exception a handler catches. */
  static final Object CAUGHT = new Marker("caught exception");

  /**
   * The integer 0 a value is compared with by {@code IFEQ}/{@code IFNE} (no instruction pushes it).
   */
  static final Object INT_ZERO = new Marker("0");

  /** Parameter {@code index} (0-based, {@code this} not counted). */
  record Parameter(int index) {}

  private record Marker(String name) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Producers EMPTY_1 = new Producers(1, Set.of());
  private static final Producers EMPTY_2 = new Producers(2, Set.of());

  private final int size;
  private final Set<Object> sources;

  private Producers(int size, Set<Object> sources) {
    this.size = size;
    this.sources = sources;
  }

  static Producers empty(int size) {
    return size == 1 ? EMPTY_1 : size == 2 ? EMPTY_2 : new Producers(size, Set.of());
  }

  static Producers of(Object source, int size) {
    return new Producers(size, Set.of(source));
  }

  Set<Object> sources() {
    return sources;
  }

  Producers withSize(int newSize) {
    return newSize == size ? this : new Producers(newSize, sources);
  }

  /** This value if it already covers {@code other}, else the union. */
  Producers merge(Producers other) {
    if (other == this)
      return this; // copies are transparent, so the same value usually meets itself
    if (size == other.size && (other.sources == sources || sources.containsAll(other.sources)))
      return this;
    Set<Object> union = new HashSet<>(sources);
    union.addAll(other.sources);
    return new Producers(Math.min(size, other.size), Set.copyOf(union));
  }

  @Override
  public int getSize() {
    return size;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) return true;
    return o instanceof Producers p && p.size == size && p.sources.equals(sources);
  }

  @Override
  public int hashCode() {
    return 31 * size + sources.hashCode();
  }

  @Override
  public String toString() {
    return sources + "/" + size;
  }
}
