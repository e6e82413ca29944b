package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.text.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * pip requirement files: comments, {@code \} continuations, {@code -r}/{@code -c} includes relative
 * to the including file (with cycle protection), environment markers, per-requirement options such
 * as {@code --hash}, extras; URLs, paths, VCS and editable lines are skipped. One pass over the
 * text, so very large files are read in linear time.
 */
public final class RequirementsTxtReader {

  private record Entry(
      String name, String version, String constraint, Location at, boolean fromConstraintFile) {}

  private final Facts out;
  private final MarkerEvaluator markers;
  private final Set<Path> alreadyRead;

  /**
   * @param alreadyRead requirement files read so far in this scan (shared, so a file included and
   *     walked is read once)
   */
  public RequirementsTxtReader(Facts out, MarkerEvaluator markers, Set<Path> alreadyRead) {
    this.out = out;
    this.markers = markers;
    this.alreadyRead = alreadyRead;
  }

  public void read(Path file) {
    readInvocation(List.of(file), List.of());
  }

  /**
   * One {@code pip install -r A -r B -c C}: the requirements of A and B (with their includes),
   * versions pinned by C for the packages they require. A requirements file already read is not
   * read again.
   */
  public void readInvocation(List<Path> requirements, List<Path> constraints) {
    List<Entry> entries = new ArrayList<>();
    Deque<Path> chain = new ArrayDeque<>();
    for (Path file : requirements) {
      Path key = file.toAbsolutePath().normalize();
      if (!alreadyRead.contains(key)) readFile(key, false, chain, entries);
    }
    if (entries.isEmpty()) return;
    for (Path file : constraints) readFile(file.toAbsolutePath().normalize(), true, chain, entries);
    // Constraint files only pin versions of packages that are required somewhere.
    Set<String> required = new HashSet<>();
    for (Entry e : entries) if (!e.fromConstraintFile()) required.add(e.name());
    for (Entry e : entries) {
      if (e.fromConstraintFile() && !required.contains(e.name())) continue;
      out.dependency(e.name(), e.version(), e.constraint(), "runtime", e.at());
    }
  }

  private void readFile(Path file, boolean constraintMode, Deque<Path> chain, List<Entry> entries) {
    if (!constraintMode) alreadyRead.add(file);
    String text = out.readOrReport(file, "requirements file");
    if (text == null) return;
    chain.push(file);
    try {
      int lineNo = 0;
      int pos = 0;
      StringBuilder logical = null;
      int logicalLine = 0;
      int firstLineLength = 0;
      while (pos <= text.length()) {
        int nl = text.indexOf('\n', pos);
        int end = nl < 0 ? text.length() : nl;
        String physical = text.substring(pos, end);
        if (physical.endsWith("\r")) physical = physical.substring(0, physical.length() - 1);
        lineNo++;
        pos = end + 1;
        if (nl < 0 && physical.isEmpty()) break;
        boolean continues = physical.endsWith("\\") && !physical.stripLeading().startsWith("#");
        String piece = continues ? physical.substring(0, physical.length() - 1) : physical;
        if (logical == null) {
          logical = new StringBuilder(piece);
          logicalLine = lineNo;
          firstLineLength = piece.length();
        } else {
          logical.append(piece);
        }
        if (continues && nl >= 0) continue;
        handleLine(
            file, logicalLine, logical.toString(), firstLineLength, constraintMode, chain, entries);
        logical = null;
        if (nl < 0) break;
      }
    } finally {
      chain.pop();
    }
  }

  private void handleLine(
      Path file,
      int line,
      String raw,
      int firstLineLength,
      boolean constraintMode,
      Deque<Path> chain,
      List<Entry> entries) {
    String text = stripComment(raw);
    String trimmed = text.strip();
    if (trimmed.isEmpty()) return;
    if (trimmed.startsWith("-")) {
      option(file, line, trimmed, chain, entries);
      return;
    }
    if (isUrlOrPath(trimmed)) return;
    int optionAt = perRequirementOptions(text);
    String requirementText = optionAt < 0 ? text : text.substring(0, optionAt);
    Requirement req =
        RequirementEmitter.applicable(
            markers, requirementText, message -> out.problem(file, line, message));
    if (req == null) return;
    int startCol = req.nameStart() + 1;
    int endCol = Math.min(req.end(), firstLineLength) + 1;
    Location at = out.at(file, line, startCol, Math.max(endCol, startCol));
    String pinned = req.pinnedVersion();
    String constraint = pinned == null && !req.specifier().isEmpty() ? req.specifier() : null;
    entries.add(new Entry(req.name(), pinned, constraint, at, constraintMode));
  }

