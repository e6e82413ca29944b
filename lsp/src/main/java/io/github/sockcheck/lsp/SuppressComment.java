package io.github.sockcheck.lsp;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code sockcheck:ignore} comment each file kind takes on its own line above a finding, with a
 * reason placeholder the user replaces (the scan reports a suppression whose reason is still the
 * placeholder).
 */
final class SuppressComment {

  /** What the user replaces; core's comment reader treats it as no reason at all. */
  static final String PLACEHOLDER = "<reason>";

  private SuppressComment() {}

  /**
   * The comment for {@code ruleId} in the file {@code path}; empty for file kinds without comments.
   */
  static Optional<String> of(String path, String ruleId) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    if (ext.equals("java") || ext.equals("kt") || ext.equals("groovy") || ext.equals("scala")) {
      return Optional.of("// sockcheck:ignore " + ruleId + " -- " + PLACEHOLDER);
    }
    if (ext.equals("xml") || ext.equals("pom")) {
      return Optional.of(
          "<!-- sockcheck:ignore "
              + ruleId
              + ": "
              + PLACEHOLDER
              + " -->"); // no "--" inside XML comments
    }
    if (name.equals("runtime.txt"))
      return Optional.empty(); // one line, read by platform tools that know no comments
    boolean hash =
        switch (ext) {
          case "py", "pyi", "txt", "in", "toml", "yaml", "yml", "cfg", "ini", "conf", "sh", "env" ->
              true;
          default ->
              name.startsWith("dockerfile")
                  || name.endsWith(".dockerfile")
                  || name.startsWith("containerfile")
                  || name.equals("procfile")
                  || name.equals("pipfile");
        };
    return hash
        ? Optional.of("# sockcheck:ignore " + ruleId + " -- " + PLACEHOLDER)
        : Optional.empty();
  }
}
