package io.github.sockcheck.scan;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Suppression;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.source.SuppressionScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks findings in {@code .java} files that lie in a {@code @SuppressWarnings("sockcheck:<id>")}
 * region, whichever engine found them. The annotation carries no reason, so none is asked for.
 */
final class AnnotationSuppressions {

  private AnnotationSuppressions() {}

  static List<Finding> apply(List<Finding> findings, FileTexts texts) {
    SuppressionScanner scanner = new SuppressionScanner();
    Map<String, List<SuppressionScanner.Region>> regions = new HashMap<>();
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Location l = f.location();
      if (f.suppressed() || !l.path().endsWith(".java") || l.startLine() <= 0) {
        out.add(f);
        continue;
      }
      List<SuppressionScanner.Region> inFile =
          regions.computeIfAbsent(
              l.path(), p -> texts.text(p).map(scanner::scan).orElse(List.of()));
      SuppressionScanner.Region region =
          inFile.stream().filter(r -> r.covers(f.ruleId(), l.startLine())).findFirst().orElse(null);
      out.add(
          region == null
              ? f
              : f.withSuppression(
                  new Suppression("inSource", "", Location.line(l.path(), region.startLine()))));
    }
    return out;
  }
}
