package io.github.sockcheck.eval;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real library jars fixtures are compiled against: the jars of the test class path that belong
 * to the groups fixture-libs/pom.xml declares, plus the groups a corpus test adds (rocksaw).
 */
public final class FixtureLibraries {

  private FixtureLibraries() {}

  /**
   * The matching jars; {@code extraGroups} adds groups a test puts on its class path beside
   * fixture-libs.
   */
  public static List<Path> onClassPath(Path repositoryRoot, String... extraGroups)
      throws IOException {
    String pom = Files.readString(repositoryRoot.resolve("fixture-libs/pom.xml"));
    Set<String> groups = new TreeSet<>();
    Matcher m = Pattern.compile("<groupId>([^<]+)</groupId>").matcher(pom);
    while (m.find()) {
      if (!m.group(1).startsWith("io.github.sockcheck")) groups.add(m.group(1));
    }
    groups.addAll(List.of(extraGroups));
    List<String> folders = groups.stream().map(g -> "/" + g.replace('.', '/') + "/").toList();
    List<Path> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String unix = entry.replace('\\', '/');
      if (unix.endsWith(".jar") && folders.stream().anyMatch(unix::contains))
        jars.add(Path.of(entry));
    }
    return jars;
  }
}
