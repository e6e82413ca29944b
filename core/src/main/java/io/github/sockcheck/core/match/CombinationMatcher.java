package io.github.sockcheck.core.match;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.CombinationMatch;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.DependencyPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.versions.VersionScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Matches combination rules against the facts of a whole scan: dependencies, target runtimes, deployment
 * settings and code uses. Runs once after every engine has reported, because a combination spans facts
 * from several engines. Version semantics come from the {@link VersionScheme} of each ecosystem.
 *
 * <p>Uncertain facts never silence a rule, they weaken it: a manifest that only declares a range which
 * admits an affected version gives one step lower severity; an unknown Java/Python release or gunicorn
 * worker gives one step lower precision. Each weakening is said in the message.
 */
public final class CombinationMatcher {

  public static final String ENGINE = "combination";
  static final String WORKER_KEY = "gunicorn.worker_class";

  private final RulePack pack;
  private final Map<String, VersionScheme> schemes;
  private final BiPredicate<CallPattern, CallSite> calls;

  /** @param schemes version scheme by ecosystem ("maven", "pypi"); a rule whose ecosystem has none fails loudly */
  public CombinationMatcher(RulePack pack, Map<String, VersionScheme> schemes) {
    this(pack, schemes, new CallMatcher(pack)::matchesPattern);
  }

  /** @param calls decides whether a call site is an invocation a {@code code-uses} pattern describes */
  public CombinationMatcher(RulePack pack, Map<String, VersionScheme> schemes, BiPredicate<CallPattern, CallSite> calls) {
    this.pack = pack;
    this.schemes = Map.copyOf(schemes);
    this.calls = calls;
  }

