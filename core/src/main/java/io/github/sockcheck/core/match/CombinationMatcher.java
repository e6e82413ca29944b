package io.github.sockcheck.core.match;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.Ecosystem;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.CodeUse;
import io.github.sockcheck.core.rules.CombinationMatch;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.DependencyPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.rules.SettingCondition;
import io.github.sockcheck.core.versions.VersionScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Matches combination rules against the facts of a whole scan: dependencies, target runtimes,
 * deployment settings and code uses. Runs once after every engine has reported, because a
 * combination spans facts from several engines. Version semantics come from the {@link
 * VersionScheme} of each ecosystem and, for runtimes, from {@link RuntimeDecision}.
 *
 * <p>Facts never cross projects: each project of {@link ProjectFacts} (a Python service, a Maven
 * project beside others) is matched on its own facts and the scan-wide ones.
 *
 * <p>Uncertain facts never silence a rule, they weaken it, and the message says which: a manifest
 * that only declares a range (or no version at all) which admits an affected version gives one
 * level lower; a runtime known only from a supported range or a test setup gives one step lower
 * precision; a fact nothing decides (no runtime evidence, no value of a required deployment setting
 * found) gives one level lower and one step lower precision. A fact that was established is named
 * with the file and line that decided it.
 */
public final class CombinationMatcher {

  public static final String ENGINE = EngineId.COMBINATION.id();

  private final RulePack pack;
  private final Map<String, VersionScheme> schemes;
  private final BiPredicate<CallPattern, CallSite> calls;

  /**
   * @param schemes version scheme by ecosystem ("maven", "pypi"); a rule whose ecosystem has none
   *     fails loudly
   */
  public CombinationMatcher(RulePack pack, Map<String, VersionScheme> schemes) {
    this(pack, schemes, new CallMatcher(pack)::matchesPattern);
  }

  /**
   * @param calls decides whether a call site is an invocation a {@code code-uses} pattern describes
   */
  public CombinationMatcher(
      RulePack pack, Map<String, VersionScheme> schemes, BiPredicate<CallPattern, CallSite> calls) {
    this.pack = pack;
    this.schemes = Map.copyOf(schemes);
    this.calls = calls;
  }

  /** The findings of every combination rule, in {@link Finding#ORDER}. */
  public List<Finding> match(
      List<Dependency> dependencies,
      List<RuntimeFact> runtimes,
      List<ConfigFact> configs,
      List<CallSite> sites) {
    ProjectFacts projects = new ProjectFacts(dependencies, runtimes, configs);
    // Scan-wide facts are seen by every project: the same finding can come from several, keep it
    // once.
    Map<String, Finding> findings = new LinkedHashMap<>();
    Map<String, List<CallSite>> sitesByProject = projects.sitesByProject(sites);
    for (String project : projects.projects()) {
      CombinationFacts facts =
          new CombinationFacts(
              project,
              projects.dependencies(project),
              projects,
              projects.configs(project),
              sitesByProject.getOrDefault(project, List.of()));
      for (Rule rule : pack.rules()) {
        if (rule.kind() != RuleKind.COMBINATION || rule.combination() == null) continue;
        for (Finding f : matchRule(rule, facts))
          findings.putIfAbsent(f.ruleId() + "\u0000" + f.location(), f);
      }
    }
    List<Finding> out = new ArrayList<>(findings.values());
    out.sort(Finding.ORDER);
    return out;
  }

