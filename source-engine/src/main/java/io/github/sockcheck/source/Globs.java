package io.github.sockcheck.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Include/exclude globs over repository-relative paths with forward slashes: {@code *} stays within
 * a directory, {@code **} crosses directories, and {@code **}{@code /} also matches no directory at
 * all.
 */
final class Globs {

  private final List<Pattern> includes;
  private final List<Pattern> excludes;

  Globs(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(Globs::compile).toList();
    this.excludes = excludes.stream().map(Globs::compile).toList();
  }

  boolean accepts(String relativePath) {
    if (!includes.isEmpty() && includes.stream().noneMatch(p -> p.matcher(relativePath).matches()))
      return false;
    return excludes.stream().noneMatch(p -> p.matcher(relativePath).matches());
  }

  static Pattern compile(String glob) {
    StringBuilder regex = new StringBuilder();
    String g = glob.replace('\\', '/');
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*') {
        boolean deep = i + 1 < g.length() && g.charAt(i + 1) == '*';
        if (deep && i + 2 < g.length() && g.charAt(i + 2) == '/') {
          regex.append("(?:.*/)?");
          i += 2;
        } else if (deep) {
          regex.append(".*");
          i++;
        } else {
          regex.append("[^/]*");
        }
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
