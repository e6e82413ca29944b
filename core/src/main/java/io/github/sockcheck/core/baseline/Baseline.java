package io.github.sockcheck.core.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.io.AtomicFiles;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.core.report.SarifJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The accepted findings of a project: a JSON file listing their fingerprints (plus rule, path, line
 * and message so a reviewer can read it). Findings in the baseline are reported as "unchanged" and
 * not failed on; everything else is "new".
 *
 * <pre>{@code
 * {"version": 1, "tool": "sockcheck", "findings": [
 *   {"ruleId": "...", "path": "...", "line": 12, "message": "...", "fingerprint": "..."}]}
 * }</pre>
 */
public final class Baseline {

  public static final int VERSION = 1;

  /** One accepted finding. {@code line} and {@code message} are informative only. */
  public record Entry(String ruleId, String path, int line, String message, String fingerprint) {
    static final Comparator<Entry> ORDER =
        Comparator.comparing(Entry::ruleId)
            .thenComparing(Entry::path)
            .thenComparingInt(Entry::line)
            .thenComparing(Entry::fingerprint);
  }

  private final List<Entry> entries;
  private final Set<String> fingerprints = new TreeSet<>();

  public Baseline(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Entry.ORDER);
    this.entries = List.copyOf(sorted);
    for (Entry e : sorted) fingerprints.add(e.fingerprint());
  }

  /** A baseline accepting every unsuppressed-in-source finding of a scan. */
  public static Baseline of(List<Finding> findings, FileTexts texts) {
    List<String> prints = new Fingerprint(texts).of(findings);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.suppressed() && "inSource".equals(f.suppression().kind())) continue;
      entries.add(
          new Entry(
              f.ruleId(),
              f.location().path(),
              f.location().startLine(),
              f.message(),
              prints.get(i)));
    }
    return new Baseline(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  public boolean contains(String fingerprint) {
    return fingerprints.contains(fingerprint);
  }

  /** Reads a baseline; a missing, unreadable or malformed file throws {@link BaselineException}. */
  public static Baseline read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new BaselineException(
          file, "baseline file does not exist (create it with `mvn sockcheck:baseline`)", e);
    } catch (IOException e) {
      throw new BaselineException(file, "cannot read the baseline file: " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = SarifJson.MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BaselineException(
          file,
          "not a valid baseline (JSON error: "
              + e.getOriginalMessage()
              + "); fix it or delete it and run `mvn sockcheck:baseline` again",
          e);
    }
    if (root == null || !root.isObject()) {
      throw new BaselineException(
          file,
          "not a valid baseline: expected a JSON object with \"version\" and \"findings\"",
          null);
    }
    int version = root.path("version").asInt(-1);
    if (version != VERSION) {
      throw new BaselineException(
          file,
          "unsupported baseline version "
              + root.path("version")
              + " (this sockcheck reads version "
              + VERSION
              + "); regenerate it with `mvn sockcheck:baseline`",
          null);
    }
    JsonNode list = root.path("findings");
    if (!list.isArray()) {
      throw new BaselineException(
          file, "not a valid baseline: \"findings\" must be an array", null);
    }
    List<Entry> entries = new ArrayList<>();
    int index = 0;
    for (JsonNode e : list) {
      String fingerprint = e.path("fingerprint").asText("");
      if (fingerprint.isEmpty()) {
        throw new BaselineException(
            file, "not a valid baseline: findings[" + index + "] has no \"fingerprint\"", null);
      }
      entries.add(
          new Entry(
              e.path("ruleId").asText(""),
              e.path("path").asText(""),
              e.path("line").asInt(0),
              e.path("message").asText(""),
              fingerprint));
      index++;
    }
    return new Baseline(entries);
  }

  /** Reads the baseline when the file exists. */
  public static Optional<Baseline> readIfExists(Path file) {
    return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
  }

  /** Writes the baseline atomically (sorted, so that it diffs well in version control). */
  public void write(Path file) throws IOException {
    AtomicFiles.writeString(file, toJson());
  }

  public String toJson() {
    ObjectNode root = SarifJson.NODES.objectNode();
    root.put("version", VERSION);
    root.put("tool", "sockcheck");
    ArrayNode list = root.putArray("findings");
    for (Entry e : entries) {
      ObjectNode node = list.addObject();
      node.put("ruleId", e.ruleId());
      node.put("path", e.path());
      node.put("line", e.line());
      node.put("message", e.message());
      node.put("fingerprint", e.fingerprint());
    }
    return SarifJson.write(root);
  }
}