  /**
   * The findings of the first block that holds, in file order: alternatives ({@code match: {any:
   * [...]}}) never add up, so one rule reports one place per dependency declaration and the
   * message, related locations and weakening all come from that one block.
   */
  private List<Finding> matchRule(Rule rule, CombinationFacts facts) {
    for (CombinationMatch block : rule.combination().blocks()) {
      List<Finding> found = matchBlock(rule, block, facts);
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  private List<Finding> matchBlock(Rule rule, CombinationMatch match, CombinationFacts facts) {
    Weakening weak = new Weakening();

    // Every present entry must be found; the first one decides where findings are reported. An
    // absent
    // entry must not be found; when only direct dependencies are known, its absence is uncertain.
    List<List<Candidate>> perEntry = new ArrayList<>();
    for (DependencyPattern pattern : match.dependencies()) {
      List<Candidate> found = candidates(pattern, facts.dependencies());
      if (pattern.absent()) {
        if (!found.isEmpty()) return List.of();
        if (!transitiveKnown(pattern.ecosystem(), facts.dependencies())) {
          weak.uncertain(
              "only direct dependencies are known, so "
                  + String.join(" or ", pattern.names())
                  + " may still come in transitively");
        }
        continue;
      }
      if (found.isEmpty()) return List.of();
      perEntry.add(found);
    }
    for (int i = 1; i < perEntry.size(); i++) {
      if (perEntry.get(i).stream().allMatch(Candidate::admittedOnly)) {
        weak.admitted(perEntry.get(i).get(0).dependency());
      }
    }

    List<RelatedLocation> related = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    if (!runtimeHolds("java", match.javaRelease(), facts, weak, related, values)) return List.of();
    if (!runtimeHolds("python", match.python(), facts, weak, related, values)) return List.of();
    for (SettingCondition setting : match.settings()) {
      if (!settingHolds(setting, facts.configs(), weak, related)) return List.of();
    }

    // Every group needs a use of its own (code-uses is one group); the first group's use anchors a
    // finding that has no dependency to report on.
    CallSite use = null;
    for (List<CodeUse> group : match.requiredUses()) {
      CallSite found = firstUse(group, facts.sites());
      if (found == null) return List.of();
      if (use == null) use = found;
      RelatedLocation usedHere =
          new RelatedLocation(
              found.location(), "`" + MessageTemplate.describeCall(found) + "` is used here");
      if (!related.contains(usedHere)) related.add(usedHere);
    }

    if (perEntry.isEmpty()) {
      Location anchor =
          use != null ? use.location() : related.isEmpty() ? null : related.get(0).location();
      if (anchor == null) return List.of();
      return List.of(finding(rule, anchor, values, weak, related, Map.of()));
    }

    // One finding per place that declares the first entry's dependency (multi-module builds).
    Map<Location, Candidate> byPlace = new TreeMap<>(Location.ORDER);
    for (Candidate c : perEntry.get(0)) byPlace.putIfAbsent(anchor(c.dependency()), c);
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Location, Candidate> e : byPlace.entrySet()) {
      Dependency d = e.getValue().dependency();
      Weakening w = weak.copy();
      if (e.getValue().admittedOnly()) w.admitted(d);
      Map<String, String> v = new LinkedHashMap<>(values);
      v.put("dependency", d.name());
      v.put(
          "version",
          d.version() != null
              ? d.version()
              : d.constraint() != null ? d.constraint() : "(unpinned)");
      v.put(
          "trail",
          String.join(
              " → ", d.trail().isEmpty() ? List.of(d.name() + ":" + v.get("version")) : d.trail()));
      List<RelatedLocation> rel = new ArrayList<>();
      d.versionSource().forEach(rel::add);
      rel.addAll(related);
      Map<String, String> properties = new LinkedHashMap<>();
      properties.put("coordinate", d.name() + ":" + v.get("version"));
      properties.put("trail", v.get("trail"));
      out.add(finding(rule, e.getKey(), v, w, rel, properties));
    }
    return out;
  }

  private Finding finding(
      Rule rule,
      Location at,
      Map<String, String> values,
      Weakening weak,
      List<RelatedLocation> related,
      Map<String, String> properties) {
    String message = MessageTemplate.render(rule.message(), values) + weak.notes();
    Severity severity = rule.severity();
    if (weak.admittedOnly) severity = severity.lower();
    if (weak.undetermined) severity = severity.lower();
    Precision precision = rule.precision();
    for (int i = 0; i < weak.unknownFacts; i++) precision = precision.lower();
    return Finding.of(rule.id(), message, severity, precision, at, ENGINE)
        .withRelated(related)
        .withProperties(properties);
  }

  private List<Candidate> candidates(DependencyPattern pattern, List<Dependency> dependencies) {
    VersionScheme scheme = scheme(pattern.ecosystem());
    List<Candidate> found = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (!pattern.ecosystem().equals(d.ecosystem()) || !pattern.names().contains(d.name()))
        continue;
      if (pattern.range() == null) {
        found.add(
            new Candidate(
                d, d.version() == null)); // absent patterns without range: any version counts
      } else if (d.version() != null) {
        if (scheme.contains(pattern.range(), d.version())) found.add(new Candidate(d, false));
      } else if (d.constraint() == null || scheme.overlaps(pattern.range(), d.constraint())) {
        found.add(
            new Candidate(
                d, true)); // no version at all admits every release, affected ones included
      }
    }
    found.sort(Candidate.ORDER);
    return found;
  }

