package io.github.sockcheck.scan;

import io.github.sockcheck.combination.PomVersionEdits;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.Ecosystem;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Fix;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.fix.CallEdits;
import io.github.sockcheck.core.fix.CallText;
import io.github.sockcheck.core.fix.SourceEditor;
import io.github.sockcheck.core.fix.TextEdits;
import io.github.sockcheck.core.fix.TextOffsets;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.core.match.CallMatcher;
import io.github.sockcheck.core.match.ConditionEvaluator;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.QuickFix;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.scan.fix.SourceEditors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attaches the quick fixes rules declare ({@code quick-fixes:}) to their findings: a fix whose
 * condition holds for the reported call (or dependency) is rendered against the file text the scan
 * read, and kept only when every edit is certain and the file still parses afterwards. The same
 * {@link Fix}es then reach SARIF, the language server and {@code sockcheck fix}.
 */
final class QuickFixes {

  private final RulePack pack;
  private final List<CallSite> sites;
  private final List<Dependency> dependencies;
  private final CallMatcher matcher;
  private final ConditionEvaluator evaluator;
  private final FileTexts texts;

  QuickFixes(
      RulePack pack,
      List<CallSite> sites,
      List<Dependency> dependencies,
      CallMatcher matcher,
      ConditionEvaluator evaluator,
      FileTexts texts) {
    this.pack = pack;
    this.sites = sites;
    this.dependencies = dependencies;
    this.matcher = matcher;
    this.evaluator = evaluator.withDependencies(dependencies);
    this.texts = texts;
  }

  /** The findings, each with the fixes its rule offers for it. */
  List<Finding> attach(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Rule rule = pack.rule(f.ruleId()).orElse(null);
      boolean suppressedInSource = f.suppressed() && !"external".equals(f.suppression().kind());
      if (rule == null || rule.quickFixes().isEmpty() || suppressedInSource) {
        out.add(f);
        continue;
      }
      List<Fix> fixes = new ArrayList<>(f.fixes());
      fixes.addAll(rule.kind() == RuleKind.CALL ? callFixes(rule, f) : versionFixes(rule, f));
      out.add(fixes.size() == f.fixes().size() ? f : f.withFixes(fixes));
    }
    return out;
  }

  private List<Fix> callFixes(Rule rule, Finding f) {
    String path = f.location().path();
    Optional<SourceEditor> editor = SourceEditors.forPath(path);
    Optional<String> text = texts.text(path);
    if (editor.isEmpty() || text.isEmpty() || rule.call() == null) return List.of();
    for (CallSite site : sites) {
      if (!site.location().equals(f.location()) || !f.engines().contains(site.engine())) continue;
      for (CallPattern pattern : rule.call().calls()) {
        if (matcher.matchesPattern(pattern, site))
          return callFixes(rule, site, pattern, editor.get(), text.get());
      }
    }
    return List.of();
  }

  private List<Fix> callFixes(
      Rule rule, CallSite site, CallPattern pattern, SourceEditor editor, String text) {
    List<Fix> fixes = new ArrayList<>();
    TextOffsets offsets = new TextOffsets(text);
    String path = site.location().path();
    for (QuickFix qf : rule.quickFixes()) {
      if (!qf.calls().isEmpty() && qf.calls().stream().noneMatch(p -> matchesCall(p, site)))
        continue;
      if (qf.when() != null) {
        ConditionEvaluator.Outcome o =
            evaluator.evaluate(qf.when(), CallMatcher.bindRoles(pattern, site), site);
        // a fix needs certainty: no runtime test may rest on a guess or on a supported range only
        if (!o.holds() || !o.unknownRuntimes().isEmpty() || !o.uncertainRuntimes().isEmpty())
          continue;
      }
      Optional<CallText> call = editor.call(text, site.location(), site.member());
      if (call.isEmpty()) continue;
      Optional<TextEdit> edit =
          CallEdits.render(
              path,
              offsets,
              call.get(),
              qf.edit(),
              pattern.roles(),
              site.language() == Language.PYTHON);
      Optional<List<TextEdit>> imports = editor.imports(path, text, qf.imports());
      if (edit.isEmpty() || imports.isEmpty()) continue;
      List<TextEdit> edits = new ArrayList<>(imports.get());
      edits.add(edit.get());
      Optional<String> fixed = TextEdits.apply(text, edits);
      if (fixed.isPresent() && editor.parses(fixed.get())) fixes.add(new Fix(qf.title(), edits));
    }
    return fixes;
  }

  private static boolean matchesCall(
      io.github.sockcheck.core.rules.MemberPattern p, CallSite site) {
    if (p.matches(site.owner(), site.member())) return true;
    return site.ownerSupertypes().stream()
        .anyMatch(s -> p.owner().indexOf('.') > 0 && p.matches(s, site.member()));
  }

  /**
   * {@code set-version}: the places that decide the version of the finding's dependency, edited
   * where literal.
   */
  private List<Fix> versionFixes(Rule rule, Finding f) {
    String coordinate = f.properties().get("coordinate");
    if (coordinate == null || coordinate.lastIndexOf(':') < 0) return List.of();
    String name = coordinate.substring(0, coordinate.lastIndexOf(':'));
    String version = coordinate.substring(coordinate.lastIndexOf(':') + 1);
    List<Fix> fixes = new ArrayList<>();
    for (QuickFix qf : rule.quickFixes()) {
      if (!(qf.edit() instanceof QuickFix.SetVersion set)) continue;
      Map<Location, TextEdit> edits = new LinkedHashMap<>();
      for (Dependency d : dependencies) {
        if (!Ecosystem.MAVEN.is(d.ecosystem())
            || !d.name().equals(name)
            || !version.equals(d.version())
            || !f.location().equals(d.declaredAt())) continue;
        List<Location> places = new ArrayList<>();
        for (RelatedLocation r : d.versionSource()) places.add(r.location());
        if (d.direct()) places.add(d.declaredAt()); // its own <version>, when written there
        String groupId = name.substring(0, name.indexOf(':'));
        for (Location place : places) {
          if (!insideRoot(place.path())
              || !place.path().endsWith(".xml") && !place.path().endsWith(".pom")) continue;
          Optional<String> text = texts.text(place.path());
          if (text.isEmpty()) continue;
          PomVersionEdits.at(place.path(), text.get(), place, groupId, version, set.version())
              .ifPresent(e -> edits.putIfAbsent(e.region(), e));
        }
      }
      if (!edits.isEmpty()) fixes.add(new Fix(qf.title(), List.copyOf(edits.values())));
    }
    return fixes;
  }

  /** Repository-relative: a parent or BOM in the local Maven repository is never edited. */
  private static boolean insideRoot(String path) {
    return !path.startsWith("/")
        && !path.startsWith("..")
        && !java.nio.file.Path.of(path).isAbsolute();
  }
}
