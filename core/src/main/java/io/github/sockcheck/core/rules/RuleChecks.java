package io.github.sockcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.match.MessageTemplate;
import io.github.sockcheck.core.versions.Pep440VersionScheme;
import io.github.sockcheck.core.versions.RuntimeVersions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.VersionRange;

/** Checks a schema-valid rule file for what the schema cannot say: cross-field consistency. */
final class RuleChecks {

  private static final Pep440VersionScheme PYPI = new Pep440VersionScheme();

  private RuleChecks() {}

  static List<RuleSchema.Problem> check(RuleYamlTree tree, String fileName) {
    List<RuleSchema.Problem> problems = new ArrayList<>();
    JsonNode n = tree.root;
    String id = n.get("id").asText();
    String base = fileName.replaceFirst("\\.ya?ml$", "");
    if (!id.equals(base)) {
      problems.add(
          new RuleSchema.Problem(
              tree.line("/id"),
              "id '"
                  + id
                  + "' does not match the file name '"
                  + fileName
                  + "' (rename the file to "
                  + id
                  + ".yaml or change the id to "
                  + base
                  + ")"));
    }
    if (n.has("disabled")) return problems;

    Set<String> engines = new TreeSet<>(RuleModelBuilder.strings(n.get("engines")));
    String kind = n.get("kind").asText();
    if (kind.equals("call")) checkCallRule(tree, engines, problems);
    else checkCombinationRule(tree, problems);
    QuickFixChecks.check(tree, problems);
    for (String placeholder : MessageTemplate.unknownPlaceholders(n.get("message").asText())) {
      problems.add(
          new RuleSchema.Problem(
              tree.line("/message"),
              "unknown placeholder '"
                  + placeholder
                  + "' in 'message' (use one of {call}, {owner}, {member}, {arg:ROLE}, {use}, {dependency}, {version}, {trail}, {runtime})"));
    }
    return problems;
  }

  private static void checkCallRule(
      RuleYamlTree tree, Set<String> engines, List<RuleSchema.Problem> problems) {
    JsonNode calls = tree.root.at("/match/calls");
    boolean java = false;
    boolean python = false;
    Set<String> roles = new TreeSet<>();
    for (int i = 0; i < calls.size(); i++) {
      JsonNode c = calls.get(i);
      if ("python".equals(c.path("language").asText())) python = true;
      else java = true;
      c.path("roles").fieldNames().forEachRemaining(roles::add);
      c.path("implied").fieldNames().forEachRemaining(roles::add);
      checkRoles(tree, c, "/match/calls/" + i, problems);
    }
    int engineLine = tree.line("/engines");
    boolean source = engines.contains(EngineId.SOURCE.id());
    boolean bytecode = engines.contains(EngineId.BYTECODE.id());
    if (java && !source && !bytecode) {
      problems.add(
          new RuleSchema.Problem(
              engineLine,
              "a Java call rule must run in 'source' and/or 'bytecode' (add them to 'engines')"));
    }
    if (java && source != bytecode && !tree.root.has("engine-note")) {
      String missing = source ? "bytecode" : "source";
      problems.add(
          new RuleSchema.Problem(
              engineLine,
              "Java call rule lists only '"
                  + (source ? "source" : "bytecode")
                  + "' in 'engines' without 'engine-note' (add '"
                  + missing
                  + "' or explain in engine-note why the "
                  + missing
                  + " engine cannot run it)"));
    }
    if (python && !engines.contains(EngineId.PYTHON.id())) {
      problems.add(
          new RuleSchema.Problem(
              engineLine,
              "the rule has Python call patterns but 'engines' lacks 'python' (add python)"));
    }
    if (!java && (source || bytecode)) {
      problems.add(
          new RuleSchema.Problem(
              engineLine,
              "'source'/'bytecode' listed but the rule has no Java call pattern (remove them from 'engines')"));
    }
    if (tree.root.at("/match").has("where")) {
      checkCondition(
          tree, tree.root.at("/match/where"), "/match/where", roles, CALL_RULE, problems);
    }
    for (String role : MessageTemplate.argRoles(tree.root.get("message").asText())) {
      if (!roles.contains(role)) {
        problems.add(
            new RuleSchema.Problem(
                tree.line("/message"),
                "'message' uses {arg:"
                    + role
                    + "} but no call pattern defines role '"
                    + role
                    + "' (defined roles: "
                    + rolesText(roles)
                    + ")"));
      }
    }
  }

