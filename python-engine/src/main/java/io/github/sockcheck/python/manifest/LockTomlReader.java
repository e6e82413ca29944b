package io.github.sockcheck.python.manifest;

import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.toml.TomlValue;
import java.nio.file.Path;

/**
 * {@code poetry.lock} and {@code uv.lock}: every {@code [[package]]} with its exact {@code
 * version}, reported at the entry's {@code name} line. uv's own project entry (editable/virtual
 * source) is skipped.
 */
public final class LockTomlReader {

  private final RequirementEmitter emit;

  public LockTomlReader(RequirementEmitter emit) {
    this.emit = emit;
  }

  public static void readRuntime(Facts out, Path file, RuntimeCollector runtimes) {
    TomlValue doc = TomlManifests.read(out, file);
    if (doc == null) return;
    TomlManifests.requiresPython(out, file, doc.at("requires-python"), runtimes); // uv.lock
  }

  public void read(Path file) {
    Facts out = emit.facts();
    TomlValue doc = TomlManifests.read(out, file);
    if (doc == null) return;
    TomlValue packages = doc.at("package");
    if (packages == null || packages.array() == null) return;
    for (TomlValue pkg : packages.array()) {
      TomlValue name = pkg.at("name");
      TomlValue version = pkg.at("version");
      if (name == null || !name.isString()) continue;
      TomlValue source = pkg.at("source");
      if (source != null && (source.at("editable") != null || source.at("virtual") != null))
        continue;
      if (version == null || !version.isString()) continue;
      emit.locked(name.string(), version.string(), TomlManifests.entryAt(out, file, name));
    }
  }
}
