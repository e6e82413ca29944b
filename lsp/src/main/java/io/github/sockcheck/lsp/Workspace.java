package io.github.sockcheck.lsp;

import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.EngineNames;
import io.github.sockcheck.scan.InputClassifier;
import io.github.sockcheck.scan.ScanRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One workspace root as the server scans it: the inputs found under it (as {@code sockcheck scan
 * ROOT} classifies them, plus each Maven module's {@code target/classes} for the bytecode rules),
 * the open buffers, and the settings in force. Builds the {@link ScanRequest} of each scan.
 */
final class Workspace {

  private final Path root;
  private final OpenDocuments documents;
  private volatile Settings editorSettings = Settings.NONE;
  private volatile Settings pomSettings;
  private volatile InputClassifier.Inputs inputs;

  Workspace(Path root, OpenDocuments documents) {
    this.root = root.toAbsolutePath().normalize();
    this.documents = documents;
  }

  Path root() {
    return root;
  }

  void configure(Settings fromEditor) {
    editorSettings = fromEditor;
  }

  /** Settings in force: the editor's, then the pom's plugin configuration. */
  Settings settings() {
    Settings pom = pomSettings;
    if (pom == null) pomSettings = pom = PomSettings.read(root);
    return editorSettings.orElse(pom);
  }

  /**
   * Forgets the classified inputs and the pom's settings: files were added, removed or the pom
   * changed.
   */
  void invalidate() {
    inputs = null;
    pomSettings = null;
  }

  /** True when {@code file} lies under the root, so a scan of the root sees it. */
  boolean contains(Path file) {
    return file.toAbsolutePath().normalize().startsWith(root);
  }

  /** The request for one scan of the whole root, with the open buffers in front of the disk. */
  ScanRequest request(Map<Path, OpenDocuments.Document> open)
      throws IOException, ConfigurationException {
    InputClassifier.Inputs in = inputs();
    Settings s = settings();
    ScanRequest.Builder b = in.addTo(ScanRequest.builder(root));
    for (Path classes : classDirectories()) b.addClassRoot(classes);
    Map<Path, String> buffers = new HashMap<>();
    for (OpenDocuments.Document d : open.values())
      if (contains(d.path())) buffers.put(d.path(), d.text());
    b.buffers(buffers)
        .ruleDirectories(s.rulesDirectories().stream().map(root::resolve).toList())
        .enabledRules(s.enabledRules())
        .disabledRules(s.disabledRules())
        .engines(EngineNames.parse(s.engines()))
        .classpath(s.classpath().stream().map(root::resolve).toList())
        .javaRelease(s.javaRelease())
        .cacheDir(s.cacheDir() != null ? root.resolve(s.cacheDir()) : defaultCacheDir())
        .threads(Math.max(1, Runtime.getRuntime().availableProcessors()));
    if (s.baseline() != null && Files.isRegularFile(root.resolve(s.baseline())))
      b.baseline(root.resolve(s.baseline()));
    return b.build();
  }

  private InputClassifier.Inputs inputs() throws IOException {
    InputClassifier.Inputs in = inputs;
    if (in == null) {
      in = InputClassifier.classify(List.of(root));
      // An open buffer the walk does not cover (a file only in the editor, a skipped directory):
      // add it.
      List<Path> extra = new ArrayList<>();
      for (Path p : documents.snapshot().keySet())
        if (contains(p) && !covered(in, p) && Files.isRegularFile(p)) extra.add(p);
      if (!extra.isEmpty()) {
        List<Path> all = new ArrayList<>(List.of(root));
        all.addAll(extra);
        in = InputClassifier.classify(all);
      }
      inputs = in;
    }
    return in;
  }

  /**
   * Whether an open file is already among the inputs; one that is not makes the inputs be
   * classified again.
   */
  boolean covers(Path file) {
    InputClassifier.Inputs in = inputs;
    return in == null || covered(in, file);
  }

  private static boolean covered(InputClassifier.Inputs in, Path file) {
    for (Path r : in.sourceRoots()) if (file.startsWith(r)) return true;
    for (Path r : in.pythonRoots()) if (file.startsWith(r)) return true;
    if (in.buildFiles().contains(file)) return true;
    String name = file.getFileName().toString();
    return !(name.endsWith(".java") || name.endsWith(".py") || InputClassifier.isBuildFile(file));
  }

  /**
   * {@code target/classes} next to every pom, where Maven and the IDEs' Maven import compile to:
   * the classifier skips {@code target/}, but the bytecode rules need the classes.
   */
  private Set<Path> classDirectories() {
    Set<Path> dirs = new LinkedHashSet<>();
    for (Path build : inputs.buildFiles()) {
      if (!build.getFileName().toString().equals("pom.xml")) continue;
      Path classes = build.getParent().resolve("target").resolve("classes");
      if (Files.isDirectory(classes)) dirs.add(classes);
    }
    return dirs;
  }

  /** Per workspace, under the user's cache directory: the project tree stays clean. */
  private Path defaultCacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("sockcheck").resolve("lsp").resolve(hash(root.toString()));
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
