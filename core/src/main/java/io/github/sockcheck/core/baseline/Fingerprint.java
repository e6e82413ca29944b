package io.github.sockcheck.core.baseline;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.io.FileTexts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A finding's identity that survives edits elsewhere in the file: SHA-256 over the rule id, the
 * repository-relative path, the text of the finding's line with whitespace collapsed, the enclosing
 * member (finding property {@code enclosing}, when the engine gives one) and the occurrence index
 * among findings with those same four values in the file (in line order), so two identical lines
 * differ. When the line cannot be read (no line number, unreadable file) the message stands in for
 * its text.
 */
public final class Fingerprint {

  /** Finding property naming the enclosing member, e.g. {@code com.example.Server#start(int)}. */
  public static final String ENCLOSING = "enclosing";

  private final FileTexts texts;

  public Fingerprint(FileTexts texts) {
    this.texts = texts;
  }

  /** Fingerprints of {@code findings}, in the same order as the list. */
  public List<String> of(List<Finding> findings) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) order.add(i);
    order.sort(Comparator.comparing(findings::get, Finding.ORDER));

    String[] result = new String[findings.size()];
    Map<String, Integer> occurrences = new HashMap<>();
    for (int i : order) {
      String key = key(findings.get(i));
      int occurrence = occurrences.merge(key, 1, Integer::sum);
      result[i] = sha256(key + "\u0000" + occurrence);
    }
    return List.of(result);
  }

  /** The fingerprint of a single finding (occurrence 1); use {@link #of(List)} for a whole scan. */
  public String of(Finding finding) {
    return of(List.of(finding)).get(0);
  }

  private String key(Finding f) {
    String lineText =
        texts
            .line(f.location().path(), f.location().startLine())
            .map(Fingerprint::normalise)
            .orElse("message:" + normalise(f.message()));
    String enclosing = f.properties().getOrDefault(ENCLOSING, "");
    return String.join("\u0000", f.ruleId(), f.location().path(), lineText, enclosing);
  }

  /** Collapses runs of whitespace to one space and trims, so re-indenting keeps the fingerprint. */
  static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
