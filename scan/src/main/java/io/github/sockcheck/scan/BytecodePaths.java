package io.github.sockcheck.scan;

import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.findings.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Class files only know their source file relative to the package ({@code com/example/Foo.java}).
 * This maps such a path onto the source root that holds the file, giving the repository-relative
 * path the source engine reports: first each source root + package path, then the one {@code .java}
 * file of that name under the source roots (or the one whose path ends with the package path);
 * otherwise the package-relative path stays. The only place bytecode paths are mapped: the bytecode
 * engine reports the class file's view.
 */
final class BytecodePaths {

  private final ScanContext context;
  private final Path root;
  private final Map<String, String> cache = new ConcurrentHashMap<>();
  private Map<String, List<Path>> byFileName;

  BytecodePaths(ScanContext context) {
    this.context = context;
    this.root = context.root().toAbsolutePath().normalize();
  }

  String map(String path) {
    return cache.computeIfAbsent(path, this::lookup);
  }

  private String lookup(String path) {
    if (path.isEmpty() || Files.isRegularFile(root.resolve(path))) return path;
    for (Path sourceRoot : context.inputs().sourceRoots()) {
      Path base = sourceRoot.isAbsolute() ? sourceRoot : root.resolve(sourceRoot);
      if (!Files.isDirectory(base)) continue;
      Path candidate = base.resolve(path).normalize();
      if (Files.isRegularFile(candidate)) return context.relativize(candidate);
    }
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    List<Path> sameName = byFileName().getOrDefault(fileName, List.of());
    if (sameName.size() == 1) return context.relativize(sameName.get(0));
    for (Path p : sameName) {
      if (p.toString().replace('\\', '/').endsWith("/" + path)) return context.relativize(p);
    }
    return path;
  }

  /** The {@code .java} files under the source roots by file name, read once on the first miss. */
  private synchronized Map<String, List<Path>> byFileName() {
    if (byFileName != null) return byFileName;
    Map<String, List<Path>> index = new HashMap<>();
    for (Path sourceRoot : context.inputs().sourceRoots()) {
      Path base = sourceRoot.isAbsolute() ? sourceRoot : root.resolve(sourceRoot);
      if (Files.isRegularFile(base)) {
        index.computeIfAbsent(base.getFileName().toString(), k -> new ArrayList<>()).add(base);
        continue;
      }
      if (!Files.isDirectory(base)) continue;
      try (Stream<Path> walk = Files.walk(base)) {
        walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
            .forEach(
                p ->
                    index
                        .computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>())
                        .add(p));
      } catch (IOException | UncheckedIOException e) {
        // an unreadable source root only costs the nicer paths
      }
    }
    byFileName = index;
    return index;
  }

  Location map(Location location) {
    return location == null ? null : location.withPath(map(location.path()));
  }

  CallSite map(CallSite s) {
    List<ResultUse> uses = s.resultUses().stream().map(u -> u.at(map(u.location()))).toList();
    return s.toBuilder().resultUses(uses).location(map(s.location())).build();
  }
}
