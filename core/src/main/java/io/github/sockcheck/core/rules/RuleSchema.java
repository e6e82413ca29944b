package io.github.sockcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code rules/rule.schema.json}, loaded from the classpath, and the translation of its validation
 * errors into messages a rule author can act on: the line, the problem and the fix.
 */
final class RuleSchema {

  static final String RESOURCE = "/io/github/sockcheck/rules/rule.schema.json";

  /**
   * An evaluation path inside a oneOf/anyOf alternative or under the schema keyword {@code not}.
   */
  private static final Pattern BRANCH_EXPLANATION =
      Pattern.compile(".*(/(oneOf|anyOf)/\\d+/|(?<!/properties)/not/).*");

  private static volatile RuleSchema instance;

  private final Schema schema;
  private final JsonNode schemaJson;

  private RuleSchema(JsonNode schemaJson) {
    this.schemaJson = schemaJson;
    this.schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaJson);
  }

  static RuleSchema get() {
    RuleSchema s = instance;
    if (s == null) {
      try (InputStream in = RuleSchema.class.getResourceAsStream(RESOURCE)) {
        if (in == null)
          throw new IllegalStateException(
              "rule schema " + RESOURCE + " is missing from the classpath");
        s = new RuleSchema(new ObjectMapper().readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      instance = s;
    }
    return s;
  }

  /** The leaf keys of a condition node other than {@code arg}, and the node kinds, for messages. */
  List<String> conditionKeys() {
    List<String> keys = new ArrayList<>();
    schemaJson.at("/definitions/condition/properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** One problem: {@code line: problem (fix)}. */
  record Problem(int line, String text) {}

  List<Problem> validate(RuleYamlTree tree) {
    List<com.networknt.schema.Error> errors = schema.validate(tree.root);
    // Errors inside oneOf/anyOf/not branches explain why each alternative failed; they are noise
    // once the combinator itself is reported (or a more specific error names the real mistake).
    // A condition's own 'not:' key (".../properties/not/...") is no such branch: its errors are
    // real.
    List<com.networknt.schema.Error> direct = new ArrayList<>();
    for (com.networknt.schema.Error e : errors) {
      String eval = e.getEvaluationPath().toString();
      if (BRANCH_EXPLANATION.matcher(eval).matches()) continue;
      direct.add(e);
    }
    Set<String> specificAt = new TreeSet<>();
    for (com.networknt.schema.Error e : direct) {
      if (!isCombinator(e)) specificAt.add(e.getInstanceLocation().toString());
    }
    // An 'any-of' group where a code use was expected is one mistake: not also a use without
    // 'owner' and 'member'.
    Set<String> misplacedGroups = new TreeSet<>();
    for (com.networknt.schema.Error e : direct) {
      if ("additionalProperties".equals(e.getKeyword()) && "any-of".equals(e.getProperty()))
        misplacedGroups.add(e.getInstanceLocation().toString());
    }
    Set<Problem> problems = new LinkedHashSet<>();
    for (com.networknt.schema.Error e : direct) {
      String at = e.getInstanceLocation().toString();
      if (isCombinator(e) && coveredBySpecific(at, specificAt)) continue;
      if ("required".equals(e.getKeyword()) && misplacedGroups.contains(at)) continue;
      problems.add(describe(e, tree));
    }
    return new ArrayList<>(problems);
  }

  private static boolean isCombinator(com.networknt.schema.Error e) {
    return "oneOf".equals(e.getKeyword()) || "anyOf".equals(e.getKeyword());
  }

  private static boolean coveredBySpecific(String at, Set<String> specificAt) {
    for (String s : specificAt) if (s.equals(at) || s.startsWith(at + "/")) return true;
    return false;
  }

  private Problem describe(com.networknt.schema.Error e, RuleYamlTree tree) {
    String at = e.getInstanceLocation().toString();
    String schemaPointer = fragment(e.getSchemaLocation().toString());
    String key = keyName(at);
    JsonNode value = tree.root.at(at);
    Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
    int line = tree.line(at);
    switch (e.getKeyword()) {
      case "additionalProperties":
        {
          String property = e.getProperty() != null ? e.getProperty() : String.valueOf(args[0]);
          line = tree.line(at + "/" + RuleYamlTree.escape(property));
          List<String> allowed = allowedKeys(parent(schemaPointer));
          if (schemaPointer.startsWith("/definitions/condition/")
              || schemaPointer.startsWith("/definitions/fixCondition/")) {
            return new Problem(
                line,
                "unknown condition '"
                    + property
                    + "' (expected one of "
                    + String.join(", ", allowed)
                    + ")");
          }
          // The whole match may also be 'any' (alternatives), which the block schema does not list.
          if (at.equals("/match") && schemaPointer.startsWith("/definitions/combinationBlock/")) {
            allowed = new ArrayList<>(allowed);
            allowed.add("any");
          }
          String misplaced = misplacedCombinationKey(property, at, schemaPointer);
          if (misplaced != null) return new Problem(line, misplaced);
          String near = DidYouMean.closest(property, allowed);
          String fix =
              near != null
                  ? "did you mean '" + near + "'?"
                  : "allowed keys here: " + String.join(", ", allowed);
          return new Problem(line, "unknown key '" + property + "' (" + fix + ")");
        }
      case "required":
        {
          String property = e.getProperty() != null ? e.getProperty() : String.valueOf(args[0]);
          return new Problem(
              line,
              "missing required key '"
                  + property
                  + "'"
                  + where(at)
                  + " ("
                  + requiredFix(property)
                  + ")");
        }
      case "enum":
        {
          JsonNode options = schemaJson.at(schemaPointer);
          List<String> names = new ArrayList<>();
          options.forEach(o -> names.add(o.asText()));
          return wrongValue(line, key, value, "expected one of " + String.join(", ", names));
        }
      case "const":
        return wrongValue(
            line, key, value, "the only allowed value is " + schemaJson.at(schemaPointer));
      case "type":
        if (key.equals("result-used-by")) {
          return new Problem(
              line,
              "wrong type for 'result-used-by': "
                  + show(value)
                  + " is "
                  + typeName(value)
                  + " (expected a list of Owner#member patterns, or a mapping with 'calls', 'roles' and 'where')");
        }
        return new Problem(
            line,
            "wrong type for '"
                + key
                + "': "
                + show(value)
                + " is "
                + typeName(value)
                + " (expected "
                + article(schemaJson.at(schemaPointer).asText())
                + typeHint(schemaJson.at(schemaPointer).asText(), value)
                + ")");
      case "pattern":
        return new Problem(
            line,
            "malformed '"
                + key
                + "': "
                + show(value)
                + " ("
                + patternHint(key, schemaPointer)
                + ")");
      case "minItems":
        return new Problem(
            line,
            "'"
                + key
                + "' is empty (list at least "
                + schemaJson.at(schemaPointer).asInt()
                + " entry"
                + ("evidence".equals(key)
                    ? ": a real issue, documentation page or source URL with a summary"
                    : "")
                + ")");
      case "minLength":
        return new Problem(line, "'" + key + "' is empty (write a value)");
      case "uniqueItems":
        return new Problem(line, "'" + key + "' lists a value twice (remove the repetition)");
      case "minimum":
        return new Problem(
            line, "'" + key + "' is " + show(value) + " (positions are 0-based: use 0 or more)");
      case "minProperties":
        return new Problem(
            line, "'" + (at.isEmpty() ? "file" : key) + "' is empty (add at least one entry)");
      case "maxProperties":
        if (at.isEmpty()) {
          return new Problem(
              line,
              "a disabling rule file holds only 'id' and 'disabled: true' (remove the other keys)");
        }
        if (key.equals("channel-class")) {
          return new Problem(
              line,
              "'channel-class' takes one of 'in' or 'not-in' (split it under 'all:' or 'any:')");
        }
        return new Problem(line, "too many keys in '" + key + "' (see rules/README.md)");
      case "false":
        return new Problem(line, "key '" + key + "' is not allowed here (" + falseHint(key) + ")");
      case "oneOf":
      case "anyOf":
        return new Problem(line, shapeProblem(at, value));
      default:
        return new Problem(line, e.getMessage() + " (see rules/README.md)");
    }
  }

  /**
   * A key of a combination match's alternatives or all-of groups in the wrong place: where it
   * belongs. Null for any other unknown key.
   */
  private static String misplacedCombinationKey(String property, String at, String schemaPointer) {
    if (schemaPointer.startsWith("/definitions/combinationAlternatives/")) {
      return "'any' holds the alternative match blocks and stands alone in 'match' (move '"
          + property
          + "' into each block under 'any')";
    }
    if (property.equals("any") && schemaPointer.startsWith("/definitions/combinationBlock/")) {
      return "alternatives do not nest: 'any' is allowed only directly under 'match' (list every"
          + " block there)";
    }
    if (schemaPointer.startsWith("/definitions/codeUseGroup/")) {
      return "an 'any-of' item holds only 'any-of' (move '"
          + property
          + "' into one of its code uses)";
    }
    if (property.equals("any-of") && schemaPointer.startsWith("/definitions/callPattern/")) {
      if (at.contains("/any-of/"))
        return "'any-of' groups do not nest (list every alternative in the one group)";
      if (at.matches(".*/code-uses/\\d+")) {
        return "'any-of' groups belong in 'code-uses-all'; every entry of 'code-uses' is already"
            + " an alternative (list the uses there directly)";
      }
    }
    return null;
  }

  private String shapeProblem(String at, JsonNode value) {
    List<String> keys = new ArrayList<>();
    if (value != null) value.fieldNames().forEachRemaining(keys::add);
    if (at.matches("/quick-fixes/\\d+")) {
      return "a quick fix has exactly one edit: 'append-argument', 'replace-call' or 'set-version', and 'set-version'"
          + " takes no 'when', 'calls' or 'imports' (found "
          + keysText(keys)
          + ")";
    }
    if (at.startsWith("/quick-fixes/")
        && keys.contains("dependency") != keys.contains("range")
        && !keys.contains("runtime")) {
      return "a dependency condition needs both 'dependency' and 'range' (found "
          + keysText(keys)
          + ")";
    }
    if (at.startsWith("/quick-fixes/")
        && (keys.contains("use-arg") || keys.contains("of") || keys.contains("ipv4-from"))) {
      return "a use-arg condition needs 'use-arg', 'of' and 'ipv4-from' together (found "
          + keysText(keys)
          + ")";
    }
    if (at.contains("/dependencies/")) {
      return "a dependency entry needs exactly one of 'maven' or 'pypi' (found "
          + keysText(keys)
          + ")";
    }
    if (keys.contains("arg") && keys.size() == 1) {
      return "condition on argument '"
          + value.get("arg").asText()
          + "' has no test (add one of "
          + String.join(", ", ArgTests.NAMES)
          + ")";
    }
    if (keys.contains("arg")) {
      return "condition on argument '"
          + value.get("arg").asText()
          + "' has several tests "
          + keysText(keys)
          + " (one test per node: wrap several in 'all:' or 'any:')";
    }
    if (keys.contains("runtime") != keys.contains("range")) {
      return "a runtime condition needs both 'runtime' and 'range' (found " + keysText(keys) + ")";
    }
    return "a condition is exactly one of all, any, not, arg + one test, result-used-by, result-cast-to, guarded-by, channel-class, runtime + range (found "
        + keysText(keys)
        + "; split it into several nodes under 'all:' or 'any:')";
  }

  /** The test keys of an argument condition, in schema order. */
  static final class ArgTests {
    static final List<String> NAMES =
        List.of(
            "equals",
            "less-than",
            "at-most",
            "is-null",
            "absent",
            "constant",
            "string",
            "is",
            "from-call",
            "class",
            "origin");
  }

  private static String keysText(List<String> keys) {
    return keys.isEmpty() ? "no keys" : "keys " + String.join(", ", keys);
  }

  private List<String> allowedKeys(String objectPointer) {
    List<String> keys = new ArrayList<>();
    JsonNode properties = schemaJson.at(objectPointer + "/properties");
    for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) keys.add(it.next());
    return keys;
  }

  private static String requiredFix(String property) {
    return switch (property) {
      case "evidence" ->
          "add at least one {url, summary}: a real issue, documentation page or source file";
      case "engine-note" -> "say why the other engine cannot run the rule";
      case "callees" -> "list the callee spellings, e.g. [socket.socket, socket]";
      case "owner" -> "give the fully qualified owner type, or * for any";
      case "member" -> "give the method name, or <init> for a constructor";
      case "range" -> "give the version range";
      default -> "add '" + property + "'; see rules/README.md";
    };
  }

  private static String falseHint(String key) {
    return switch (key) {
      case "owner", "subtypes", "params", "returns" ->
          "Python call patterns name the callee in 'callees'";
      case "callees" -> "'callees' is only for patterns with language: python";
      case "where" ->
          "a call pattern takes 'where' only under a combination rule's code-uses; "
              + "a call rule's condition is 'match.where'";
      default -> "see rules/README.md";
    };
  }

  private static String patternHint(String key, String schemaPointer) {
    return switch (key) {
      case "id" -> "use kebab-case: lowercase words joined by '-'";
      case "title" -> "one line without a trailing period";
      case "cwe" -> "write it as CWE-<number>, e.g. CWE-628";
      case "url" -> "an absolute http(s) URL";
      case "owner" -> "a fully qualified type name with '$' for nested classes, or *";
      case "member" -> "a method name, or <init> for a constructor";
      case "arg" -> "a role name defined in 'roles' (lowercase)";
      default ->
          schemaPointer.contains("/properties/class/")
              ? "a class name or glob, e.g. java.net.Socket or org.newsclub.net.unix.AF*Socket"
              : schemaPointer.contains("/from-call/")
                      || schemaPointer.contains("/result-used-by/")
                      || schemaPointer.contains("/memberPatterns/")
                  ? "write Owner#member, member, or *#member"
                  : "see rules/README.md";
    };
  }

  private static String where(String at) {
    return at.isEmpty() ? "" : " in '" + at.substring(1).replace("/", ".") + "'";
  }

  private static String typeHint(String expected, JsonNode value) {
    if (expected.equals("string") && value != null && (value.isNumber() || value.isBoolean()))
      return "; quote the value";
    return "";
  }

  private static String article(String type) {
    return switch (type) {
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "integer" -> "an integer";
      default -> "a " + type;
    };
  }

  private static String typeName(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) return "empty";
    if (value.isObject()) return "a mapping";
    if (value.isArray()) return "a list";
    if (value.isIntegralNumber()) return "an integer";
    if (value.isNumber()) return "a number";
    if (value.isBoolean()) return "a boolean";
    return "a string";
  }

  private static Problem wrongValue(int line, String key, JsonNode value, String expected) {
    return new Problem(
        line, "wrong value for '" + key + "': " + show(value) + " (" + expected + ")");
  }

  private static String show(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) return "(empty)";
    if (value.isTextual()) return "'" + value.asText() + "'";
    if (value.isContainerNode()) return value.isArray() ? "[...]" : "{...}";
    return value.toString();
  }

  static String keyName(String pointer) {
    if (pointer.isEmpty()) return "(file)";
    String[] parts = pointer.substring(1).split("/");
    String last = unescape(parts[parts.length - 1]);
    if (last.matches("\\d+") && parts.length > 1)
      return unescape(parts[parts.length - 2]) + "[" + last + "]";
    return last;
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  private static String fragment(String schemaLocation) {
    int hash = schemaLocation.indexOf('#');
    return hash < 0 ? "" : schemaLocation.substring(hash + 1);
  }

  private static String parent(String pointer) {
    int cut = pointer.lastIndexOf('/');
    return cut < 0 ? "" : pointer.substring(0, cut);
  }
}
