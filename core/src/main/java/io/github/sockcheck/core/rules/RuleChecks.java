package io.github.sockcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sockcheck.core.match.ConditionEvaluator;
import io.github.sockcheck.core.match.MessageTemplate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.VersionRange;

/** Checks a schema-valid rule file for what the schema cannot say: cross-field consistency. */
final class RuleChecks {

  private RuleChecks() {}

  static List<RuleSchema.Problem> check(RuleYamlTree tree, String fileName) {
    List<RuleSchema.Problem> problems = new ArrayList<>();
    JsonNode n = tree.root;
    String id = n.get("id").asText();
    String base = fileName.replaceFirst("\\.ya?ml$", "");
    if (!id.equals(base)) {
      problems.add(new RuleSchema.Problem(tree.line("/id"), "id '" + id + "' does not match the file name '" + fileName
          + "' (rename the file to " + id + ".yaml or change the id to " + base + ")"));
    }
    if (n.has("disabled")) return problems;

    Set<String> engines = new TreeSet<>(RuleModelBuilder.strings(n.get("engines")));
    String kind = n.get("kind").asText();
    if (kind.equals("call")) checkCallRule(tree, engines, problems);
    else checkCombinationRule(tree, problems);
    QuickFixChecks.check(tree, problems);
    for (String placeholder : MessageTemplate.unknownPlaceholders(n.get("message").asText())) {
      problems.add(new RuleSchema.Problem(tree.line("/message"), "unknown placeholder '" + placeholder
          + "' in 'message' (use one of {call}, {owner}, {member}, {arg:ROLE}, {use}, {dependency}, {version}, {trail}, {runtime})"));
    }
    return problems;
  }

  private static void checkCallRule(RuleYamlTree tree, Set<String> engines, List<RuleSchema.Problem> problems) {
    JsonNode calls = tree.root.at("/match/calls");
    boolean java = false;
    boolean python = false;
    Set<String> roles = new TreeSet<>();
    for (int i = 0; i < calls.size(); i++) {
      JsonNode c = calls.get(i);
      String at = "/match/calls/" + i;
      if ("python".equals(c.path("language").asText())) python = true;
      else java = true;
      c.path("roles").fieldNames().forEachRemaining(roles::add);
      c.path("implied").fieldNames().forEachRemaining(roles::add);
      JsonNode params = c.get("params");
      for (Iterator<Map.Entry<String, JsonNode>> it = c.path("roles").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> role = it.next();
        if (params != null && role.getValue().asInt() >= params.size()) {
          problems.add(new RuleSchema.Problem(tree.line(at + "/roles/" + role.getKey()), "role '" + role.getKey()
              + "' is at position " + role.getValue().asInt() + " but the overload has " + params.size()
              + " parameter(s) (positions are 0-based)"));
        }
        if (c.path("implied").has(role.getKey())) {
          problems.add(new RuleSchema.Problem(tree.line(at + "/implied/" + role.getKey()), "role '" + role.getKey()
              + "' is both an argument and implied (keep it in one of 'roles' or 'implied')"));
        }
      }
    }
    int engineLine = tree.line("/engines");
    boolean source = engines.contains("source");
    boolean bytecode = engines.contains("bytecode");
    if (java && !source && !bytecode) {
      problems.add(new RuleSchema.Problem(engineLine,
          "a Java call rule must run in 'source' and/or 'bytecode' (add them to 'engines')"));
    }
    if (java && source != bytecode && !tree.root.has("engine-note")) {
      String missing = source ? "bytecode" : "source";
      problems.add(new RuleSchema.Problem(engineLine, "Java call rule lists only '" + (source ? "source" : "bytecode")
          + "' in 'engines' without 'engine-note' (add '" + missing + "' or explain in engine-note why the "
          + missing + " engine cannot run it)"));
    }
    if (python && !engines.contains("python")) {
      problems.add(new RuleSchema.Problem(engineLine, "the rule has Python call patterns but 'engines' lacks 'python' (add python)"));
    }
    if (!java && (source || bytecode)) {
      problems.add(new RuleSchema.Problem(engineLine,
          "'source'/'bytecode' listed but the rule has no Java call pattern (remove them from 'engines')"));
    }
    if (tree.root.at("/match").has("where")) checkCondition(tree, tree.root.at("/match/where"), "/match/where", roles, problems);
    for (String role : MessageTemplate.argRoles(tree.root.get("message").asText())) {
      if (!roles.contains(role)) {
        problems.add(new RuleSchema.Problem(tree.line("/message"), "'message' uses {arg:" + role
            + "} but no call pattern defines role '" + role + "' (defined roles: " + rolesText(roles) + ")"));
      }
    }
  }

  private static void checkCondition(RuleYamlTree tree, JsonNode c, String at, Set<String> roles,
      List<RuleSchema.Problem> problems) {
    if (c.has("all") || c.has("any")) {
      String key = c.has("all") ? "all" : "any";
      for (int i = 0; i < c.get(key).size(); i++) {
        checkCondition(tree, c.get(key).get(i), at + "/" + key + "/" + i, roles, problems);
      }
    } else if (c.has("not")) {
      checkCondition(tree, c.get("not"), at + "/not", roles, problems);
    } else if (c.has("arg") && !roles.contains(c.get("arg").asText())) {
      // A role can be missing from some patterns (the overload that omits it), not from all of them.
      problems.add(new RuleSchema.Problem(tree.line(at + "/arg"), "condition uses role '" + c.get("arg").asText()
          + "' that no call pattern defines (defined roles: " + rolesText(roles) + ")"));
    } else if (c.has("runtime")) {
      checkRange(tree, c.get("runtime").asText(), c.get("range").asText(), at + "/range", problems);
    }
  }

  private static void checkCombinationRule(RuleYamlTree tree, List<RuleSchema.Problem> problems) {
    JsonNode m = tree.root.get("match");
    JsonNode deps = m.path("dependencies");
    for (int i = 0; i < deps.size(); i++) {
      JsonNode d = deps.get(i);
      checkRange(tree, d.has("maven") ? "java" : "python", d.get("range").asText(),
          "/match/dependencies/" + i + "/range", problems);
    }
    if (m.has("java-release")) checkRange(tree, "java", m.get("java-release").asText(), "/match/java-release", problems);
    if (m.has("python")) checkRange(tree, "python", m.get("python").asText(), "/match/python", problems);
  }

  /** "java" ranges use Maven syntax, "python" ones PEP 440 specifiers. */
  private static void checkRange(RuleYamlTree tree, String runtime, String range, String at,
      List<RuleSchema.Problem> problems) {
    try {
      if (runtime.equals("java")) {
        VersionRange.createFromVersionSpec(range);
        if (!range.startsWith("[") && !range.startsWith("(")) {
          problems.add(new RuleSchema.Problem(tree.line(at), "'" + range + "' is a single version, not a range "
              + "(write a Maven range such as [" + range + ",) or [" + range + "])"));
        }
      } else {
        ConditionEvaluator.RangeCheck.DEFAULT.contains("python", range, "0");
      }
    } catch (InvalidVersionSpecificationException | IllegalArgumentException e) {
      String syntax = runtime.equals("java") ? "Maven range syntax, e.g. [4.2.8.Final,4.2.10.Final)"
          : "a PEP 440 specifier set, e.g. >=19.4,<21";
      problems.add(new RuleSchema.Problem(tree.line(at), "malformed range '" + range + "' (" + syntax + ")"));
    }
  }

  private static String rolesText(Set<String> roles) {
    return roles.isEmpty() ? "none" : String.join(", ", roles);
  }
}
