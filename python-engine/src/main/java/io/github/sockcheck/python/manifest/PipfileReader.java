package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.toml.TomlValue;
import java.nio.file.Path;
import java.util.Map;

/**
 * Pipenv's {@code Pipfile} (TOML): {@code [packages]} and {@code [requires] python_version}; {@code
 * [dev-packages]} are not deployed and not read (see {@link DevelopmentGroups}).
 */
public final class PipfileReader {

  private final RequirementEmitter emit;

  public PipfileReader(RequirementEmitter emit) {
    this.emit = emit;
  }

  public static void readRuntime(Facts out, Path file, RuntimeCollector runtimes) {
    TomlValue doc = TomlManifests.read(out, file);
    if (doc == null) return;
    for (String key : new String[] {"python_full_version", "python_version"}) {
      TomlValue v = doc.at("requires", key);
      if (v != null && v.isString()) {
        runtimes.version(
            v.string(),
            TomlManifests.entryAt(out, file, v),
            "Pipfile " + key,
            Evidence.PIN,
            "Pipfile [requires] " + key);
        return;
      }
    }
  }

  public void read(Path file) {
    TomlValue doc = TomlManifests.read(emit.facts(), file);
    if (doc == null) return;
    packages(file, doc.at("packages"), "runtime");
  }

  private void packages(Path file, TomlValue table, String scope) {
    if (table == null || table.table() == null) return;
    for (Map.Entry<String, TomlValue> e : table.table().entrySet()) {
      TomlValue v = e.getValue();
      Location at = TomlManifests.entryAt(emit.facts(), file, v);
      String spec;
      if (v.isString()) {
        spec = v.string();
      } else if (v.table() != null) {
        TomlValue version = v.at("version");
        if (version == null) {
          if (v.at("git") != null
              || v.at("path") != null
              || v.at("file") != null
              || v.at("editable") != null) continue;
          spec = "*";
        } else if (!version.isString()) {
          emit.facts().problem(at, "unexpected version value for package '" + e.getKey() + "'");
          continue;
        } else {
          spec = version.string();
        }
      } else {
        emit.facts().problem(at, "unexpected value for package '" + e.getKey() + "'");
        continue;
      }
      emit.nameAndSpecifier(e.getKey(), spec, at, scope);
    }
  }
}
