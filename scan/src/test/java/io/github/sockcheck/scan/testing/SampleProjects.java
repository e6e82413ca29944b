package io.github.sockcheck.scan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Maven sample projects under {@code testdata/} that both shells must scan identically. */
public final class SampleProjects {

  private SampleProjects() {}

  public static Path root() {
    return Path.of(System.getProperty("sockcheck.root", "../")).toAbsolutePath().normalize();
  }

  /**
   * {@code testdata/combos/<rule>/<case>}, the Maven project cases of rule folders
   * ({@code testdata/rules/<rule>/<case>/pom.xml}: Python projects as they are deployed, each a sidecar of a
   * Maven project) and {@code testdata/demo}. Cases whose code use comes from a {@code stub-call-sites.txt}
   * (code that cannot be built from Maven Central) are left out: neither shell can see that code use.
   */
  public static List<Path> mavenProjects() {
    List<Path> projects = new ArrayList<>();
    projects.addAll(cases(root().resolve("testdata/combos")));
    projects.addAll(cases(root().resolve("testdata/rules")));
    projects.add(root().resolve("testdata/demo"));
    return projects;
  }

  /** {@code <folder>/<rule>/<case>} folders that hold a pom.xml. */
  private static List<Path> cases(Path folder) {
    List<Path> projects = new ArrayList<>();
    try (Stream<Path> rules = Files.list(folder)) {
      for (Path rule : rules.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> cases = Files.list(rule)) {
          cases.filter(c -> Files.isRegularFile(c.resolve("pom.xml")))
              .filter(c -> !Files.exists(c.resolve("stub-call-sites.txt")))
              .sorted()
              .forEach(projects::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return projects;
  }

  /** A readable name for a sample, e.g. {@code netty-epoll-datagram-multicast-all-old-kernel/4.2.9.Final}. */
  public static String name(Path project) {
    return root().resolve("testdata").relativize(project).toString().replace('\\', '/');
  }

  /** Copies a sample into {@code target} so builds never write into testdata/. */
  public static Path copy(Path project, Path into) throws IOException {
    Path dest = into.resolve(name(project));
    try (Stream<Path> files = Files.walk(project)) {
      for (Path source : files.toList()) {
        Path rel = project.relativize(source);
        if (rel.toString().startsWith("target")) continue;
        Path target = dest.resolve(rel.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return dest;
  }
}
