package io.github.sockcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.Ecosystem;
import io.github.sockcheck.core.facts.GuardOutcome;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the rule model from a tree that already passed the schema (so shapes are trusted here).
 */
final class RuleModelBuilder {

  private RuleModelBuilder() {}

  static Rule build(JsonNode n, String origin) {
    RuleKind kind = RuleKind.valueOf(n.get("kind").asText().toUpperCase(Locale.ROOT));
    JsonNode ex = n.get("examples");
    List<Evidence> evidence = new ArrayList<>();
    n.get("evidence")
        .forEach(e -> evidence.add(new Evidence(e.get("url").asText(), e.get("summary").asText())));
    Set<String> engines = new LinkedHashSet<>(strings(n.get("engines")));
    CallMatch call = kind == RuleKind.CALL ? callMatch(n.get("match")) : null;
    CombinationMatch combination =
        kind == RuleKind.COMBINATION ? combinationMatch(n.get("match")) : null;
    return new Rule(
        n.get("id").asText(),
        kind,
        n.get("title").asText(),
        Severity.parse(n.get("severity").asText()),
        Precision.parse(n.get("precision").asText()),
        strings(n.get("tags")),
        text(n, "cwe"),
        engines,
        text(n, "engine-note"),
        n.get("message").asText(),
        n.get("help").asText(),
        new Examples(
            ex.get("language").asText(),
            ex.get("noncompliant").asText(),
            ex.get("compliant").asText()),
        n.get("fix").asText(),
        n.get("applies-to").asText(),
        evidence,
        call,
        combination,
        origin,
        quickFixes(n.get("quick-fixes")));
  }

  static List<QuickFix> quickFixes(JsonNode array) {
    List<QuickFix> fixes = new ArrayList<>();
    if (array == null) return fixes;
    for (JsonNode f : array) {
      QuickFix.Edit edit;
      if (f.has("append-argument"))
        edit = new QuickFix.AppendArgument(f.get("append-argument").asText());
      else if (f.has("replace-call"))
        edit = new QuickFix.ReplaceCall(f.get("replace-call").asText());
      else edit = new QuickFix.SetVersion(f.get("set-version").asText());
      fixes.add(
          new QuickFix(
              f.get("title").asText(),
              f.has("calls") ? memberPatterns(f.get("calls")) : List.of(),
              f.has("when") ? condition(f.get("when")) : null,
              edit,
              f.has("imports") ? strings(f.get("imports")) : List.of()));
    }
    return fixes;
  }

  static CallMatch callMatch(JsonNode m) {
    List<CallPattern> calls = new ArrayList<>();
    m.get("calls").forEach(c -> calls.add(callPattern(c)));
    return new CallMatch(calls, m.has("where") ? condition(m.get("where")) : null);
  }

  static CallPattern callPattern(JsonNode c) {
    Language language = "python".equals(text(c, "language")) ? Language.PYTHON : Language.JAVA;
    Map<String, Integer> roles = new LinkedHashMap<>();
    if (c.has("roles"))
      c.get("roles").fields().forEachRemaining(e -> roles.put(e.getKey(), e.getValue().asInt()));
    Map<String, Long> implied = new LinkedHashMap<>();
    if (c.has("implied"))
      c.get("implied")
          .fields()
          .forEachRemaining(e -> implied.put(e.getKey(), e.getValue().asLong()));
    return new CallPattern(
        language,
        language == Language.PYTHON ? "*" : c.get("owner").asText(),
        c.path("subtypes").asBoolean(false),
        c.get("member").asText(),
        c.has("params") ? strings(c.get("params")) : null,
        text(c, "returns"),
        roles,
        implied,
        c.has("callees") ? strings(c.get("callees")) : List.of());
  }

  static Condition condition(JsonNode c) {
    if (c.has("all")) return new Condition.All(conditions(c.get("all")));
    if (c.has("any")) return new Condition.Any(conditions(c.get("any")));
    if (c.has("not")) return new Condition.Not(condition(c.get("not")));
    if (c.has("result-used-by")) return resultUsedBy(c.get("result-used-by"));
    if (c.has("guarded-by")) return guardedBy(c.get("guarded-by"));
    if (c.has("result-cast-to"))
      return new Condition.ResultCastTo(strings(c.get("result-cast-to")));
    if (c.has("channel-class")) {
      JsonNode classes = c.get("channel-class");
      boolean notIn = classes.has("not-in");
      return new Condition.ChannelClass(strings(classes.get(notIn ? "not-in" : "in")), notIn);
    }
    if (c.has("runtime"))
      return new Condition.Runtime(c.get("runtime").asText(), c.get("range").asText());
    if (c.has("dependency")) {
      List<String> names =
          strings(c.get("dependency")).stream()
              .map(d -> d.contains(":") ? d : normalizePypi(d))
              .toList();
      return new Condition.Dependency(names, c.get("range").asText());
    }
    if (c.has("use-arg")) {
      return new Condition.UseArgIpv4(
          c.get("use-arg").asInt(),
          memberPatterns(c.get("of")),
          memberPatterns(c.get("ipv4-from")));
    }
    return new Condition.Arg(c.get("arg").asText(), valueTest(c));
  }

  private static Condition.ResultUsedBy resultUsedBy(JsonNode u) {
    if (u.isArray()) return new Condition.ResultUsedBy(memberPatterns(u));
    Map<String, Integer> roles = new LinkedHashMap<>();
    if (u.has("roles"))
      u.get("roles").fields().forEachRemaining(e -> roles.put(e.getKey(), e.getValue().asInt()));
    return new Condition.ResultUsedBy(
        memberPatterns(u.get("calls")), roles, u.has("where") ? condition(u.get("where")) : null);
  }