  private void option(Path file, int line, String trimmed, Deque<Path> chain, List<Entry> entries) {
    String[] include = includeTarget(trimmed);
    if (include == null)
      return; // -e, -i, --index-url, --pre, --hash on its own line…: nothing to read
    boolean constraint = include[0].equals("c");
    String target = include[1];
    if (target.isEmpty()) {
      out.problem(file, line, "'" + trimmed + "' names no file");
      return;
    }
    if (target.contains("://")) return; // remote includes are not fetched
    Path parent = file.getParent();
    Path included =
        (parent == null ? Path.of(target) : parent.resolve(target)).toAbsolutePath().normalize();
    if (chain.contains(included)) {
      out.problem(file, line, "include cycle: '" + target + "' is already being read");
      return;
    }
    if (!Files.isRegularFile(included)) {
      out.problem(file, line, "included file '" + target + "' not found");
      return;
    }
    if (!constraint && alreadyRead.contains(included)) return;
    readFile(included, constraint, chain, entries);
  }

  /**
   * The files a requirements file includes with {@code -r}/{@code -c} (relative to it, existing or
   * not), read without following them: what makes an included file part of the project that
   * includes it.
   */
  public static List<Path> includes(Path file) {
    List<Path> out = new ArrayList<>();
    String text;
    try {
      text = TextFiles.read(file);
    } catch (IOException e) {
      return out;
    }
    Path parent = file.toAbsolutePath().normalize().getParent();
    for (String line : TextFiles.lines(text)) {
      String[] include = includeTarget(stripComment(line).strip());
      if (include == null || include[1].isEmpty() || include[1].contains("://") || parent == null)
        continue;
      out.add(parent.resolve(include[1]).normalize());
    }
    return out;
  }

  /** {"r"|"c", target} for -r/--requirement/-c/--constraint in all spellings, else null. */
  private static String[] includeTarget(String option) {
    for (String[] spelling :
        new String[][] {{"--requirement", "r"}, {"--constraint", "c"}, {"-r", "r"}, {"-c", "c"}}) {
      String flag = spelling[0];
      if (!option.startsWith(flag)) continue;
      String rest = option.substring(flag.length());
      if (flag.startsWith("--")
          && !(rest.isEmpty() || rest.startsWith("=") || Character.isWhitespace(rest.charAt(0))))
        continue;
      if (rest.startsWith("=")) rest = rest.substring(1);
      return new String[] {spelling[1], unquote(rest.strip())};
    }
    return null;
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  /** pip: a comment starts at a '#' at the start of the line or after whitespace. */
  static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1))))
        return line.substring(0, i);
    }
    return line;
  }

  /** Offset of the first " --option" after the requirement (e.g. --hash=sha256:…), or -1. */
  private static int perRequirementOptions(String text) {
    for (int i = 1; i + 1 < text.length(); i++) {
      if (text.charAt(i) == '-'
          && text.charAt(i + 1) == '-'
          && Character.isWhitespace(text.charAt(i - 1))) return i;
    }
    return -1;
  }

  private static boolean isUrlOrPath(String t) {
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("://") && !lower.contains("@")) return true;
    if (lower.matches("^(git|hg|svn|bzr)\\+.*")
        || lower.startsWith("http:")
        || lower.startsWith("https:")
        || lower.startsWith("file:")) return true;
    if (t.startsWith(".")
        || t.startsWith("/")
        || t.startsWith("~")
        || t.matches("^[A-Za-z]:[\\\\/].*")) return true;
    String first = lower.split("[\\s;]", 2)[0];
    return first.endsWith(".whl")
        || first.endsWith(".tar.gz")
        || first.endsWith(".zip")
        || first.endsWith(".tar.bz2");
  }
}
