package io.github.sockcheck.scan;

import io.github.sockcheck.bytecode.BytecodeEngine;
import io.github.sockcheck.bytecode.input.ClassFiles;
import io.github.sockcheck.combination.CombinationEngine;
import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.engine.FactCache;
import io.github.sockcheck.python.PythonEngine;
import io.github.sockcheck.scan.cache.FactCacheStore;
import io.github.sockcheck.source.SourceEngine;
import io.github.sockcheck.source.SourceEngineOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The engines this build of sockcheck has ({@link EngineId}), in the order a scan runs them (code
 * engines first).
 */
final class EngineCatalog {

  private EngineCatalog() {}

  /**
   * New instances of the engines whose ids are in {@code wanted}, code engines first, combination
   * last.
   */
  static List<Engine> create(Set<String> wanted) {
    return create(wanted, null);
  }

  /**
   * @param cache the scan's incremental cache (source and bytecode engines use it), or null for
   *     none
   */
  static List<Engine> create(Set<String> wanted, FactCacheStore cache) {
    List<Engine> engines = new ArrayList<>();
    if (wanted.contains(EngineId.SOURCE.id())) {
      engines.add(
          new SourceEngine(
              SourceEngineOptions.defaults(),
              ctx -> cache == null ? FactCache.NONE : cache.forEngine(SourceEngine.ID, ctx)));
    }
    if (wanted.contains(EngineId.BYTECODE.id())) {
      engines.add(
          new BytecodeEngine(
              ClassFiles.Limits.DEFAULT,
              ctx -> cache == null ? FactCache.NONE : cache.forEngine(BytecodeEngine.ID, ctx)));
    }
    if (wanted.contains(EngineId.PYTHON.id())) engines.add(new PythonEngine());
    if (wanted.contains(EngineId.COMBINATION.id())) engines.add(new CombinationEngine());
    return engines;
  }
}
