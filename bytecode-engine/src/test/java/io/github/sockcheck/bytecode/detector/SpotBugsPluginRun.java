package io.github.sockcheck.bytecode.detector;

import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.DetectorFactory;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.config.UserPreferences;
import io.github.sockcheck.bytecode.plugin.PluginDescriptors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A real SpotBugs analysis in-process with only the sockcheck plugin's detector, as the IDE plugins
 * and spotbugs-maven-plugin run it: the plugin's descriptors generated from the built-in rules, the
 * bugs it reports collected. SpotBugs keeps global state, so runs are serialized.
 */
public final class SpotBugsPluginRun {

  /**
   * A reported bug: rule id (bug type without {@code SOCKCHECK_}), class, source file name, line.
   */
  public record Bug(String ruleId, String className, String sourceFile, int line)
      implements Comparable<Bug> {
    @Override
    public int compareTo(Bug o) {
      return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
      return ruleId + " " + className + " " + sourceFile + ":" + line;
    }
  }

  /** What one analysis reported: sockcheck's bugs and the errors SpotBugs logged. */
  public record Result(Set<Bug> bugs, List<String> errors) {}

  private static Plugin plugin;

  private SpotBugsPluginRun() {}

  public static synchronized Result analyse(List<Path> classRoots, List<Path> auxClasspath)
      throws Exception {
    Plugin ours = registerPlugin();
    Project project = new Project();
    for (Path root : classRoots) project.addFile(root.toString());
    for (Path entry : auxClasspath) project.addAuxClasspathEntry(entry.toString());
    project.setPluginStatusTrinary(ours.getPluginId(), Boolean.TRUE);

    Collector reporter = new Collector(project);
    UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
    preferences.enableAllDetectors(false);
    DetectorFactory factory =
        DetectorFactoryCollection.instance()
            .getFactoryByClassName(SockcheckCallDetector.class.getName());
    if (factory == null)
      throw new IllegalStateException("sockcheck detector not registered with SpotBugs");
    preferences.enableDetector(factory, true);

    FindBugs2 engine = new FindBugs2();
    engine.setDetectorFactoryCollection(DetectorFactoryCollection.instance());
    engine.setBugReporter(reporter);
    engine.setProject(project);
    engine.setUserPreferences(preferences);
    engine.setNoClassOk(true);
    try {
      engine.execute();
    } finally {
      engine.dispose();
    }
    return new Result(reporter.bugs, reporter.errors);
  }

  /**
   * Registers the detector once per JVM from a jar holding the descriptors the plugin jar ships.
   */
  private static Plugin registerPlugin() throws Exception {
    if (plugin != null) return plugin;
    Path jar = Files.createTempFile("sockcheck-spotbugs-plugin", ".jar");
    jar.toFile().deleteOnExit();
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      put(out, "findbugs.xml", PluginDescriptors.findbugsXml(BuiltinRules.pack(), "test"));
      put(out, "messages.xml", PluginDescriptors.messagesXml(BuiltinRules.pack()));
    }
    Plugin loaded =
        Plugin.addCustomPlugin(jar.toUri(), SockcheckCallDetector.class.getClassLoader());
    if (loaded == null)
      throw new IllegalStateException("SpotBugs did not load the sockcheck plugin");
    loaded.setGloballyEnabled(true);
    plugin = loaded;
    return loaded;
  }

  private static void put(JarOutputStream out, String name, String content) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(content.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }

  private static final class Collector extends BugCollectionBugReporter {
    final Set<Bug> bugs = new TreeSet<>();
    final List<String> errors = new ArrayList<>();

    Collector(Project project) {
      super(project);
      setPriorityThreshold(Priorities.LOW_PRIORITY);
    }

    @Override
    public void doReportBug(BugInstance bug) {
      if (!bug.getType().startsWith(PluginDescriptors.BUG_TYPE_PREFIX)) return;
      SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
      bugs.add(
          new Bug(
              bug.getType().substring(PluginDescriptors.BUG_TYPE_PREFIX.length()),
              bug.getPrimaryClass().getClassName(),
              line.getSourceFile(),
              line.getStartLine()));
    }

    @Override
    public void logError(String message) {
      errors.add(message);
    }

    @Override
    public void logError(String message, Throwable e) {
      errors.add(message + (e == null ? "" : ": " + e));
    }

    @Override
    public void reportMissingClass(ClassNotFoundException ex) {
      // missing aux classes only weaken supertype lookups
    }
  }
}
