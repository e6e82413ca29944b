package io.github.sockcheck.eval;

import java.nio.file.Path;

/** Where the tests find the repository (Maven passes sockcheck.root) and the label files. */
final class EvalPaths {

  private EvalPaths() {}

  static Path repositoryRoot() {
    return Path.of(System.getProperty("sockcheck.root", "..")).toAbsolutePath().normalize();
  }

  static Path corpusLabels() {
    return repositoryRoot().resolve("eval/labels.yaml");
  }

  static Path subset() {
    return repositoryRoot().resolve("eval/subset");
  }
}
