package io.github.sockcheck.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Fix;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A rule folder's {@link Markers#FINDINGS_FILE}: every finding its fixtures produce, in full
 * (level, precision, message, related locations, fixes, properties, the engines that found it), as
 * reviewable text. The markers decide which lines are flagged; this file pins what is reported
 * there, so a changed message, a lost related location or a precision drop fails the test like a
 * missing finding does.
 *
 * <p>It is generated: run the fixture test with {@code -Dsockcheck.updateExpected=true} (see {@link
 * #UPDATE_COMMAND}) and review the diff like code.
 */
public final class FindingsFile {

  /**
   * The system property that makes the fixture test rewrite the files instead of comparing them.
   */
  public static final String UPDATE_PROPERTY = "sockcheck.updateExpected";

  public static final String UPDATE_COMMAND =
      "mvn -B -ntp -pl scan -am test -Dtest=RuleFixturesTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -D"
          + UPDATE_PROPERTY
          + "=true";

  private FindingsFile() {}

  /** True when this run rewrites the files. */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /** The file's text for {@code findings} (paths already relative to the rule folder). */
  public static String render(String ruleId, Collection<Finding> findings) {
    // Engines that report the very same thing share one block; any difference gives each its own
    // block.
    Map<Block, SortedSet<String>> blocks = new TreeMap<>();
    for (Finding f : findings) {
      blocks
          .computeIfAbsent(new Block(f.location(), block(f)), k -> new TreeSet<>())
          .addAll(f.engines());
    }
    StringBuilder out =
        new StringBuilder()
            .append("# Every finding of the fixtures in testdata/rules/")
            .append(ruleId)
            .append("/ (paths relative to it), from every engine that ran.\n")
            .append(
                "# Generated: the expect: markers decide which lines are flagged; this file pins what is\n")
            .append(
                "# reported there. After a deliberate change regenerate it and review the diff:\n")
            .append("#   ")
            .append(UPDATE_COMMAND)
            .append('\n');
    blocks.forEach(
        (block, engines) -> {
          String text = block.text();
          int firstBreak = text.indexOf('\n');
          out.append('\n')
              .append(text, 0, firstBreak + 1)
              .append("  engines: ")
              .append(String.join(", ", engines))
              .append('\n')
              .append(text.substring(firstBreak + 1));
        });
    return out.toString();
  }

  /** A rendered finding, ordered by its location, then its text. */
  private record Block(Location location, String text) implements Comparable<Block> {
    @Override
    public int compareTo(Block o) {
      int c = Location.ORDER.compare(location, o.location);
      return c != 0 ? c : text.compareTo(o.text);
    }
  }

  /**
   * Compares {@code rendered} with the file, or writes it when {@link #updating()}.
   *
   * @throws AssertionError listing the differing lines and how to regenerate
   */
  public static void check(Path file, String rendered) throws IOException {
    if (updating()) {
      if (!Files.isRegularFile(file)
          || !Files.readString(file, StandardCharsets.UTF_8).equals(rendered)) {
        AtomicFiles.writeString(file, rendered);
      }
      return;
    }
    if (!Files.isRegularFile(file)) {
      fail(file + " is missing; write it with\n  " + UPDATE_COMMAND + "\nand review it.");
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(rendered)) {
      fail(
          file
              + " differs from what the engines report now (- file, + now). If the change is intended, "
              + "regenerate it with\n  "
              + UPDATE_COMMAND
              + "\nand review the diff.\n"
              + LineDiff.of(expected, rendered));
    }
  }

  /**
   * The finding with {@code prefix + "/"} in front of every relative path it holds (empty prefix:
   * none), and paths into the local Maven repository written as {@code ${local-repository}/…}, the
   * same on every machine.
   */
  public static Finding under(String prefix, Finding f) {
    List<RelatedLocation> related =
        f.related().stream()
            .map(r -> new RelatedLocation(under(prefix, r.location()), r.message()))
            .toList();
    List<Fix> fixes =
        f.fixes().stream()
            .map(
                x ->
                    new Fix(
                        x.description(),
                        x.edits().stream()
                            .map(e -> new TextEdit(under(prefix, e.region()), e.replacement()))
                            .toList()))
            .toList();
    return f.withLocation(under(prefix, f.location())).withRelated(related).withFixes(fixes);
  }

  private static Location under(String prefix, Location l) {
    if (l == null) return null;
    Path path = Path.of(l.path());
    if (path.isAbsolute()) {
      Path repository = localRepository();
      return path.startsWith(repository)
          ? l.withPath("${local-repository}/" + Markers.relative(repository, path))
          : l;
    }
    return prefix.isEmpty() ? l : l.withPath(prefix + "/" + l.path());
  }

  /** Where the combination engine reads BOMs and parents from, as it decides it. */
  private static Path localRepository() {
    String configured = System.getProperty("maven.repo.local");
    Path repository =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of(System.getProperty("user.home"), ".m2", "repository");
    return repository.toAbsolutePath().normalize();
  }

  /** One finding without its engines: a header line, then one indented line per detail. */
  private static String block(Finding f) {
    StringBuilder b =
        new StringBuilder()
            .append(region(f.location()))
            .append(' ')
            .append(f.ruleId())
            .append('\n')
            .append("  level: ")
            .append(f.severity().sarifLevel())
            .append('\n')
            .append("  precision: ")
            .append(f.precision().sarifName())
            .append('\n')
            .append("  message: ")
            .append(oneLine(f.message()))
            .append('\n');
    for (RelatedLocation r : f.related()) {
      b.append("  related: ")
          .append(region(r.location()))
          .append(' ')
          .append(oneLine(r.message()))
          .append('\n');
    }
    for (Fix fix : f.fixes()) {
      b.append("  fix: ").append(oneLine(fix.description())).append('\n');
      for (TextEdit e : fix.edits()) {
        b.append("    edit: ")
            .append(region(e.region()))
            .append(" -> \"")
            .append(oneLine(e.replacement()))
            .append("\"\n");
      }
    }
    f.properties()
        .forEach(
            (k, v) ->
                b.append("  property ").append(k).append(": ").append(oneLine(v)).append('\n'));
    return b.toString();
  }

  /**
   * {@code path:line}, or {@code path:line:column-endLine:endColumn} when the columns are known.
   */
  static String region(Location l) {
    if (l == null) return "(none)";
    if (l.startColumn() <= 0) return l.path() + ":" + l.startLine();
    return l.path()
        + ":"
        + l.startLine()
        + ":"
        + l.startColumn()
        + "-"
        + l.endLine()
        + ":"
        + l.endColumn();
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }
}
