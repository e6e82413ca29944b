package io.github.sockcheck.scan;

import io.github.sockcheck.core.engine.EngineId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Engine names as users write them (the Maven plugin's {@code engines}, the CLI's {@code
 * --engines}, an editor's settings), read into {@link EngineId}s once, with one message for an
 * unknown name.
 */
public final class EngineNames {

  private EngineNames() {}

  /** The engine named {@code name} (surrounding blanks ignored); empty for an unknown name. */
  public static Optional<EngineId> of(String name) {
    return EngineId.of(name.trim());
  }

  /**
   * The engines named in {@code names}, in their order, each once.
   *
   * @throws ConfigurationException for an unknown name, listing the engines there are
   */
  public static Set<EngineId> parse(Collection<String> names) throws ConfigurationException {
    Set<EngineId> engines = new LinkedHashSet<>();
    for (String name : names) {
      if (name.isBlank()) continue;
      engines.add(
          of(name)
              .orElseThrow(
                  () ->
                      new ConfigurationException(
                          "unknown engine `" + name.trim() + "` " + known())));
    }
    return engines;
  }

  /**
   * The names there are, for messages: {@code (engines: source, bytecode, python, combination)}.
   */
  public static String known() {
    return "(engines: " + String.join(", ", EngineId.ids()) + ")";
  }
}
