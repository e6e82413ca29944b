package io.github.sockcheck.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the rule fixtures are: one {@link RuleFolder} per directory under {@code testdata/rules/}.
 */
public final class RuleFolders {

  private RuleFolders() {}

  /** The repository root: the {@code sockcheck.root} the build passes, else the module's parent. */
  public static Path repositoryRoot() {
    String configured = System.getProperty("sockcheck.root");
    Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..");
    return root.toAbsolutePath().normalize();
  }

  public static Path testdataRules() {
    return repositoryRoot().resolve("testdata/rules");
  }

  /** Every rule folder, sorted by name. */
  public static List<RuleFolder> all() {
    try (Stream<Path> dirs = Files.list(testdataRules())) {
      return dirs.filter(Files::isDirectory)
          .sorted()
          .map(d -> new RuleFolder(d.getFileName().toString(), d))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
