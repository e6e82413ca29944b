package io.github.sockcheck.scan.fix;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Fix;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.fix.SourceEditor;
import io.github.sockcheck.core.fix.TextEdits;
import io.github.sockcheck.core.io.AtomicFiles;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.scan.ScanResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The quick fixes of one scan, chosen and laid out per file, for {@code sockcheck fix} and {@code
 * mvn sockcheck:fix}: for each finding its first fix whose edits fit with the fixes already chosen
 * (identical edits, such as one import two fixes need, count once). A file that does not parse is
 * never changed, nor is one the fixes would leave unparseable. Applying the plan and scanning again
 * finds nothing left to fix, so running it twice changes nothing the second time.
 */
public final class FixPlan {

  /**
   * One file's change: its text before and after, the unified diff, and the titles of the fixes
   * applied.
   */
  public record FileChange(
      String path, String before, String after, String diff, List<String> fixes) {}

  private final FileTexts texts;
  private final List<FileChange> changes;
  private final int fixedFindings;

  private FixPlan(FileTexts texts, List<FileChange> changes, int fixedFindings) {
    this.texts = texts;
    this.changes = List.copyOf(changes);
    this.fixedFindings = fixedFindings;
  }

  /** The plan for the fixes of {@code result}, against the files as they are on the disk now. */
  public static FixPlan of(ScanResult result) {
    FileTexts texts = new FileTexts(result.root());
    Map<String, List<TextEdit>> chosen = new TreeMap<>();
    Map<String, List<String>> titles = new TreeMap<>();
    int fixed = 0;
    for (Finding f : result.findings()) {
      if (f.suppressed() && !"external".equals(f.suppression().kind())) continue;
      for (Fix fix : f.fixes()) {
        if (fix.edits().isEmpty() || !fits(texts, chosen, fix)) continue;
        for (TextEdit e : fix.edits()) {
          List<TextEdit> inFile = chosen.computeIfAbsent(e.region().path(), k -> new ArrayList<>());
          if (!inFile.contains(e)) inFile.add(e);
        }
        titles
            .computeIfAbsent(f.location().path(), k -> new ArrayList<>())
            .add(f.ruleId() + ": " + fix.description());
        fixed++;
        break;
      }
    }
    List<FileChange> changes = new ArrayList<>();
    for (Map.Entry<String, List<TextEdit>> e : chosen.entrySet()) {
      String path = e.getKey();
      String before = texts.text(path).orElseThrow();
      List<TextEdits.Span> spans = TextEdits.spans(before, e.getValue()).orElseThrow();
      String after = TextEdits.apply(before, e.getValue()).orElseThrow();
      changes.add(
          new FileChange(
              path,
              before,
              after,
              UnifiedDiff.of(path, before, spans),
              titles.getOrDefault(path, List.of())));
    }
    return new FixPlan(texts, changes, fixed);
  }

  /**
   * True when the fix's edits apply, together with those chosen so far, to files that parse before
   * and after.
   */
  private static boolean fits(FileTexts texts, Map<String, List<TextEdit>> chosen, Fix fix) {
    Map<String, List<TextEdit>> trial = new LinkedHashMap<>();
    for (TextEdit e : fix.edits()) {
      trial
          .computeIfAbsent(
              e.region().path(), p -> new ArrayList<>(chosen.getOrDefault(p, List.of())))
          .add(e);
    }
    for (Map.Entry<String, List<TextEdit>> e : trial.entrySet()) {
      Optional<String> before = texts.text(e.getKey());
      if (before.isEmpty() || !roundTrips(texts, e.getKey(), before.get())) return false;
      Optional<String> after = TextEdits.apply(before.get(), e.getValue());
      if (after.isEmpty()) return false;
      Optional<SourceEditor> editor = SourceEditors.forPath(e.getKey());
      if (editor.isPresent()
          && (!editor.get().parses(before.get()) || !editor.get().parses(after.get())))
        return false;
    }
    return true;
  }

  /** Only UTF-8 files are rewritten: a Latin-1 source would come back with its bytes replaced. */
  private static boolean roundTrips(FileTexts texts, String path, String text) {
    try {
      return java.util.Arrays.equals(
          java.nio.file.Files.readAllBytes(texts.root().resolve(path)),
          text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The files the fixes change, by path. */
  public List<FileChange> changes() {
    return changes;
  }

  /** How many findings the plan fixes. */
  public int fixedFindings() {
    return fixedFindings;
  }

  /** The unified diff of every changed file. */
  public String diff() {
    StringBuilder out = new StringBuilder();
    changes.forEach(c -> out.append(c.diff()));
    return out.toString();
  }

  /**
   * Writes every changed file atomically; a file that changed on the disk since the scan is left
   * alone.
   */
  public List<String> write() throws IOException {
    List<String> skipped = new ArrayList<>();
    FileTexts now = new FileTexts(texts.root());
    for (FileChange c : changes) {
      if (!now.text(c.path()).map(c.before()::equals).orElse(false)) {
        skipped.add(c.path());
        continue;
      }
      AtomicFiles.writeString(texts.root().resolve(c.path()), c.after());
    }
    return skipped;
  }
}
