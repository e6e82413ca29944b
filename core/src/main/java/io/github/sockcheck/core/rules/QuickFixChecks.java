package io.github.sockcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sockcheck.core.fix.FixTemplate;
import io.github.sockcheck.core.match.ConditionEvaluator;
import io.github.sockcheck.core.versions.MavenVersionScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks a schema-valid rule's {@code quick-fixes} for what the schema cannot say. */
final class QuickFixChecks {

  private QuickFixChecks() {}

  static void check(RuleYamlTree tree, List<RuleSchema.Problem> problems) {
    JsonNode fixes = tree.root.get("quick-fixes");
    if (fixes == null) return;
    boolean call = "call".equals(tree.root.get("kind").asText());
    Set<String> roles = new TreeSet<>();
    List<MemberPattern> patterns = new ArrayList<>();
    boolean java = false;
    for (JsonNode c : tree.root.at("/match/calls")) {
      c.path("roles").fieldNames().forEachRemaining(roles::add);
      c.path("implied").fieldNames().forEachRemaining(roles::add);
      if (!"python".equals(c.path("language").asText())) {
        java = true;
        patterns.add(new MemberPattern(c.path("owner").asText(), c.path("member").asText()));
      }
    }
    for (int i = 0; i < fixes.size(); i++) {
      JsonNode f = fixes.get(i);
      String at = "/quick-fixes/" + i;
      if (call) checkCallFix(tree, f, at, roles, patterns, java, problems);
      else checkVersionFix(tree, f, at, problems);
    }
  }

  private static void checkCallFix(
      RuleYamlTree tree,
      JsonNode f,
      String at,
      Set<String> roles,
      List<MemberPattern> patterns,
      boolean java,
      List<RuleSchema.Problem> problems) {
    if (f.has("set-version")) {
      problems.add(
          new RuleSchema.Problem(
              tree.line(at + "/set-version"),
              "'set-version' fits a combination rule only (a call rule's fix is 'append-argument' or 'replace-call')"));
      return;
    }
    String key = f.has("append-argument") ? "append-argument" : "replace-call";
    String template = f.get(key).asText();
    for (String bad : FixTemplate.invalid(template, key.equals("replace-call"))) {
      problems.add(
          new RuleSchema.Problem(
              tree.line(at + "/" + key),
              "unknown placeholder '"
                  + bad
                  + "' in '"
                  + key
                  + "' (use {arg:ROLE} or {qualifier:ROLE}"
                  + (key.equals("replace-call") ? ", {callee} or {args}" : "")
                  + ")"));
    }
    for (String role : FixTemplate.roles(template)) {
      if (!roles.contains(role)) {
        problems.add(
            new RuleSchema.Problem(
                tree.line(at + "/" + key),
                "'"
                    + key
                    + "' uses role '"
                    + role
                    + "' that no call pattern defines (defined roles: "
                    + text(roles)
                    + ")"));
      }
    }
    JsonNode calls = f.path("calls");
    for (int j = 0; j < calls.size(); j++) {
      MemberPattern wanted = MemberPattern.parse(calls.get(j).asText());
      if (patterns.stream().noneMatch(p -> wanted.matches(p.owner(), p.member()))) {
        problems.add(
            new RuleSchema.Problem(
                tree.line(at + "/calls/" + j),
                "'calls' entry '"
                    + calls.get(j).asText()
                    + "' matches none of the rule's Java call patterns (patterns: "
                    + text(patterns.stream().map(MemberPattern::toString).toList())
                    + ")"));
      }
    }
    if (f.has("imports") && !java) {
      problems.add(
          new RuleSchema.Problem(
              tree.line(at + "/imports"),
              "'imports' adds Java imports, but the rule has no Java call pattern (remove it)"));
    }
    if (f.has("when")) checkCondition(tree, f.get("when"), at + "/when", roles, problems);
  }

  private static void checkVersionFix(
      RuleYamlTree tree, JsonNode f, String at, List<RuleSchema.Problem> problems) {
    if (!f.has("set-version")) {
      String key = f.has("append-argument") ? "append-argument" : "replace-call";
      problems.add(
          new RuleSchema.Problem(
              tree.line(at + "/" + key),
              "'" + key + "' fits a call rule only (a combination rule's fix is 'set-version')"));
      return;
    }
    // Each block of 'match: {any: [...]}' reports on its own first entry, so each must fit.
    JsonNode match = tree.root.path("match");
    List<JsonNode> firsts = new ArrayList<>();
    if (match.has("any")) match.get("any").forEach(b -> firsts.add(b.at("/dependencies/0")));
    else firsts.add(match.at("/dependencies/0"));
    int line = tree.line(at + "/set-version");
    for (JsonNode first : firsts) {
      if (first.isMissingNode() || !first.has("maven")) {
        problems.add(
            new RuleSchema.Problem(
                line,
                "'set-version' needs the rule's first 'dependencies' entry"
                    + (match.has("any") ? " in every block of 'any'" : "")
                    + " to be a Maven one (its version is what it sets)"));
        return;
      }
    }
    String version = f.get("set-version").asText();
    for (JsonNode first : firsts) {
      if (!first.has("range")) continue; // an absent first entry is reported by RuleChecks
      String range = first.get("range").asText();
      try {
        if (new MavenVersionScheme().contains(range, version)) {
          problems.add(
              new RuleSchema.Problem(
                  line,
                  "'set-version' "
                      + version
                      + " lies in the rule's own range "
                      + range
                      + ", so the finding would stay (choose a version outside it)"));
          return;
        }
      } catch (IllegalArgumentException e) {
        // the range itself is reported by RuleChecks
      }
    }
  }

  private static void checkCondition(
      RuleYamlTree tree,
      JsonNode c,
      String at,
      Set<String> roles,
      List<RuleSchema.Problem> problems) {
    for (String key : List.of("all", "any")) {
      if (c.has(key)) {
        for (int i = 0; i < c.get(key).size(); i++)
          checkCondition(tree, c.get(key).get(i), at + "/" + key + "/" + i, roles, problems);
      }
    }
    if (c.has("not")) checkCondition(tree, c.get("not"), at + "/not", roles, problems);
    if (c.has("result-used-by"))
      RuleChecks.checkResultUse(tree, c.get("result-used-by"), at + "/result-used-by", problems);
    if (c.has("arg") && !roles.contains(c.get("arg").asText())) {
      problems.add(
          RuleChecks.undefinedRole(
              tree, at, c.get("arg").asText(), "that no call pattern defines", roles));
    }
    if (c.has("range") && (c.has("runtime") || c.has("dependency"))) {
      boolean maven =
          c.has("runtime")
              ? "java".equals(c.get("runtime").asText())
              : c.get("dependency").get(0).asText().contains(":");
      String range = c.get("range").asText();
      try {
        if (maven) {
          new MavenVersionScheme().validateRange(range);
          if (!range.startsWith("[") && !range.startsWith("("))
            throw new IllegalArgumentException("single version");
        } else {
          ConditionEvaluator.RangeCheck.DEFAULT.contains("python", range, "0");
        }
      } catch (IllegalArgumentException e) {
        problems.add(
            new RuleSchema.Problem(
                tree.line(at + "/range"),
                "malformed range '"
                    + range
                    + "' ("
                    + (maven
                        ? "Maven range syntax, e.g. [4.1.108.Final,)"
                        : "a PEP 440 specifier set, e.g. >=19.4,<21")
                    + ")"));
      }
    }
  }

  private static String text(java.util.Collection<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }
}
