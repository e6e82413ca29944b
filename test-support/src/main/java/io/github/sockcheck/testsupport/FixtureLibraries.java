package io.github.sockcheck.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real library jars the Java fixtures are written against: the jars of the running test's class
 * path whose group {@code fixture-libs/pom.xml} declares (the module depends on that pom with scope
 * test).
 */
public final class FixtureLibraries {

  private static final Pattern GROUP = Pattern.compile("<groupId>([^<]+)</groupId>");

  private FixtureLibraries() {}

  public static List<Path> jars() {
    String pom;
    try {
      pom = Files.readString(RuleFolders.repositoryRoot().resolve("fixture-libs/pom.xml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> groups = new TreeSet<>();
    Matcher m = GROUP.matcher(pom);
    while (m.find()) {
      if (!m.group(1).startsWith("io.github.sockcheck"))
        groups.add("/" + m.group(1).replace('.', '/') + "/");
    }
    List<Path> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String unix = entry.replace('\\', '/');
      if (unix.endsWith(".jar") && groups.stream().anyMatch(unix::contains))
        jars.add(Path.of(entry));
    }
    if (jars.isEmpty()) {
      throw new IllegalStateException(
          "no fixture-libs jar on the test class path: the module needs "
              + "sockcheck-fixture-libs (type pom, scope test)");
    }
    return jars;
  }
}
