package io.github.sockcheck.scan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The findings a sample project declares it must produce, as {@code "path:line rule-id"} strings (path
 * relative to the project directory): {@code expect:} markers in comments ({@code // expect: id},
 * {@code # expect: id}, {@code <!-- expect: id -->}, several ids separated by commas), lines
 * {@code file:line rule-id} of {@code EXPECTED} files (for formats without comments), and the table
 * rows of an {@code EXPECTED.md} ({@code | `path:line` | `rule-id` | ...}).
 */
public final class ExpectedFindings {

  private static final Pattern MARKER =
      Pattern.compile("(?://|#|<!--)\\s*expect:\\s*([a-z0-9][a-z0-9-]*(?:\\s*,\\s*[a-z0-9][a-z0-9-]*)*)");
  private static final Pattern SIDECAR_LINE = Pattern.compile("^\\s*(\\S+):(\\d+)\\s+([a-z0-9-]+)\\s*$");
  private static final Pattern TABLE_ROW =
      Pattern.compile("^\\|\\s*`([^`:]+):(\\d+)`[^|]*\\|\\s*`([a-z0-9-]+)`");
  private static final Set<String> SKIPPED_DIRS = Set.of("target", ".git", ".venv", "node_modules");

  private ExpectedFindings() {}

  public static Set<String> in(Path project) {
    Set<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.walk(project)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !skipped(project, f)).toList()) {
        String rel = project.relativize(file).toString().replace('\\', '/');
        String name = file.getFileName().toString();
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        if (name.equals("EXPECTED")) {
          prefixed(project, file, lines, SIDECAR_LINE, expected);
        } else if (name.equals("EXPECTED.md")) {
          prefixed(project, file, lines, TABLE_ROW, expected);
        } else if (!name.endsWith(".md")) {
          for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (!m.find()) continue;
            for (String id : m.group(1).split(",")) expected.add(rel + ":" + (i + 1) + " " + id.trim());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }

  /** Sidecar entries name files relative to the sidecar's own directory. */
  private static void prefixed(Path project, Path sidecar, List<String> lines, Pattern pattern, Set<String> out) {
    String dir = project.relativize(sidecar.getParent()).toString().replace('\\', '/');
    String prefix = dir.isEmpty() ? "" : dir + "/";
    for (String line : lines) {
      Matcher m = pattern.matcher(line);
      if (m.find()) out.add(prefix + m.group(1) + ":" + m.group(2) + " " + m.group(3));
    }
  }

  private static boolean skipped(Path project, Path file) {
    for (Path part : project.relativize(file)) {
      if (SKIPPED_DIRS.contains(part.toString())) return true;
    }
    return false;
  }
}
