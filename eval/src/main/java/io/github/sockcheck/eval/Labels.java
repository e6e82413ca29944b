package io.github.sockcheck.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A label file ({@code eval/labels.yaml}, {@code eval/subset/labels.yaml}): projects and labelled
 * sites. Read with plain YAML types only; every problem of the file is reported at once, naming the
 * project or site and the key.
 */
public final class Labels {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Pattern MAVEN = Pattern.compile("[^:\\s]+:[^:\\s]+:[^:\\s]+");
  private static final Pattern GITHUB =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
  private static final Set<String> PROJECT_KEYS =
      Set.of("codebase", "title", "maven", "github", "commit", "scan", "classpath", "local");
  private static final Set<String> SITE_KEYS =
      Set.of(
          "id",
          "project",
          "path",
          "line",
          "end-line",
          "rule",
          "verdict",
          "flow",
          "why",
          "gap",
          "recreates",
          "expected-today");

  private final Path file;
  private final Map<String, Project> projects;
  private final List<Site> sites;

  private Labels(Path file, Map<String, Project> projects, List<Site> sites) {
    this.file = file;
    this.projects = projects;
    this.sites = sites;
  }

  public Path file() {
    return file;
  }

  /** Projects by id, in file order. */
  public Map<String, Project> projects() {
    return projects;
  }

  /** Sites in file order. */
  public List<Site> sites() {
    return sites;
  }

  /** Loads and checks {@code file}; throws with every problem found, one per line. */
  public static Labels load(Path file) throws IOException {
    Object root;
    try {
      LoadSettings settings =
          LoadSettings.builder()
              .setLabel(file.toString())
              .setSchema(new CoreSchema())
              .setAllowDuplicateKeys(false)
              .setMaxAliasesForCollections(10)
              .build();
      root = new Load(settings).loadFromString(Files.readString(file));
    } catch (YamlEngineException e) {
      throw new IOException(file + ": not valid YAML: " + e.getMessage(), e);
    }
    Problems problems = new Problems(file);
    Map<?, ?> top = root instanceof Map<?, ?> m ? m : Map.of();
    if (!(root instanceof Map<?, ?>))
      problems.add("the file must be a mapping with 'projects' and 'sites'");
    Map<String, Project> projects = readProjects(top.get("projects"), problems);
    List<Site> sites = readSites(top.get("sites"), projects, problems);
    problems.throwIfAny();
    return new Labels(file, projects, sites);
  }

  /**
   * Checks that every site names a rule in {@code ruleIds}; throws naming the sites that do not.
   */
  public void requireRules(Collection<String> ruleIds) throws IOException {
    Problems problems = new Problems(file);
    for (Site s : sites) {
      if (!ruleIds.contains(s.rule()))
        problems.add("site '" + s.id() + "': unknown rule '" + s.rule() + "'");
    }
    problems.throwIfAny();
  }

  private static Map<String, Project> readProjects(Object node, Problems problems) {
    Map<String, Project> out = new LinkedHashMap<>();
    if (!(node instanceof Map<?, ?> map) || map.isEmpty()) {
      problems.add("'projects' must be a non-empty mapping of project id to project");
      return out;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String id = String.valueOf(e.getKey());
      String where = "project '" + id + "'";
      if (!ID.matcher(id).matches())
        problems.add(where + ": ids are lower-case words joined by '-'");
      if (!(e.getValue() instanceof Map<?, ?> p)) {
        problems.add(where + ": must be a mapping");
        continue;
      }
      unknownKeys(p, PROJECT_KEYS, where, problems);
      String maven = optionalText(p, "maven", where, problems);
      String github = optionalText(p, "github", where, problems);
      String commit = optionalText(p, "commit", where, problems);
      boolean local = Boolean.TRUE.equals(p.get("local"));
      int origins = (maven != null ? 1 : 0) + (github != null ? 1 : 0) + (local ? 1 : 0);
      if (origins != 1)
        problems.add(where + ": give exactly one of 'maven', 'github' or 'local: true'");
      if (maven != null && !MAVEN.matcher(maven).matches()) {
        problems.add(where + ": 'maven' must be groupId:artifactId:version");
      }
      if (github != null && !GITHUB.matcher(github).matches())
        problems.add(where + ": 'github' must be owner/name");
      if (github != null && (commit == null || !COMMIT.matcher(commit).matches())) {
        problems.add(where + ": a GitHub project needs 'commit' (40 hex digits)");
      }
      if (github == null && commit != null)
        problems.add(where + ": 'commit' only goes with 'github'");
      List<String> scan = textList(p, "scan", where, problems);
      for (String s : scan) {
        if (s.startsWith("/") || s.contains(".."))
          problems.add(where + ": scan path '" + s + "' must stay inside the tree");
      }
      List<String> classpath = textList(p, "classpath", where, problems);
      for (String c : classpath) {
        if (!MAVEN.matcher(c).matches())
          problems.add(where + ": classpath entry '" + c + "' is not groupId:artifactId:version");
      }
      out.put(
          id,
          new Project(
              id,
              requiredText(p, "codebase", where, problems),
              requiredText(p, "title", where, problems),
              maven,
              github,
              commit,
              scan,
              classpath));
    }
    return out;
  }

