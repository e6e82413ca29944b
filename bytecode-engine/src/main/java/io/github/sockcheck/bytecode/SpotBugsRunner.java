package io.github.sockcheck.bytecode;

import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.DetectorFactory;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.PluginException;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.config.UserPreferences;
import io.github.sockcheck.bytecode.detector.CallSiteListener;
import io.github.sockcheck.bytecode.detector.ScanHook;
import io.github.sockcheck.bytecode.detector.SockcheckCallDetector;
import io.github.sockcheck.bytecode.plugin.PluginDescriptors;
import io.github.sockcheck.core.rules.RulePack;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Runs SpotBugs in-process with only {@link SockcheckCallDetector} enabled. SpotBugs keeps global state
 * (plugin registry, analysis context, BCEL repository), so analyses are serialized per JVM.
 */
final class SpotBugsRunner {

  private static final Object LOCK = new Object();
  private static Plugin plugin;
  private static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

  private SpotBugsRunner() {}

  /**
   * Analyses the classes in {@code appRoots} with {@code auxClasspath} for type lookups; call sites go
   * to {@code listener}. Returns the errors SpotBugs logged (unreadable classes and the like).
   */
  static List<String> analyse(List<Path> appRoots, List<Path> auxClasspath, CallSiteListener listener)
      throws IOException, InterruptedException {
    synchronized (LOCK) {
      RUNS.incrementAndGet();
      Plugin ours = registerPlugin();
      Project project = new Project();
      for (Path root : appRoots) project.addFile(root.toString());
      for (Path entry : auxClasspath) project.addAuxClasspathEntry(entry.toString());
      project.setPluginStatusTrinary(ours.getPluginId(), Boolean.TRUE);

      ErrorCollector reporter = new ErrorCollector(project);
      UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
      preferences.enableAllDetectors(false);
      DetectorFactory factory = DetectorFactoryCollection.instance().getFactoryByClassName(SockcheckCallDetector.class.getName());
      if (factory == null) throw new IllegalStateException("sockcheck detector not registered with SpotBugs");
      preferences.enableDetector(factory, true);

      FindBugs2 engine = new FindBugs2();
      engine.setDetectorFactoryCollection(DetectorFactoryCollection.instance());
      engine.setBugReporter(reporter);
      engine.setProject(project);
      engine.setUserPreferences(preferences);
      engine.setNoClassOk(true);
      ScanHook.install(listener);
      try {
        engine.execute();
      } finally {
        ScanHook.clear();
        engine.dispose();
      }
      return reporter.errors();
    }
  }

  /** How many analyses this JVM started (tests check that the pre-filter can avoid SpotBugs entirely). */
  static int runs() {
    return RUNS.get();
  }

  /**
   * Registers the detector once per JVM from a small generated plugin jar that holds only the
   * descriptors; SpotBugs' plugin class loader delegates to ours, so it loads our detector class.
   */
  private static Plugin registerPlugin() throws IOException {
    if (plugin != null) return plugin;
    Path jar = Files.createTempFile("sockcheck-spotbugs-plugin", ".jar");
    jar.toFile().deleteOnExit();
    RulePack none = new RulePack(List.of()); // scan mode reports call sites, never bugs
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      put(out, "findbugs.xml", PluginDescriptors.findbugsXml(none, "scan"));
      put(out, "messages.xml", PluginDescriptors.messagesXml(none));
    }
    try {
      Plugin loaded = Plugin.addCustomPlugin(jar.toUri(), SockcheckCallDetector.class.getClassLoader());
      if (loaded == null) throw new IllegalStateException("SpotBugs did not load the sockcheck plugin");
      loaded.setGloballyEnabled(true);
      plugin = loaded;
      return loaded;
    } catch (PluginException e) {
      throw new IOException("cannot register the sockcheck detector with SpotBugs: " + e.getMessage(), e);
    }
  }

  private static void put(JarOutputStream out, String name, String content) throws IOException {
    out.putNextEntry(new JarEntry(name));
    OutputStream entry = out;
    entry.write(content.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }

  /** Keeps SpotBugs' logged errors (its own reporters print them); bugs are not expected in scan mode. */
  private static final class ErrorCollector extends BugCollectionBugReporter {
    private final List<String> errors = new ArrayList<>();

    ErrorCollector(Project project) {
      super(project);
      setPriorityThreshold(Priorities.LOW_PRIORITY);
    }

    @Override
    public void doReportBug(BugInstance bug) {
      // SpotBugs' own analysis-limit bugs (e.g. SKIPPED_CLASS_TOO_BIG) are worth telling the user
      if (!bug.getType().startsWith(PluginDescriptors.BUG_TYPE_PREFIX)) {
        errors.add(bug.getType() + " in " + bug.getPrimaryClass().getClassName());
      }
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
      // missing aux classes only weaken supertype lookups; not worth a notification each
    }

    List<String> errors() {
      return List.copyOf(errors);
    }
  }
}