  private static Condition.GuardedBy guardedBy(JsonNode g) {
    Map<String, Integer> roles = new LinkedHashMap<>();
    if (g.has("roles"))
      g.get("roles").fields().forEachRemaining(e -> roles.put(e.getKey(), e.getValue().asInt()));
    Set<GuardOutcome> outcomes = EnumSet.noneOf(GuardOutcome.class);
    g.path("outcome").forEach(o -> outcomes.add(guardOutcome(o.asText())));
    return new Condition.GuardedBy(
        memberPatterns(g.get("calls")),
        roles,
        g.has("where") ? condition(g.get("where")) : null,
        outcomes);
  }

  /**
   * The schema's names: YAML would read bare {@code true}, {@code false}, {@code null} as values.
   */
  static GuardOutcome guardOutcome(String name) {
    return switch (name) {
      case "non-null" -> GuardOutcome.NON_NULL;
      case "is-null" -> GuardOutcome.NULL;
      case "is-true" -> GuardOutcome.TRUE;
      case "is-false" -> GuardOutcome.FALSE;
      case "compared" -> GuardOutcome.COMPARED;
      default -> throw new IllegalArgumentException("unknown guard outcome " + name);
    };
  }

  private static ValueTest valueTest(JsonNode c) {
    if (c.has("equals")) {
      List<Long> values = new ArrayList<>();
      c.get("equals").forEach(v -> values.add(v.asLong()));
      return new ValueTest.Equals(values);
    }
    if (c.has("less-than")) return new ValueTest.LessThan(c.get("less-than").asLong());
    if (c.has("at-most")) return new ValueTest.AtMost(c.get("at-most").asLong());
    if (c.has("is-null")) return new ValueTest.IsNull();
    if (c.has("absent")) return new ValueTest.Absent();
    if (c.has("constant")) return new ValueTest.Constant(strings(c.get("constant")));
    if (c.has("from-call")) return new ValueTest.FromCall(memberPatterns(c.get("from-call")));
    if (c.has("class")) return new ValueTest.ClassLiteral(strings(c.get("class")));
    if (c.has("string")) return new ValueTest.StringValue(strings(c.get("string")));
    if (c.has("is")) return new ValueTest.Is(c.get("is").asBoolean());
    Set<ArgOrigin> origins = EnumSet.noneOf(ArgOrigin.class);
    c.get("origin")
        .forEach(o -> origins.add(ArgOrigin.valueOf(o.asText().toUpperCase(Locale.ROOT))));
    return new ValueTest.Origin(origins);
  }

  static CombinationMatch combinationMatch(JsonNode m) {
    if (m.has("any")) {
      List<CombinationMatch> blocks = new ArrayList<>();
      m.get("any").forEach(b -> blocks.add(combinationBlock(b)));
      return CombinationMatch.anyOf(blocks);
    }
    return combinationBlock(m);
  }

  private static CombinationMatch combinationBlock(JsonNode m) {
    List<DependencyPattern> deps = new ArrayList<>();
    if (m.has("dependencies")) {
      for (JsonNode d : m.get("dependencies")) {
        Ecosystem ecosystem = d.has(Ecosystem.MAVEN.id()) ? Ecosystem.MAVEN : Ecosystem.PYPI;
        List<String> names = strings(d.get(ecosystem.id()));
        if (ecosystem == Ecosystem.PYPI)
          names = names.stream().map(RuleModelBuilder::normalizePypi).toList();
        deps.add(
            new DependencyPattern(
                ecosystem.id(), names, text(d, "range"), d.path("absent").asBoolean(false)));
      }
    }
    List<CallPattern> uses = new ArrayList<>();
    List<Condition> useConditions = new ArrayList<>();
    if (m.has("code-uses")) {
      for (JsonNode c : m.get("code-uses")) {
        uses.add(c.has("type") ? CallPattern.typeUse(c.get("type").asText()) : callPattern(c));
        useConditions.add(c.has("where") ? condition(c.get("where")) : CombinationMatch.ALWAYS);
      }
    }
    List<List<CodeUse>> all = new ArrayList<>();
    if (m.has("code-uses-all")) {
      for (JsonNode item : m.get("code-uses-all")) {
        List<CodeUse> group = new ArrayList<>();
        if (item.has("any-of")) item.get("any-of").forEach(c -> group.add(codeUse(c)));
        else group.add(codeUse(item));
        all.add(group);
      }
    }
    return new CombinationMatch(
        deps,
        text(m, "java-release"),
        text(m, "python"),
        uses,
        m.has("gunicorn-workers") ? strings(m.get("gunicorn-workers")) : List.of(),
        useConditions,
        all,
        List.of());
  }

  private static CodeUse codeUse(JsonNode c) {
    return new CodeUse(
        c.has("type") ? CallPattern.typeUse(c.get("type").asText()) : callPattern(c),
        c.has("where") ? condition(c.get("where")) : CombinationMatch.ALWAYS);
  }

  /** PEP 503 normalization, so {@code Flask_SocketIO} and {@code flask-socketio} are one name. */
  static String normalizePypi(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  private static List<Condition> conditions(JsonNode array) {
    List<Condition> list = new ArrayList<>();
    array.forEach(c -> list.add(condition(c)));
    return list;
  }

  private static List<MemberPattern> memberPatterns(JsonNode array) {
    List<MemberPattern> list = new ArrayList<>();
    array.forEach(p -> list.add(MemberPattern.parse(p.asText())));
    return list;
  }

  static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) list.add(it.next().asText());
    return list;
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }
}