  /**
   * Whether the runtime condition holds; adds the {runtime} value, related location, evidence note
   * or weakening.
   */
  private static boolean runtimeHolds(
      String runtime,
      String range,
      CombinationFacts facts,
      Weakening weak,
      List<RelatedLocation> related,
      Map<String, String> values) {
    if (range == null) return true;
    RuntimeDecision.Result decision = RuntimeDecision.test(runtime, range, facts.runtimes(runtime));
    switch (decision.verdict()) {
      case NOT_AFFECTED -> {
        return false;
      }
      case UNKNOWN -> weak.undetermined(decision.note());
      case SOME -> weak.uncertain(decision.note());
      case CONFIRMED -> weak.evidence(decision.note());
    }
    if (decision.shown() != null) values.put("runtime", decision.shown());
    RuntimeFact r = decision.decidedBy();
    if (r != null && r.declaredAt() != null) {
      related.add(
          new RelatedLocation(r.declaredAt(), "target " + decision.shown() + " declared here"));
    }
    return true;
  }

  private static boolean settingHolds(
      SettingCondition setting,
      List<ConfigFact> configs,
      Weakening weak,
      List<RelatedLocation> related) {
    List<ConfigFact> settings =
        configs.stream()
            .filter(c -> setting.key().equals(c.key()) && c.value() != null)
            .sorted(
                Comparator.comparing(ConfigFact::value)
                    .thenComparing(c -> c.declaredAt(), Comparator.nullsFirst(Location.ORDER)))
            .toList();
    if (settings.isEmpty()) {
      weak.undetermined(
          "the " + setting.what() + " could not be determined (" + setting.unknownWhy() + ")");
      return true;
    }
    for (ConfigFact c : settings) {
      String value = c.value().trim();
      if (setting.values().contains(value)) {
        Location at = c.declaredAt();
        weak.evidence(
            setting.what()
                + " "
                + value
                + (at == null ? "" : " from " + at.path() + ":" + at.startLine()));
        if (at != null)
          related.add(new RelatedLocation(at, setting.what() + " `" + value + "` set here"));
        return true;
      }
    }
    return false;
  }

  /**
   * The first call site (by location) that one of the group's code uses describes and whose
   * condition it meets.
   */
  private CallSite firstUse(List<CodeUse> group, List<CallSite> sites) {
    return sites.stream()
        .filter(s -> isUse(group, s))
        .min(
            Comparator.comparing(CallSite::location, Location.ORDER)
                .thenComparing(CallSite::member))
        .orElse(null);
  }