  /**
   * Where a condition's roles come from: what the "undefined role" message says, and whether
   * runtime tests are allowed.
   */
  private record ConditionScope(String noRole, boolean runtimeAllowed) {}

  private static final ConditionScope CALL_RULE =
      new ConditionScope("that no call pattern defines", true);
  private static final ConditionScope CODE_USE =
      new ConditionScope("that this code-uses pattern does not define", false);
  private static final ConditionScope RESULT_USE =
      new ConditionScope("that this result-used-by entry does not define in its 'roles'", false);

  /**
   * A {@code result-used-by} mapping: its {@code where} speaks of the use's own arguments, by the
   * entry's roles, with value tests only (the use has no result or runtime of its own to test).
   */
  static void checkResultUse(
      RuleYamlTree tree, JsonNode use, String at, List<RuleSchema.Problem> problems) {
    if (!use.isObject() || !use.has("where")) return;
    Set<String> roles = new TreeSet<>();
    use.path("roles").fieldNames().forEachRemaining(roles::add);
    checkCondition(tree, use.get("where"), at + "/where", roles, RESULT_USE, problems);
  }

  private static final ConditionScope GUARD =
      new ConditionScope("that this guarded-by entry does not define in its 'roles'", false);

  /**
   * A {@code guarded-by} mapping: its {@code where} speaks of the guarding call's own arguments, by
   * the entry's roles, with value tests only.
   */
  private static void checkGuard(
      RuleYamlTree tree, JsonNode guard, String at, List<RuleSchema.Problem> problems) {
    Set<String> roles = new TreeSet<>();
    guard.path("roles").fieldNames().forEachRemaining(roles::add);
    if (guard.has("where")) {
      checkCondition(tree, guard.get("where"), at + "/where", roles, GUARD, problems);
    } else if (!roles.isEmpty()) {
      problems.add(
          new RuleSchema.Problem(
              tree.line(at + "/roles"),
              "guarded-by has 'roles' but no 'where' that tests them (add a 'where' or remove 'roles')"));
    }
  }

  private static void checkCondition(
      RuleYamlTree tree,
      JsonNode c,
      String at,
      Set<String> roles,
      ConditionScope scope,
      List<RuleSchema.Problem> problems) {
    if (c.has("all") || c.has("any")) {
      String key = c.has("all") ? "all" : "any";
      for (int i = 0; i < c.get(key).size(); i++) {
        checkCondition(tree, c.get(key).get(i), at + "/" + key + "/" + i, roles, scope, problems);
      }
    } else if (c.has("not")) {
      checkCondition(tree, c.get("not"), at + "/not", roles, scope, problems);
    } else if ((scope == RESULT_USE || scope == GUARD)
        && (c.has("result-used-by")
            || c.has("result-cast-to")
            || c.has("guarded-by")
            || c.has("channel-class"))) {
      String key =
          c.has("result-used-by")
              ? "result-used-by"
              : c.has("result-cast-to")
                  ? "result-cast-to"
                  : c.has("guarded-by") ? "guarded-by" : "channel-class";
      String entry = scope == GUARD ? "guarded-by" : "result-used-by";
      String tests = scope == GUARD ? "the guarding call's arguments" : "the use's arguments";
      problems.add(
          new RuleSchema.Problem(
              tree.line(at + "/" + key),
              "'"
                  + key
                  + "' cannot be nested in a "
                  + entry
                  + " entry's 'where', which tests "
                  + tests
                  + " (move it beside the entry, under 'all:')"));
    } else if (c.has("guarded-by")) {
      checkGuard(tree, c.get("guarded-by"), at + "/guarded-by", problems);
    } else if (c.has("result-used-by")) {
      checkResultUse(tree, c.get("result-used-by"), at + "/result-used-by", problems);
    } else if (c.has("arg") && !roles.contains(c.get("arg").asText())) {
      // A role can be missing from some patterns (the overload that omits it), not from all of
      // them.
      problems.add(undefinedRole(tree, at, c.get("arg").asText(), scope.noRole(), roles));
    } else if (c.has("runtime") && (scope == RESULT_USE || scope == GUARD)) {
      problems.add(
          new RuleSchema.Problem(
              tree.line(at + "/runtime"),
              "a "
                  + (scope == GUARD ? "guarded-by" : "result-used-by")
                  + " entry's 'where' cannot test "
                  + "the runtime (put the runtime test beside the entry, under 'all:')"));
    } else if (c.has("runtime") && !scope.runtimeAllowed()) {
      problems.add(
          new RuleSchema.Problem(
              tree.line(at + "/runtime"),
              "a code-uses condition cannot test the runtime "
                  + "(use the rule's 'java-release' or 'python' key instead)"));
    } else if (c.has("runtime")) {
      checkRange(tree, c.get("runtime").asText(), c.get("range").asText(), at + "/range", problems);
    }
  }

