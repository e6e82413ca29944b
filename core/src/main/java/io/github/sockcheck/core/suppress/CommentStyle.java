package io.github.sockcheck.core.suppress;

import java.util.List;
import java.util.Locale;

/** How a file type writes a line comment, which is where a {@code sockcheck:ignore} can appear. */
enum CommentStyle {
  SLASHES("//"),
  HASH("#"),
  XML("<!--");

  final String opener;

  CommentStyle(String opener) {
    this.opener = opener;
  }

  /** The comment styles to look for in a file; every style for a file type we do not know. */
  static List<CommentStyle> of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    if (List.of("java", "kt", "kts", "groovy", "gradle", "scala").contains(ext))
      return List.of(SLASHES);
    if (List.of("xml", "pom").contains(ext)) return List.of(XML);
    if (List.of(
                "py",
                "pyi",
                "txt",
                "in",
                "toml",
                "yaml",
                "yml",
                "cfg",
                "ini",
                "conf",
                "properties",
                "sh",
                "env")
            .contains(ext)
        || name.startsWith("dockerfile")
        || name.endsWith(".dockerfile")
        || name.startsWith("containerfile")
        || name.equals("procfile")) {
      return List.of(HASH);
    }
    return List.of(values());
  }
}
