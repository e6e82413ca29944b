package io.github.sockcheck.bytecode;

import io.github.sockcheck.core.engine.ScanContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Maps the {@code pkg/dir/Foo.java} a class file names to the repository-relative source file, so that
 * bytecode findings land where source findings land. Tries each source root + package path, then a
 * unique file of that name under the source roots; otherwise keeps the class file's view.
 */
final class SourceLocator {

  private final ScanContext context;
  private final Map<String, String> resolved = new HashMap<>();
  private Map<String, List<Path>> byFileName;

  SourceLocator(ScanContext context) {
    this.context = context;
  }

  synchronized String locate(String packagePath) {
    return resolved.computeIfAbsent(packagePath, this::find);
  }

  private String find(String packagePath) {
    for (Path root : context.sourceRoots()) {
      if (Files.isDirectory(root)) {
        Path candidate = root.resolve(packagePath);
        if (Files.isRegularFile(candidate)) return context.relativize(candidate);
      }
    }
    String fileName = packagePath.substring(packagePath.lastIndexOf('/') + 1);
    List<Path> sameName = index().getOrDefault(fileName, List.of());
    if (sameName.size() == 1) return context.relativize(sameName.get(0));
    for (Path p : sameName) {
      if (p.toString().replace('\\', '/').endsWith("/" + packagePath)) return context.relativize(p);
    }
    return packagePath;
  }

  private Map<String, List<Path>> index() {
    if (byFileName != null) return byFileName;
    byFileName = new HashMap<>();
    for (Path root : context.sourceRoots()) {
      if (Files.isRegularFile(root)) {
        byFileName.computeIfAbsent(root.getFileName().toString(), k -> new ArrayList<>()).add(root);
        continue;
      }
      if (!Files.isDirectory(root)) continue;
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
            .forEach(p -> byFileName.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>()).add(p));
      } catch (IOException | RuntimeException e) {
        // an unreadable source root only costs the nicer paths
      }
    }
    return byFileName;
  }
}
