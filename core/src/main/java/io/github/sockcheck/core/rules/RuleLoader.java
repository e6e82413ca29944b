package io.github.sockcheck.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads the rule pack: the built-in rules shipped in the core jar (from {@code rules/}) plus the
 * user's rule directories. Every file is parsed safely, validated against {@code rule.schema.json}
 * (a user's file at load time; the built-in files at build time, by {@code BuiltInRulesLoadTest},
 * which checks that the shipped copies are the validated files) and checked for consistency; all
 * problems of all files are collected and thrown together as a {@link RuleLoadException}, each as
 * {@code rules/<file>:<line>: <problem> (<fix>)}.
 *
 * <p>A user rule with the id of a built-in replaces it; a user file with only {@code id} and {@code
 * disabled: true} removes the built-in.
 */
public final class RuleLoader {

  /** Where the built-in rules live on the classpath (core's pom copies {@code rules/} there). */
  public static final String BUILT_IN_RESOURCES = "io/github/sockcheck/rules/";

  /** One parsed file: a rule, or (rule == null) the switch-off of the rule {@code id}. */
  private record Loaded(String id, Rule rule, String origin) {}

  /** The built-in rules plus {@code userDirectories}, with overrides and switch-offs applied. */
  public RulePack load(List<Path> userDirectories) throws RuleLoadException {
    List<String> problems = new ArrayList<>();
    Map<String, Loaded> builtIns = index(readBuiltIns(problems), problems, false);
    List<Loaded> user = new ArrayList<>();
    for (Path dir : userDirectories) user.addAll(readDirectory(dir, userOrigin(dir), problems));
    Map<String, Loaded> users = index(user, problems, true);

    Map<String, Rule> result = new LinkedHashMap<>();
    builtIns.values().forEach(l -> result.put(l.id(), l.rule()));
    for (Loaded l : users.values()) {
      if (l.rule() != null) {
        result.put(l.id(), l.rule());
      } else if (result.remove(l.id()) == null) {
        problems.add(
            l.origin()
                + ":1: 'disabled' names no built-in rule '"
                + l.id()
                + "' (known ids: "
                + String.join(", ", new TreeSet<>(builtIns.keySet()))
                + ")");
      }
    }
    if (!problems.isEmpty()) throw new RuleLoadException(problems);
    return new RulePack(new ArrayList<>(result.values()));
  }

  /** Only the built-in rules. */
  public RulePack loadBuiltIn() throws RuleLoadException {
    return load(List.of());
  }

  /**
   * Every rule file in one directory (no override logic), origins {@code originPrefix + fileName}.
   */
  public List<Rule> loadDirectory(Path dir, String originPrefix) throws RuleLoadException {
    List<String> problems = new ArrayList<>();
    List<Loaded> loaded = readDirectory(dir, originPrefix, problems);
    Map<String, Loaded> byId = index(loaded, problems, true);
    if (!problems.isEmpty()) throw new RuleLoadException(problems);
    return byId.values().stream().map(Loaded::rule).filter(r -> r != null).toList();
  }

  /**
   * Parses one rule file's text; {@code origin} is what messages name (e.g. {@code rules/x.yaml}).
   */
  public Rule parse(String origin, String text) throws RuleLoadException {
    List<String> problems = new ArrayList<>();
    Loaded l = parse(origin, fileName(origin), text, problems, true);
    if (!problems.isEmpty()) throw new RuleLoadException(problems);
    if (l.rule() == null)
      throw new RuleLoadException(List.of(origin + ":1: a disabling file holds no rule"));
    return l.rule();
  }

  /**
   * @param againstSchema false only for the built-in rules: validated when the jar was built, and
   *     the schema (a JSON-schema library and its compiled schema) is about a fifth of a cold
   *     bytecode scan's CPU time
   */
  private static Loaded parse(
      String origin, String fileName, String text, List<String> problems, boolean againstSchema) {
    RuleYamlTree tree;
    try {
      tree = RuleYamlTree.parse(origin, text);
    } catch (RuleYamlTree.YamlProblem p) {
      problems.add(origin + ":" + p.line + ": " + p.problem + " (" + p.fix + ")");
      return null;
    }
    if (!tree.root.isObject()) {
      problems.add(origin + ":1: a rule file must be a mapping of keys (see rules/README.md)");
      return null;
    }
    List<RuleSchema.Problem> found =
        new ArrayList<>(againstSchema ? RuleSchema.get().validate(tree) : List.of());
    if (found.isEmpty()) found.addAll(RuleChecks.check(tree, fileName));
    if (!found.isEmpty()) {
      found.sort((a, b) -> Integer.compare(a.line(), b.line()));
      found.forEach(p -> problems.add(origin + ":" + p.line() + ": " + p.text()));
      return null;
    }
    String id = tree.root.get("id").asText();
    if (tree.root.has("disabled")) return new Loaded(id, null, origin);
    return new Loaded(id, RuleModelBuilder.build(tree.root, origin), origin);
  }

