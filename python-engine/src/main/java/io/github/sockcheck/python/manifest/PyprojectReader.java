package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.versions.Pep440SpecifierSet;
import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.toml.TomlValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code pyproject.toml}: PEP 621 {@code [project]} dependencies, optional dependencies, {@code
 * requires-python} and classifiers; Poetry's {@code [tool.poetry.dependencies]} (with {@code
 * python}). Development groups are not deployed and not read (see {@link DevelopmentGroups}): PEP
 * 735 {@code [dependency-groups]}, Poetry's dev dependencies and groups, extras named like
 * development groups.
 */
public final class PyprojectReader {

  private final RequirementEmitter emit;

  public PyprojectReader(RequirementEmitter emit) {
    this.emit = emit;
  }

  /** Only the interpreter facts (first pass, so markers can be evaluated against them). */
  public static void readRuntime(Facts out, Path file, RuntimeCollector runtimes) {
    TomlValue doc = TomlManifests.read(out, file);
    if (doc == null) return;
    TomlManifests.requiresPython(out, file, doc.at("project", "requires-python"), runtimes);
    TomlValue poetryPython = doc.at("tool", "poetry", "dependencies", "python");
    if (poetryPython != null && poetryPython.isString()) {
      Location at = TomlManifests.entryAt(out, file, poetryPython);
      try {
        for (String set : PoetryConstraint.toPep440(poetryPython.string())) {
          runtimes.constraint(set, at, "Poetry python", Evidence.SUPPORTED);
        }
      } catch (IllegalArgumentException e) {
        out.problem(
            at,
            "cannot parse Poetry python constraint '"
                + poetryPython.string()
                + "': "
                + e.getMessage());
      }
    }
    TomlValue classifiers = doc.at("project", "classifiers");
    if (classifiers != null && classifiers.array() != null) {
      for (TomlValue c : classifiers.array()) {
        if (c.isString())
          Classifiers.collect(c.string(), TomlManifests.valueAt(out, file, c), runtimes);
      }
    }
  }

  public void read(Path file) {
    Facts out = emit.facts();
    TomlValue doc = TomlManifests.read(out, file);
    if (doc == null) return;
    pep508List(file, doc.at("project", "dependencies"), "runtime");
    TomlValue optional = doc.at("project", "optional-dependencies");
    if (optional != null && optional.table() != null) {
      for (Map.Entry<String, TomlValue> extra : optional.table().entrySet()) {
        if (!DevelopmentGroups.isDevelopment(extra.getKey()))
          pep508List(file, extra.getValue(), "optional");
      }
    }
    TomlValue poetry = doc.at("tool", "poetry");
    if (poetry != null) poetryTable(file, poetry.at("dependencies"), "runtime");
  }

  private void pep508List(Path file, TomlValue list, String scope) {
    if (list == null || list.array() == null) return;
    for (TomlValue item : list.array()) {
      if (item.isString())
        emit.pep508(file, item.string(), TomlManifests.valueAt(emit.facts(), file, item), scope);
    }
  }

  private void poetryTable(Path file, TomlValue table, String scope) {
    if (table == null || table.table() == null) return;
    for (Map.Entry<String, TomlValue> e : table.table().entrySet()) {
      if (e.getKey().equalsIgnoreCase("python")) continue;
      TomlValue v = e.getValue();
      List<TomlValue> forms =
          v.array() != null ? v.array() : List.of(v); // multiple-constraints form
      for (TomlValue form : forms) poetryDependency(file, e.getKey(), form, v, scope);
    }
  }

  private void poetryDependency(
      Path file, String name, TomlValue form, TomlValue entry, String scope) {
    Facts out = emit.facts();
    Location at = TomlManifests.entryAt(out, file, entry);
    String constraint;
    if (form.isString()) {
      constraint = form.string();
    } else if (form.table() != null) {
      TomlValue version = form.at("version");
      if (version == null || !version.isString()) return; // git / path / url dependencies
      constraint = version.string();
      at = form == entry ? at : TomlManifests.valueAt(out, file, form);
    } else {
      out.problem(at, "unexpected value for dependency '" + name + "'");
      return;
    }
    List<String> sets;
    try {
      sets = PoetryConstraint.toPep440(constraint);
    } catch (IllegalArgumentException e) {
      out.problem(
          at,
          "cannot parse Poetry constraint '" + constraint + "' of " + name + ": " + e.getMessage());
      return;
    }
    for (String set : sets) emit.nameAndSpecifier(name, set, at, scope);
  }

  /** A specifier set that pins one version ({@code ==3.11}) gives that version, else null. */
  static String exactVersion(String specifierSet) {
    Pep440SpecifierSet set = Pep440SpecifierSet.parse(specifierSet);
    if (set.clauses().size() == 1
        && set.clauses().get(0).operator()
            == io.github.sockcheck.core.versions.Pep440Specifier.Operator.EQUAL
        && !set.clauses().get(0).prefix()) {
      return set.clauses().get(0).version().toString();
    }
    return null;
  }
}
