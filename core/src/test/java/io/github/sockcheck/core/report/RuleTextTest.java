package io.github.sockcheck.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTextTest {

  private static Rule withFix(String fix) {
    Rule r = SarifSamples.rule("r", Severity.WARNING, null, List.of("t"));
    return new Rule(r.id(), r.kind(), r.title(), r.severity(), r.precision(), r.tags(), r.cwe(), r.engines(),
        r.engineNote(), r.message(), r.help(), r.examples(), fix, r.appliesTo(), r.evidence(), r.call(),
        r.combination(), r.origin());
  }

  @Test
  void aLongFixIsCutWithinGitHubsLimitAndNeverInsideACodeSpan() {
    String fix = "Use `" + "x".repeat(990) + "` and then `DatagramChannel.open(StandardProtocolFamily.INET)`.";
    String md = RuleText.fullDescriptionMarkdown(withFix(fix));
    assertTrue(md.length() <= 1024, String.valueOf(md.length()));
    assertEquals(0, md.chars().filter(c -> c == '`').count() % 2, md);
    assertTrue(md.endsWith("…"));
    assertTrue(RuleText.fullDescription(withFix(fix)).length() <= 1024);
  }

  @Test
  void theFixLinesAreJoined() {
    assertTrue(RuleText.fullDescription(withFix("Open it\n  with a family.\n")).endsWith(" Fix: Open it with a family."));
  }
}