  /** Roles of one call pattern: inside the overload's parameters, and not also implied. */
  private static void checkRoles(
      RuleYamlTree tree, JsonNode c, String at, List<RuleSchema.Problem> problems) {
    JsonNode params = c.get("params");
    for (Iterator<Map.Entry<String, JsonNode>> it = c.path("roles").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> role = it.next();
      if (params != null && role.getValue().asInt() >= params.size()) {
        problems.add(
            new RuleSchema.Problem(
                tree.line(at + "/roles/" + role.getKey()),
                "role '"
                    + role.getKey()
                    + "' is at position "
                    + role.getValue().asInt()
                    + " but the overload has "
                    + params.size()
                    + " parameter(s) (positions are 0-based)"));
      }
      if (c.path("implied").has(role.getKey())) {
        problems.add(
            new RuleSchema.Problem(
                tree.line(at + "/implied/" + role.getKey()),
                "role '"
                    + role.getKey()
                    + "' is both an argument and implied (keep it in one of 'roles' or 'implied')"));
      }
    }
  }

  /**
   * A combination rule's ranges are checked by the version scheme the {@code CombinationMatcher}
   * applies to them (Maven for maven dependencies and the Java release, PEP 440 for pypi and the
   * Python version), so a range that loads never fails in a scan.
   */
  private static void checkCombinationRule(RuleYamlTree tree, List<RuleSchema.Problem> problems) {
    JsonNode m = tree.root.get("match");
    if (!m.has("any")) {
      checkCombinationBlock(tree, m, "/match", problems);
      return;
    }
    for (int i = 0; i < m.get("any").size(); i++)
      checkCombinationBlock(tree, m.get("any").get(i), "/match/any/" + i, problems);
  }

  /** One match block: the whole {@code match}, or one of its {@code any} alternatives. */
  private static void checkCombinationBlock(
      RuleYamlTree tree, JsonNode m, String at, List<RuleSchema.Problem> problems) {
    JsonNode deps = m.path("dependencies");
    for (int i = 0; i < deps.size(); i++) {
      JsonNode d = deps.get(i);
      if (d.has("range")) {
        checkRange(
            tree,
            d.has("maven") ? "java" : "pypi",
            d.get("range").asText(),
            at + "/dependencies/" + i + "/range",
            problems);
      }
    }
    if (deps.size() > 0 && deps.get(0).has("absent")) {
      problems.add(
          new RuleSchema.Problem(
              tree.line(at + "/dependencies/0/absent"),
              "the first dependency entry "
                  + "decides where the finding is reported, so it cannot be 'absent' (put a dependency that must be present first)"));
    }
    if (m.has("java-release"))
      checkRange(tree, "java", m.get("java-release").asText(), at + "/java-release", problems);
    if (m.has("python"))
      checkRange(tree, "pypi", m.get("python").asText(), at + "/python", problems);
    JsonNode uses = m.path("code-uses");
    for (int i = 0; i < uses.size(); i++)
      checkCodeUse(tree, uses.get(i), at + "/code-uses/" + i, problems);
    JsonNode all = m.path("code-uses-all");
    for (int i = 0; i < all.size(); i++) {
      JsonNode item = all.get(i);
      String itemAt = at + "/code-uses-all/" + i;
      if (!item.has("any-of")) {
        checkCodeUse(tree, item, itemAt, problems);
        continue;
      }
      for (int j = 0; j < item.get("any-of").size(); j++)
        checkCodeUse(tree, item.get("any-of").get(j), itemAt + "/any-of/" + j, problems);
    }
  }

