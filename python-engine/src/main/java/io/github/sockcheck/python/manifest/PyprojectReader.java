package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.versions.Pep440SpecifierSet;
import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.toml.TomlValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code pyproject.toml}: PEP 621 {@code [project]} dependencies, optional dependencies and
 * {@code requires-python}; PEP 735 {@code [dependency-groups]}; Poetry's {@code [tool.poetry.dependencies]}
 * (with {@code python}), dev dependencies and groups.
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
    TomlValue requires = doc.at("project", "requires-python");
    if (requires != null && requires.isString()) {
      runtimes.constraint(requires.string(), TomlManifests.entryAt(out, file, requires), "requires-python");
    }
    TomlValue poetryPython = doc.at("tool", "poetry", "dependencies", "python");
    if (poetryPython != null && poetryPython.isString()) {
      Location at = TomlManifests.entryAt(out, file, poetryPython);
      try {
        for (String set : PoetryConstraint.toPep440(poetryPython.string())) runtimes.constraint(set, at, "python");
      } catch (IllegalArgumentException e) {
        out.problem(at, "cannot parse Poetry python constraint '" + poetryPython.string() + "': " + e.getMessage());
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
      for (TomlValue list : optional.table().values()) pep508List(file, list, "optional");
    }
    TomlValue groups = doc.at("dependency-groups");
    if (groups != null && groups.table() != null) {
      for (TomlValue list : groups.table().values()) pep508List(file, list, "dev");
    }
    TomlValue poetry = doc.at("tool", "poetry");
    if (poetry != null) {
      poetryTable(file, poetry.at("dependencies"), "runtime");
      poetryTable(file, poetry.at("dev-dependencies"), "dev");
      TomlValue poetryGroups = poetry.at("group");
      if (poetryGroups != null && poetryGroups.table() != null) {
        for (TomlValue group : poetryGroups.table().values()) poetryTable(file, group.at("dependencies"), "dev");
      }
    }
  }

  private void pep508List(Path file, TomlValue list, String scope) {
    if (list == null || list.array() == null) return;
    for (TomlValue item : list.array()) {
      if (item.isString()) emit.pep508(file, item.string(), TomlManifests.valueAt(emit.facts(), file, item), scope);
    }
  }

  private void poetryTable(Path file, TomlValue table, String scope) {
    if (table == null || table.table() == null) return;
    for (Map.Entry<String, TomlValue> e : table.table().entrySet()) {
      if (e.getKey().equalsIgnoreCase("python")) continue;
      TomlValue v = e.getValue();
      List<TomlValue> forms = v.array() != null ? v.array() : List.of(v); // multiple-constraints form
      for (TomlValue form : forms) poetryDependency(file, e.getKey(), form, v, scope);
    }
  }

  private void poetryDependency(Path file, String name, TomlValue form, TomlValue entry, String scope) {
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
      out.problem(at, "cannot parse Poetry constraint '" + constraint + "' of " + name + ": " + e.getMessage());
      return;
    }
    for (String set : sets) emit.nameAndSpecifier(name, set, at, scope);
  }

  /** A specifier set that pins one version ({@code ==3.11}) gives that version, else null. */
  static String exactVersion(String specifierSet) {
    Pep440SpecifierSet set = Pep440SpecifierSet.parse(specifierSet);
    if (set.clauses().size() == 1 && set.clauses().get(0).operator() == io.github.sockcheck.core.versions.Pep440Specifier.Operator.EQUAL
        && !set.clauses().get(0).prefix()) {
      return set.clauses().get(0).version().toString();
    }
    return null;
  }
}
