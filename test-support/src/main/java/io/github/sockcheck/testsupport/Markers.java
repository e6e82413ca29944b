package io.github.sockcheck.testsupport;

import io.github.sockcheck.core.io.SkippedDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one parser of the findings a fixture declares. A line that must be reported carries {@code
 * expect: <rule-id>[, <rule-id>…]} in a comment of its own file — {@code // expect: id} in Java,
 * {@code # expect: id} in Python, requirements, TOML, YAML, Dockerfile, Procfile and shell files,
 * {@code <!-- expect: id -->} in XML — and the marker names the line it is on. Formats without
 * comments (JSON lock files) list theirs in a file named {@code EXPECTED} beside them, one {@code
 * file:line rule-id} per line, the path relative to that file's folder. A project's {@code
 * EXPECTED.md} may list them as table rows {@code | `path:line` | `rule-id` | …} (the demo does).
 *
 * <p>A comment that starts a marker but does not hold a clean id list ({@code // expect: a b},
 * {@code # expect: a -- why}) is an error naming the file and line, never a silently ignored
 * marker.
 */
public final class Markers {

  /** The file the rule fixtures keep their expected findings in; it is not a source of markers. */
  public static final String FINDINGS_FILE = "expected-findings.txt";

  private static final Pattern OPENER = Pattern.compile("(?://|#|<!--)\\s*expect:");
  private static final Pattern ID_LIST =
      Pattern.compile("[a-z0-9][a-z0-9-]*(?:\\s*,\\s*[a-z0-9][a-z0-9-]*)*");
  private static final Pattern SIDECAR_LINE = Pattern.compile("(\\S+):(\\d+)\\s+(.+)");
  private static final Pattern TABLE_ROW =
      Pattern.compile("^\\|\\s*`([^`:]+):(\\d+)`[^|]*\\|\\s*`([a-z0-9-]+)`");

  private Markers() {}

  /**
   * The rule ids of the marker on one line of text, empty when it has none.
   *
   * @throws IllegalArgumentException when the line starts a marker whose ids cannot be read
   */
  public static List<String> onLine(String text) {
    Matcher opener = OPENER.matcher(text);
    if (!opener.find()) return List.of();
    String rest = text.substring(opener.end()).strip();
    if (rest.endsWith("-->")) rest = rest.substring(0, rest.length() - 3).strip();
    if (!ID_LIST.matcher(rest).matches()) {
      throw new IllegalArgumentException(
          "malformed expect: marker (want `expect: rule-id[, rule-id]` and "
              + "nothing after it): "
              + text.strip());
    }
    List<String> ids = new ArrayList<>();
    for (String id : rest.split(",")) ids.add(id.strip());
    return ids;
  }

  /**
   * Every marker in the files under {@code dir} (the directories of {@link SkippedDirectories} left
   * out).
   */
  public static SortedSet<Marker> in(Path dir) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile).filter(f -> !inSkippedDir(dir, f)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return inFiles(dir, files);
  }

  /** The markers of {@code files}, their paths relative to {@code base}. */
  public static SortedSet<Marker> inFiles(Path base, Collection<Path> files) {
    SortedSet<Marker> out = new TreeSet<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.equals(FINDINGS_FILE)) continue;
      List<String> lines = lines(file);
      if (name.equals("EXPECTED")) {
        sidecar(base, file, lines, out);
      } else if (name.equals("EXPECTED.md")) {
        table(base, file, lines, out);
      } else if (!name.endsWith(".md")) {
        String rel = relative(base, file);
        for (int i = 0; i < lines.size(); i++) {
          for (String id : idsAt(file, i + 1, lines.get(i))) out.add(new Marker(rel, i + 1, id));
        }
      }
    }
    return out;
  }

  private static List<String> idsAt(Path file, int line, String text) {
    try {
      return onLine(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage(), e);
    }
  }

  /** {@code file:line rule-id[, rule-id]} lines; blank lines and {@code #} comments are skipped. */
  private static void sidecar(Path base, Path sidecar, List<String> lines, SortedSet<Marker> out) {
    String folder = relative(base, sidecar.getParent());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      Matcher m = SIDECAR_LINE.matcher(line);
      if (!m.matches() || !ID_LIST.matcher(m.group(3).strip()).matches()) {
        throw new IllegalArgumentException(
            sidecar + ":" + (i + 1) + ": want `file:line rule-id[, rule-id]`, got: " + line);
      }
      for (String id : m.group(3).split(",")) {
        out.add(new Marker(m.group(1), Integer.parseInt(m.group(2)), id.strip()).under(folder));
      }
    }
  }

  private static void table(Path base, Path file, List<String> lines, SortedSet<Marker> out) {
    String folder = relative(base, file.getParent());
    for (String line : lines) {
      Matcher m = TABLE_ROW.matcher(line);
      if (m.find())
        out.add(new Marker(m.group(1), Integer.parseInt(m.group(2)), m.group(3)).under(folder));
    }
  }

  /** ISO-8859-1 reads any bytes; markers and the lines they sit on are ASCII. */
  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean inSkippedDir(Path dir, Path file) {
    for (Path d = file.getParent();
        d != null && !d.equals(dir) && d.startsWith(dir);
        d = d.getParent()) {
      if (SkippedDirectories.skipped(d)) return true;
    }
    return false;
  }

  static String relative(Path base, Path file) {
    return base.toAbsolutePath()
        .normalize()
        .relativize(file.toAbsolutePath().normalize())
        .toString()
        .replace('\\', '/');
  }
}
