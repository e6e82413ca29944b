package io.github.sockcheck.scan;

import io.github.sockcheck.bytecode.BytecodeEngine;
import io.github.sockcheck.combination.CombinationEngine;
import io.github.sockcheck.python.PythonEngine;
import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.source.SourceEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The engines this build of sockcheck has, in the order a scan runs them (code engines first). */
final class EngineCatalog {

  /** Every engine id a rule or a request may name. */
  static final List<String> IDS = List.of("source", "bytecode", "python", "combination");

  private EngineCatalog() {}

  /** New instances of the engines whose ids are in {@code wanted}, code engines first, combination last. */
  static List<Engine> create(Set<String> wanted) {
    List<Engine> engines = new ArrayList<>();
    if (wanted.contains("source")) engines.add(new SourceEngine());
    if (wanted.contains("bytecode")) engines.add(new BytecodeEngine());
    if (wanted.contains("python")) engines.add(new PythonEngine());
    if (wanted.contains("combination")) engines.add(new CombinationEngine());
    return engines;
  }
}
