package io.github.sockcheck.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Maven projects among the rule cases, and the demo: the projects the real Maven plugin ({@code
 * SampleProjectsIT}) and the CLI ({@code SampleProjectsCliTest}) must both scan exactly as their
 * markers say.
 */
public final class SampleProjects {

  private SampleProjects() {}

  /**
   * Every case of every rule folder that is a Maven project (a {@code pom.xml} at its top), and
   * {@code testdata/demo}. Cases whose code use comes from a {@code stub-call-sites.txt} (code that
   * cannot be built from Maven Central) are left out: neither shell can see that code use.
   */
  public static List<Path> mavenProjects() {
    List<Path> projects = new ArrayList<>();
    for (RuleFolder folder : RuleFolders.all()) {
      for (Path c : folder.cases()) {
        if (Files.isRegularFile(c.resolve("pom.xml"))
            && !Files.exists(c.resolve("stub-call-sites.txt"))) {
          projects.add(c);
        }
      }
    }
    projects.add(RuleFolders.repositoryRoot().resolve("testdata/demo"));
    return projects;
  }

  /**
   * A readable name for a sample, e.g. {@code
   * rules/netty-epoll-datagram-multicast-all-old-kernel/4.2.9.Final}.
   */
  public static String name(Path project) {
    return Markers.relative(RuleFolders.repositoryRoot().resolve("testdata"), project);
  }

  /** Copies a sample into {@code into} so builds never write into testdata/. */
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
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return dest;
  }
}
