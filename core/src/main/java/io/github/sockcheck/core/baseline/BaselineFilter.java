package io.github.sockcheck.core.baseline;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Suppression;
import io.github.sockcheck.core.io.FileTexts;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks findings against a baseline: a finding whose fingerprint is in the baseline becomes {@code
 * baselineState "unchanged"} and is suppressed (kind external, justification "baseline"); any other
 * becomes "new". A finding already suppressed in source keeps that suppression.
 */
public final class BaselineFilter {

  public static final String NEW = "new";
  public static final String UNCHANGED = "unchanged";
  public static final String JUSTIFICATION = "baseline";

  private final Fingerprint fingerprint;

  public BaselineFilter(FileTexts texts) {
    this.fingerprint = new Fingerprint(texts);
  }

  public List<Finding> apply(List<Finding> findings, Baseline baseline) {
    List<String> prints = fingerprint.of(findings);
    List<Finding> out = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (baseline.contains(prints.get(i))) {
        Finding marked = f.withBaselineState(UNCHANGED);
        if (!f.suppressed())
          marked = marked.withSuppression(new Suppression("external", JUSTIFICATION, null));
        out.add(marked);
      } else {
        out.add(f.withBaselineState(NEW));
      }
    }
    return out;
  }
}
