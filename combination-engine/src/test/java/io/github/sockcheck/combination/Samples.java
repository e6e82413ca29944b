package io.github.sockcheck.combination;

import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.engine.ScanInputs;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Path;
import java.util.List;

/** Test helper: a scan context for the combination engine. */
final class Samples {

  private Samples() {}

  static ScanContext context(
      Path root, RulePack rules, List<Path> buildFiles, List<Path> classRoots, Integer release) {
    return new ScanContext(
        ScanInputs.builder(root)
            .classRoots(classRoots)
            .buildFiles(buildFiles)
            .javaRelease(release)
            .inputs(),
        rules);
  }
}
