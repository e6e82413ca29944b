package io.github.sockcheck.core.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The engines, in the order they run and are listed. {@link #id()} is the name rules list in {@code engines},
 * findings carry in SARIF and users pass to {@code --engines}: the only place those names are spelled.
 */
public enum EngineId {
  SOURCE("source"),
  BYTECODE("bytecode"),
  PYTHON("python"),
  COMBINATION("combination");

  private static final List<String> IDS = Arrays.stream(values()).map(EngineId::id).toList();

  private final String id;

  EngineId(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** True when {@code id} names this engine. */
  public boolean is(String id) {
    return this.id.equals(id);
  }

  /** Every id, in the order of the constants. */
  public static List<String> ids() {
    return IDS;
  }

  /** The engine named {@code id}; empty for a name no engine has. */
  public static Optional<EngineId> of(String id) {
    return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