  private static List<Site> readSites(
      Object node, Map<String, Project> projects, Problems problems) {
    List<Site> out = new ArrayList<>();
    if (!(node instanceof List<?> list) || list.isEmpty()) {
      problems.add("'sites' must be a non-empty list");
      return out;
    }
    Set<String> ids = new HashSet<>();
    Set<String> places = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> s)) {
        problems.add("sites[" + i + "]: must be a mapping");
        continue;
      }
      String id = String.valueOf(s.get("id"));
      String where = "site '" + (s.get("id") == null ? "sites[" + i + "]" : id) + "'";
      unknownKeys(s, SITE_KEYS, where, problems);
      if (!ID.matcher(id).matches())
        problems.add(where + ": 'id' must be lower-case words joined by '-'");
      if (!ids.add(id)) problems.add(where + ": duplicate id");
      String project = requiredText(s, "project", where, problems);
      if (project != null && !projects.containsKey(project))
        problems.add(where + ": unknown project '" + project + "'");
      String path = requiredText(s, "path", where, problems);
      int line = positiveInt(s, "line", where, problems);
      int endLine = s.containsKey("end-line") ? positiveInt(s, "end-line", where, problems) : line;
      if (endLine < line) problems.add(where + ": 'end-line' is before 'line'");
      String rule = requiredText(s, "rule", where, problems);
      Verdict verdict = null;
      String verdictText = requiredText(s, "verdict", where, problems);
      try {
        if (verdictText != null) verdict = Verdict.parse(verdictText);
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
      List<String> flow = textList(s, "flow", where, problems);
      if (flow.isEmpty()) problems.add(where + ": 'flow' must name at least one shape");
      String why = requiredText(s, "why", where, problems);
      Set<String> wrongToday = expectedToday(s.get("expected-today"), verdict, where, problems);
      if (!places.add(project + "|" + path + "|" + line + "|" + rule)) {
        problems.add(where + ": another site has the same project, path, line and rule");
      }
      out.add(
          new Site(
              id,
              project,
              path,
              line,
              endLine,
              rule,
              verdict,
              flow,
              why,
              optionalText(s, "gap", where, problems),
              optionalText(s, "recreates", where, problems),
              wrongToday));
    }
    return out;
  }

  /**
   * {@code expected-today: miss} (a hazard today's engines miss) or {@code false-positive} (a safe
   * site they flag), for both engines, or a mapping {@code {source: miss}} for one engine.
   */
  private static Set<String> expectedToday(
      Object node, Verdict verdict, String where, Problems problems) {
    if (node == null) return Set.of();
    Map<String, Object> perEngine = new LinkedHashMap<>();
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> perEngine.put(String.valueOf(k), v));
    } else {
      for (String engine : Engines.ALL) perEngine.put(engine, node);
    }
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, Object> e : perEngine.entrySet()) {
      if (!Engines.ALL.contains(e.getKey())) {
        problems.add(where + ": 'expected-today' names unknown engine '" + e.getKey() + "'");
        continue;
      }
      String value = String.valueOf(e.getValue());
      String wanted = verdict == Verdict.HAZARD ? "miss" : "false-positive";
      if (!value.equals(wanted)) {
        problems.add(
            where
                + ": 'expected-today' of a "
                + (verdict == null ? "site" : verdict.name().toLowerCase(Locale.ROOT))
                + " site can only be '"
                + wanted
                + "', not '"
                + value
                + "'");
        continue;
      }
      out.add(e.getKey());
    }
    return out;
  }

  private static void unknownKeys(
      Map<?, ?> map, Set<String> known, String where, Problems problems) {
    for (Object key : map.keySet()) {
      if (!known.contains(String.valueOf(key))) problems.add(where + ": unknown key '" + key + "'");
    }
  }

  private static String requiredText(Map<?, ?> map, String key, String where, Problems problems) {
    String text = optionalText(map, key, where, problems);
    if (text == null && !(map.get(key) instanceof Map || map.get(key) instanceof List)) {
      problems.add(where + ": '" + key + "' is required");
    }
    return text;
  }

  private static String optionalText(Map<?, ?> map, String key, String where, Problems problems) {
    Object value = map.get(key);
    if (value == null) return null;
    if (value instanceof Map || value instanceof List) {
      problems.add(where + ": '" + key + "' must be text");
      return null;
    }
    String text = String.valueOf(value).strip();
    return text.isEmpty() ? null : text;
  }

  private static int positiveInt(Map<?, ?> map, String key, String where, Problems problems) {
    Object value = map.get(key);
    if (value instanceof Integer n && n > 0) return n;
    problems.add(where + ": '" + key + "' must be a positive integer");
    return 1;
  }

  private static List<String> textList(Map<?, ?> map, String key, String where, Problems problems) {
    Object value = map.get(key);
    if (value == null) return List.of();
    if (!(value instanceof List<?> list)) {
      problems.add(where + ": '" + key + "' must be a list");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      if (item == null || item instanceof Map || item instanceof List) {
        problems.add(where + ": '" + key + "' must hold plain words");
      } else {
        out.add(String.valueOf(item));
      }
    }
    return out;
  }

  /** Collects problems so one run reports all of them. */
  private static final class Problems {
    private final Path file;
    private final List<String> messages = new ArrayList<>();

    Problems(Path file) {
      this.file = file;
    }

    void add(String message) {
      messages.add(file + ": " + message);
    }

    void throwIfAny() throws IOException {
      if (!messages.isEmpty()) throw new IOException(String.join("\n", messages));
    }
  }
}
