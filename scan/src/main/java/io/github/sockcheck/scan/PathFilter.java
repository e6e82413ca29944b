package io.github.sockcheck.scan;

import io.github.sockcheck.core.findings.Finding;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * The request's include/exclude globs (relative to the root), applied to the findings of every
 * engine: engines may skip excluded files early, but a bytecode or combination finding can still
 * point at one.
 */
final class PathFilter {

  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;

  PathFilter(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(PathFilter::glob).toList();
    this.excludes = excludes.stream().map(PathFilter::glob).toList();
  }

  private static PathMatcher glob(String pattern) {
    return FileSystems.getDefault().getPathMatcher("glob:" + pattern.trim());
  }

  boolean accepts(String relativePath) {
    Path path = Path.of(relativePath);
    if (!includes.isEmpty() && includes.stream().noneMatch(m -> m.matches(path))) return false;
    return excludes.stream().noneMatch(m -> m.matches(path));
  }

  List<Finding> keep(List<Finding> findings) {
    if (includes.isEmpty() && excludes.isEmpty()) return findings;
    return findings.stream().filter(f -> accepts(f.location().path())).toList();
  }
}