  private boolean isUse(List<CodeUse> group, CallSite site) {
    for (CodeUse use : group) {
      if (!calls.test(use.pattern(), site)) continue;
      Condition where = use.where();
      if (where == CombinationMatch.ALWAYS
          || USE_CONDITIONS
              .evaluate(where, CallMatcher.bindRoles(use.pattern(), site), site)
              .holds()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Code-use conditions never test the runtime (the loader refuses it), so no runtime knowledge is
   * needed.
   */
  private static final ConditionEvaluator USE_CONDITIONS = new ConditionEvaluator();

  /**
   * Whether the dependencies of this ecosystem include transitive ones (a resolved tree, a lock
   * file): only then does "not among the dependencies" mean absent rather than "not declared
   * directly".
   */
  private static boolean transitiveKnown(String ecosystem, List<Dependency> dependencies) {
    return dependencies.stream().anyMatch(d -> d.ecosystem().equals(ecosystem) && !d.direct());
  }

  private VersionScheme scheme(String ecosystem) {
    VersionScheme scheme = schemes.get(ecosystem);
    if (scheme == null)
      throw new IllegalStateException("no version scheme for ecosystem '" + ecosystem + "'");
    return scheme;
  }

  /**
   * Where a finding on this dependency is reported: its declaration, else the manifest it must come
   * from.
   */
  private static Location anchor(Dependency d) {
    if (d.declaredAt() != null) return d.declaredAt();
    return Location.file(Ecosystem.PYPI.is(d.ecosystem()) ? "requirements.txt" : "pom.xml");
  }

  /** The facts one project sees: its own and the scan-wide ones. */
  private record CombinationFacts(
      String project,
      List<Dependency> dependencies,
      ProjectFacts all,
      List<ConfigFact> configs,
      List<CallSite> sites) {
    List<RuntimeFact> runtimes(String runtime) {
      return all.runtimes(project, runtime);
    }
  }

  /**
   * A dependency that satisfies a pattern, exactly or because its declared range merely admits the
   * range.
   */
  private record Candidate(Dependency dependency, boolean admittedOnly) {
    static final Comparator<Candidate> ORDER =
        Comparator.comparing((Candidate c) -> c.admittedOnly())
            .thenComparing(c -> anchor(c.dependency()), Location.ORDER)
            .thenComparing(c -> c.dependency().name())
            .thenComparing(c -> String.valueOf(c.dependency().version()))
            .thenComparing(c -> String.join(",", c.dependency().trail()));
  }

  /** What made a match less certain, what decided it, and the sentences that say so. */
  private static final class Weakening {
    boolean admittedOnly;
    boolean undetermined;
    int unknownFacts;
    final List<String> notes = new ArrayList<>();

    /**
     * A dependency known only by a range (or no version): one level lower, however many; each one
     * said.
     */
    void admitted(Dependency d) {
      String where =
          d.declaredAt() == null
              ? ""
              : " (" + d.declaredAt().path() + ":" + d.declaredAt().startLine() + ")";
      String note =
          d.constraint() == null
              ? d.name()
                  + " is declared without a version"
                  + where
                  + ", so every release is admitted, affected ones"
                  + " included; pin a fixed version"
              : "the declared range "
                  + d.name()
                  + " "
                  + d.constraint()
                  + " merely admits affected versions; pin a fixed version";
      if (!notes.contains(note)) notes.add(note);
      admittedOnly = true;
    }

    /** Established by evidence: named, no weakening. */
    void evidence(String note) {
      notes.add(note);
    }

    /** Only admitted by a range or a test setup: one step lower precision. */
    void uncertain(String note) {
      unknownFacts++;
      notes.add(note);
    }

    /** Nothing decides: one level lower and one step lower precision. */
    void undetermined(String note) {
      unknownFacts++;
      undetermined = true;
      notes.add(note);
    }

    Weakening copy() {
      Weakening w = new Weakening();
      w.admittedOnly = admittedOnly;
      w.undetermined = undetermined;
      w.unknownFacts = unknownFacts;
      w.notes.addAll(notes);
      return w;
    }

    String notes() {
      return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }
  }
}