  /** By id; a second file with the same id is a problem naming both files. */
  private static Map<String, Loaded> index(
      List<Loaded> loaded, List<String> problems, boolean mayDisable) {
    Map<String, Loaded> byId = new LinkedHashMap<>();
    for (Loaded l : loaded) {
      if (l.rule() == null && !mayDisable) {
        problems.add(
            l.origin()
                + ":1: a built-in rule file cannot be a 'disabled' switch (delete the file instead)");
        continue;
      }
      Loaded earlier = byId.putIfAbsent(l.id(), l);
      if (earlier != null) {
        problems.add(
            l.origin()
                + ":1: duplicate rule id '"
                + l.id()
                + "', also defined in "
                + earlier.origin()
                + " (give one of them another id, or delete one)");
      }
    }
    return byId;
  }

  private static List<Loaded> readDirectory(Path dir, String originPrefix, List<String> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(dir + ": rule directory does not exist (check the path)");
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> isRuleFile(p.getFileName().toString())).sorted().toList();
    } catch (IOException e) {
      problems.add(dir + ": cannot list rule directory: " + e.getMessage());
      return List.of();
    }
    List<Loaded> loaded = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String origin = originPrefix + name;
      try {
        Loaded l =
            parse(origin, name, Files.readString(file, StandardCharsets.UTF_8), problems, true);
        if (l != null) loaded.add(l);
      } catch (IOException e) {
        problems.add(origin + ":0: cannot read the file: " + e.getMessage());
      }
    }
    return loaded;
  }

  /** The parsed built-in rules: they are resources of this jar and never change while it runs. */
  private static volatile List<Loaded> builtInCache;

  private List<Loaded> readBuiltIns(List<String> problems) {
    List<Loaded> cached = builtInCache;
    if (cached != null) return cached;
    int before = problems.size();
    List<Loaded> parsed = parseBuiltIns(problems);
    if (problems.size() == before)
      builtInCache = List.copyOf(parsed); // a long-running server scans many times
    return parsed;
  }

  private List<Loaded> parseBuiltIns(List<String> problems) {
    List<Loaded> loaded = new ArrayList<>();
    for (String name : builtInFileNames()) {
      String origin = "rules/" + name;
      try (InputStream in = RuleLoader.class.getResourceAsStream("/" + BUILT_IN_RESOURCES + name)) {
        if (in == null) {
          problems.add(origin + ":0: listed but missing from the classpath");
          continue;
        }
        Loaded l =
            parse(
                origin,
                name,
                new String(in.readAllBytes(), StandardCharsets.UTF_8),
                problems,
                false);
        if (l != null) loaded.add(l);
      } catch (IOException e) {
        problems.add(origin + ":0: cannot read the built-in rule: " + e.getMessage());
      }
    }
    return loaded;
  }

  /**
   * The built-in rule file names, sorted. The schema file is the anchor: its directory (exploded
   * target/classes) or its jar (the core jar, or any shaded jar that contains it) is listed.
   */
  static List<String> builtInFileNames() {
    URL anchor = RuleLoader.class.getResource("/" + BUILT_IN_RESOURCES + "rule.schema.json");
    if (anchor == null)
      throw new IllegalStateException(
          "built-in rules are missing from the classpath: "
              + BUILT_IN_RESOURCES
              + "rule.schema.json not found");
    TreeSet<String> names = new TreeSet<>();
    try {
      switch (anchor.getProtocol()) {
        case "file" -> {
          try (Stream<Path> s = Files.list(Path.of(anchor.toURI()).getParent())) {
            s.map(p -> p.getFileName().toString())
                .filter(RuleLoader::isRuleFile)
                .forEach(names::add);
          }
        }
        case "jar" -> {
          JarURLConnection connection = (JarURLConnection) anchor.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
              String entry = e.nextElement().getName();
              if (entry.startsWith(BUILT_IN_RESOURCES)
                  && entry.indexOf('/', BUILT_IN_RESOURCES.length()) < 0) {
                String name = entry.substring(BUILT_IN_RESOURCES.length());
                if (isRuleFile(name)) names.add(name);
              }
            }
          }
        }
        default -> throw new IllegalStateException("cannot list built-in rules from " + anchor);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list built-in rules at " + anchor, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list built-in rules at " + anchor, e);
    }
    return List.copyOf(names);
  }

  private static boolean isRuleFile(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static String userOrigin(Path dir) {
    String text = dir.toString().replace('\\', '/');
    return text.endsWith("/") ? text : text + "/";
  }

  private static String fileName(String origin) {
    return origin.substring(origin.lastIndexOf('/') + 1);
  }
}
