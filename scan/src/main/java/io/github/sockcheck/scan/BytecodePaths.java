package io.github.sockcheck.scan;

import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.RelatedLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Class files only know their source file relative to the package ({@code com/example/Foo.java}). This maps
 * such a path onto the source root that holds the file, giving the repository-relative path the source
 * engine reports; when no source root has it, the package-relative path stays.
 */
final class BytecodePaths {

  private final ScanContext context;
  private final Path root;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  BytecodePaths(ScanContext context) {
    this.context = context;
    this.root = context.root().toAbsolutePath().normalize();
  }

  String map(String path) {
    return cache.computeIfAbsent(path, this::lookup);
  }

  private String lookup(String path) {
    if (path.isEmpty() || Files.isRegularFile(root.resolve(path))) return path;
    for (Path sourceRoot : context.sourceRoots()) {
      Path base = sourceRoot.isAbsolute() ? sourceRoot : root.resolve(sourceRoot);
      if (!Files.isDirectory(base)) continue;
      Path candidate = base.resolve(path).normalize();
      if (Files.isRegularFile(candidate)) return context.relativize(candidate);
    }
    return path;
  }

  Location map(Location location) {
    return location == null ? null : location.withPath(map(location.path()));
  }

  CallSite map(CallSite s) {
    List<ResultUse> uses = s.resultUses().stream()
        .map(u -> u.at(map(u.location()))).toList();
    return new CallSite(s.language(), s.owner(), s.ownerSupertypes(), s.member(), s.paramTypes(), s.returnType(),
        s.args(), s.keywordArgs(), uses, s.resultCasts(), map(s.location()), s.enclosing(), s.resolved(),
        s.engine());
  }

  Finding map(Finding f) {
    List<RelatedLocation> related = f.related().stream()
        .map(r -> new RelatedLocation(map(r.location()), r.message())).toList();
    return f.withLocation(map(f.location())).withRelated(related);
  }
}