  /** The findings of every combination rule, in {@link Finding#ORDER}. */
  public List<Finding> match(
      List<Dependency> dependencies, List<RuntimeFact> runtimes, List<ConfigFact> configs, List<CallSite> sites) {
    CombinationFacts facts = new CombinationFacts(dependencies, runtimes, configs, sites);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : pack.rules()) {
      if (rule.kind() != RuleKind.COMBINATION || rule.combination() == null) continue;
      findings.addAll(matchRule(rule, facts));
    }
    findings.sort(Finding.ORDER);
    return findings;
  }

  private List<Finding> matchRule(Rule rule, CombinationFacts facts) {
    CombinationMatch match = rule.combination();
    Weakening weak = new Weakening();

    // Every present entry must be found; the first one decides where findings are reported. An absent
    // entry must not be found; when only direct dependencies are known, its absence is uncertain.
    List<List<Candidate>> perEntry = new ArrayList<>();
    for (DependencyPattern pattern : match.dependencies()) {
      List<Candidate> found = candidates(pattern, facts.dependencies());
      if (pattern.absent()) {
        if (!found.isEmpty()) return List.of();
        if (!transitiveKnown(pattern.ecosystem(), facts.dependencies())) {
          weak.unknown("only direct dependencies are known, so " + String.join(" or ", pattern.names())
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
    if (!runtimeHolds("java", match.javaRelease(), "maven", facts, weak, related, values)) return List.of();
    if (!runtimeHolds("python", match.python(), "pypi", facts, weak, related, values)) return List.of();
    if (!workerHolds(match.gunicornWorkers(), facts.configs(), weak, related)) return List.of();

    CallSite use = null;
    if (!match.codeUses().isEmpty()) {
      use = firstUse(match, facts.sites());
      if (use == null) return List.of();
      related.add(new RelatedLocation(use.location(), "`" + MessageTemplate.describeCall(use) + "` is used here"));
    }

    if (perEntry.isEmpty()) {
      Location anchor = use != null ? use.location() : related.isEmpty() ? null : related.get(0).location();
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
      v.put("version", d.version() != null ? d.version() : d.constraint());
      v.put("trail", String.join(" → ", d.trail().isEmpty() ? List.of(d.name() + ":" + v.get("version")) : d.trail()));
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

  private Finding finding(Rule rule, Location at, Map<String, String> values, Weakening weak,
      List<RelatedLocation> related, Map<String, String> properties) {
    String message = MessageTemplate.render(rule.message(), values) + weak.notes();
    Severity severity = rule.severity();
    if (weak.admittedOnly) severity = lower(severity);
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
      if (!pattern.ecosystem().equals(d.ecosystem()) || !pattern.names().contains(d.name())) continue;
      if (pattern.range() == null) {
        found.add(new Candidate(d, d.version() == null)); // absent patterns without range: any version counts
      } else if (d.version() != null) {
        if (scheme.contains(pattern.range(), d.version())) found.add(new Candidate(d, false));
      } else if (d.constraint() != null && scheme.overlaps(pattern.range(), d.constraint())) {
        found.add(new Candidate(d, true));
      }
    }
    found.sort(Candidate.ORDER);
    return found;
  }

  /** Whether the runtime condition holds; adds the {runtime} value, related location or weakening. */
  private boolean runtimeHolds(String runtime, String range, String ecosystem, CombinationFacts facts,
      Weakening weak, List<RelatedLocation> related, Map<String, String> values) {
    if (range == null) return true;
    VersionScheme scheme = scheme(ecosystem);
    String label = runtime.equals("java") ? "Java" : "Python";
    List<RuntimeFact> known = facts.runtimes().stream()
        .filter(r -> r.runtime().equals(runtime) && (r.version() != null || r.constraint() != null))
        .sorted(RUNTIME_ORDER).toList();
    if (known.isEmpty()) {
      weak.unknown("the target " + label + (runtime.equals("java") ? " release" : " version") + " could not be determined");
      return true;
    }
    for (RuntimeFact r : known) {
      boolean exact = r.version() != null;
      String version = exact ? normalize(runtime, r.version()) : r.constraint();
      if (exact ? scheme.contains(range, version) : scheme.overlaps(range, version)) {
        values.put("runtime", label + " " + version);
        if (!exact) weak.unknown("the declared " + label + " range " + version + " merely admits affected versions");
        if (r.declaredAt() != null) related.add(new RelatedLocation(r.declaredAt(), "target " + label + " " + version + " declared here"));
        return true;
      }
    }
    return false;
  }

  private static boolean workerHolds(List<String> workers, List<ConfigFact> configs, Weakening weak, List<RelatedLocation> related) {
    if (workers.isEmpty()) return true;
    List<ConfigFact> settings = configs.stream().filter(c -> WORKER_KEY.equals(c.key()) && c.value() != null)
        .sorted(Comparator.comparing(ConfigFact::value)).toList();
    if (settings.isEmpty()) {
      weak.unknown("the gunicorn worker class could not be determined");
      return true;
    }
    for (ConfigFact c : settings) {
      if (workers.contains(c.value().trim())) {
        if (c.declaredAt() != null) related.add(new RelatedLocation(c.declaredAt(), "gunicorn worker class `" + c.value().trim() + "` set here"));
        return true;
      }
    }
    return false;
  }

  /** The first call site (by location) that one of the code uses describes and whose condition it meets. */
  private CallSite firstUse(CombinationMatch match, List<CallSite> sites) {
    return sites.stream()
        .filter(s -> isUse(match, s))
        .min(Comparator.comparing(CallSite::location, Location.ORDER).thenComparing(CallSite::member))
        .orElse(null);
  }

  private boolean isUse(CombinationMatch match, CallSite site) {
    for (int i = 0; i < match.codeUses().size(); i++) {
      CallPattern pattern = match.codeUses().get(i);
      if (!calls.test(pattern, site)) continue;
      Condition where = match.codeUseConditions().get(i);
      if (where == CombinationMatch.ALWAYS
          || USE_CONDITIONS.evaluate(where, CallMatcher.bindRoles(pattern, site), site).holds()) {
        return true;
      }
    }
    return false;
  }

  /** Code-use conditions never test the runtime (the loader refuses it), so no runtime knowledge is needed. */
  private static final ConditionEvaluator USE_CONDITIONS = new ConditionEvaluator();

  /**
   * Whether the dependencies of this ecosystem include transitive ones (a resolved tree, a lock file): only
   * then does "not among the dependencies" mean absent rather than "not declared directly".
   */
  private static boolean transitiveKnown(String ecosystem, List<Dependency> dependencies) {
    return dependencies.stream().anyMatch(d -> d.ecosystem().equals(ecosystem) && !d.direct());
  }

  private VersionScheme scheme(String ecosystem) {
    VersionScheme scheme = schemes.get(ecosystem);
    if (scheme == null) throw new IllegalStateException("no version scheme for ecosystem '" + ecosystem + "'");
    return scheme;
  }

  /** Where a finding on this dependency is reported: its declaration, else the manifest it must come from. */
  private static Location anchor(Dependency d) {
    if (d.declaredAt() != null) return d.declaredAt();
    return Location.file(d.ecosystem().equals("pypi") ? "requirements.txt" : "pom.xml");
  }

  /** Java 1.8 is release 8. */
  static String normalize(String runtime, String version) {
    String v = version.trim();
    return runtime.equals("java") && v.startsWith("1.") ? v.substring(2) : v;
  }

  private static Severity lower(Severity s) {
    return s == Severity.NOTE ? Severity.NOTE : Severity.values()[s.ordinal() + 1];
  }

  private static final Comparator<RuntimeFact> RUNTIME_ORDER = Comparator
      .comparing((RuntimeFact r) -> r.declaredAt() == null ? "" : r.declaredAt().path())
      .thenComparingInt(r -> r.declaredAt() == null ? 0 : r.declaredAt().startLine())
      .thenComparing(r -> String.valueOf(r.version()));

  private record CombinationFacts(
      List<Dependency> dependencies, List<RuntimeFact> runtimes, List<ConfigFact> configs, List<CallSite> sites) {}

  /** A dependency that satisfies a pattern, exactly or because its declared range merely admits the range. */
  private record Candidate(Dependency dependency, boolean admittedOnly) {
    static final Comparator<Candidate> ORDER = Comparator
        .comparing((Candidate c) -> c.admittedOnly())
        .thenComparing(c -> anchor(c.dependency()), Location.ORDER)
        .thenComparing(c -> c.dependency().name())
        .thenComparing(c -> String.valueOf(c.dependency().version()))
        .thenComparing(c -> String.join(",", c.dependency().trail()));
  }

  /** What made a match less certain, and the sentence that says so. */
  private static final class Weakening {
    boolean admittedOnly;
    int unknownFacts;
    final List<String> notes = new ArrayList<>();

    void admitted(Dependency d) {
      if (!admittedOnly) notes.add("the declared range " + d.name() + " " + d.constraint()
          + " merely admits affected versions; pin a fixed version");
      admittedOnly = true;
    }

    void unknown(String note) {
      unknownFacts++;
      notes.add(note);
    }

    Weakening copy() {
      Weakening w = new Weakening();
      w.admittedOnly = admittedOnly;
      w.unknownFacts = unknownFacts;
      w.notes.addAll(notes);
      return w;
    }

    String notes() {
      return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }
  }
}
