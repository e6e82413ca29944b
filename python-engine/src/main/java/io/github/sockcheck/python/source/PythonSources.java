package io.github.sockcheck.python.source;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.python.Facts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Python call sites: files are tokenized only when their text mentions a member name some Python
 * call pattern (or combination {@code code-uses}) asks about; only calls to those members become
 * facts.
 */
public final class PythonSources {

  private final Facts out;
  private final Map<String, Set<String>> keywordsByMember = new HashMap<>();
  private final Map<String, Integer> maxPositionByMember = new HashMap<>();
  private final PyCallExtractor.Interest interest;

  public PythonSources(Facts out, RulePack rules) {
    this.out = out;
    for (Rule rule : rules.rules()) {
      List<CallPattern> patterns = new ArrayList<>();
      if (rule.call() != null) patterns.addAll(rule.call().calls());
      if (rule.combination() != null) patterns.addAll(rule.combination().allCodeUses());
      for (CallPattern p : patterns) {
        if (p.language() != Language.PYTHON) continue;
        keywordsByMember
            .computeIfAbsent(p.member(), k -> new TreeSet<>())
            .addAll(p.roles().keySet());
        int max = p.roles().values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        maxPositionByMember.merge(p.member(), max, Math::max);
      }
    }
    this.interest =
        PyCallExtractor.interestIn(
            member ->
                keywordsByMember.containsKey(member) && !rules.rulesForMember(member).isEmpty(),
            member -> keywordsByMember.getOrDefault(member, Set.of()),
            member -> maxPositionByMember.getOrDefault(member, -1));
  }

  /** Nothing to look for: the scan can skip .py files. */
  public boolean idle() {
    return keywordsByMember.isEmpty();
  }

  public void scan(Path file) {
    String text = out.readOrReport(file, "Python file");
    if (text == null) return;
    if (keywordsByMember.keySet().stream().noneMatch(text::contains)) return;
    PyTokenizer tokenizer = PyTokenizer.tokenize(text);
    for (String problem : tokenizer.problems())
      out.problem(file, PyTokenizer.problemLine(problem), problem);
    String rel = out.rel(file);
    for (CallSite site : new PyCallExtractor(text, tokenizer.tokens(), rel, interest).extract())
      out.callSite(site);
  }
}
