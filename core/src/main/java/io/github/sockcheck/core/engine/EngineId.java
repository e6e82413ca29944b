package io.github.sockcheck.core.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The engines, in the order they run and are listed. {@link #id()} is the name rules list in {@code
 * engines}, findings carry in SARIF and users pass to {@code --engines}: the only place those names
 * are spelled.
 */
public enum EngineId {
  SOURCE,
  BYTECODE,
  PYTHON,
  COMBINATION;

  private static final List<String> IDS = Arrays.stream(values()).map(EngineId::id).toList();

  /** The lower-case name: {@code source}, {@code bytecode}, {@code python}, {@code combination}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when {@code id} names this engine. */
  public boolean is(String id) {
    return id().equals(id);
  }

  /** Every id, in the order of the constants. */
  public static List<String> ids() {
    return IDS;
  }

  /** The engine named {@code id}; empty for a name no engine has. */
  public static Optional<EngineId> of(String id) {
    return Arrays.stream(values()).filter(e -> e.is(id)).findFirst();
  }
}