  /** One code use: its roles, and its {@code where} over them. */
  private static void checkCodeUse(
      RuleYamlTree tree, JsonNode use, String at, List<RuleSchema.Problem> problems) {
    checkRoles(tree, use, at, problems);
    if (!use.has("where")) return;
    Set<String> roles = new TreeSet<>();
    use.path("roles").fieldNames().forEachRemaining(roles::add);
    use.path("implied").fieldNames().forEachRemaining(roles::add);
    checkCondition(tree, use.get("where"), at + "/where", roles, CODE_USE, problems);
  }

  /**
   * "java" ranges use Maven syntax; "python" ones (a call rule's runtime condition) PEP 440
   * specifiers as the runtime decision reads them; "pypi" ones full PEP 440 specifier sets.
   */
  private static void checkRange(
      RuleYamlTree tree,
      String runtime,
      String range,
      String at,
      List<RuleSchema.Problem> problems) {
    String syntax =
        runtime.equals("java")
            ? "Maven range syntax, e.g. [4.2.8.Final,4.2.10.Final)"
            : "a PEP 440 specifier set, e.g. >=19.4,<21";
    String malformed = "malformed range '" + range + "'";
    try {
      switch (runtime) {
        case "java" -> {
          VersionRange.createFromVersionSpec(range);
          boolean bracketed = range.startsWith("[") || range.startsWith("(");
          if (!bracketed && range.matches(".*[\\[\\](),].*")) {
            problems.add(new RuleSchema.Problem(tree.line(at), malformed + " (" + syntax + ")"));
          } else if (!bracketed) {
            problems.add(
                new RuleSchema.Problem(
                    tree.line(at),
                    "'"
                        + range
                        + "' is a single version, not a range "
                        + "(write a Maven range such as ["
                        + range
                        + ",) or ["
                        + range
                        + "])"));
          }
        }
        case "python" -> RuntimeVersions.validateRange("python", range);
        default -> PYPI.validateRange(range);
      }
    } catch (InvalidVersionSpecificationException e) {
      problems.add(new RuleSchema.Problem(tree.line(at), malformed + " (" + syntax + ")"));
    } catch (IllegalArgumentException e) {
      // Pep440: "invalid specifier '~=3': ~= needs at least two release numbers": keep what is
      // wrong.
      String message = e.getMessage() == null ? "" : e.getMessage();
      int cut = runtime.equals("pypi") ? message.indexOf("': ") : -1;
      String reason = cut < 0 ? "" : ": " + message.substring(cut + 3);
      problems.add(new RuleSchema.Problem(tree.line(at), malformed + reason + " (" + syntax + ")"));
    }
  }

  /**
   * A condition at {@code at} tests the argument of a role no pattern defines; {@code which} says
   * which patterns ("that no call pattern defines", …).
   */
  static RuleSchema.Problem undefinedRole(
      RuleYamlTree tree, String at, String role, String which, Collection<String> roles) {
    return new RuleSchema.Problem(
        tree.line(at + "/arg"),
        "condition uses role '"
            + role
            + "' "
            + which
            + " (defined roles: "
            + rolesText(roles)
            + ")");
  }

  private static String rolesText(Collection<String> roles) {
    return roles.isEmpty() ? "none" : String.join(", ", roles);
  }
}
