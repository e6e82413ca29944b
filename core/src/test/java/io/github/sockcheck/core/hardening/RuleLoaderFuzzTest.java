package io.github.sockcheck.core.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.rules.InlineRules;
import io.github.sockcheck.core.rules.RuleLoadException;
import io.github.sockcheck.core.rules.RuleLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The rule loader on generated input: YAML-ish noise, mutations of the real rule files, condition
 * trees with one mistake at any depth, and combination matches mixing right and wrong entries.
 * Whatever the text, it either yields a rule or throws {@link RuleLoadException} whose every
 * problem names the file and a line ({@code rules/x.yaml:12: ...}) and reads as a message, not as a
 * leaked exception; nothing else ever escapes (jqwik fails a try on any other exception or error).
 */
class RuleLoaderFuzzTest {

  private static final String[] FRAGMENTS = {
    "id: ",
    "kind: call",
    "kind: combination",
    "title: ",
    "severity: error",
    "precision: high",
    "engines: [source]",
    "match:",
    "calls:",
    "owner: ",
    "member: ",
    "params: [int]",
    "where:",
    "args:",
    "message: ",
    "evidence:",
    "- url: ",
    "summary: ",
    "help: |",
    "fix: >",
    "examples:",
    "noncompliant: ",
    "range: ",
    "dependencies:",
    "&a ",
    "*a",
    "<<: *a",
    "!!str ",
    "!!java.net.URL ",
    "!custom ",
    "? ",
    ": ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "'",
    "\"",
    "#",
    "|",
    ">",
    "---",
    "...",
    "%YAML 1.2",
    "%TAG ! tag:x,2000:",
    "@",
    "`",
    "\t",
    "\n",
    "  ",
    "    ",
    "x",
    "0x1F",
    "1e400",
    "-.inf",
    ".nan",
    "~",
    "null",
    "yes",
    "\u00e9",
    "\uFEFF",
    "\\u0000",
    "9".repeat(30)
  };

  private static final Pattern PROBLEM =
      Pattern.compile("^(rules/[\\w.-]+):(\\d+): \\S.*", Pattern.DOTALL);

  /** What a Java exception leaking into a message looks like. */
  private static final Pattern LEAKED_EXCEPTION =
      Pattern.compile(
          "Exception|java\\.lang\\.|Cannot invoke|cannot be cast|because the return value");

  @Property(tries = 300)
  void yamlishNoiseOnlyEverFailsWithNamedProblems(@ForAll("noise") String text) {
    check("rules/fuzz-rule.yaml", text);
  }

  @Property(tries = 300)
  void mutatedRealRulesOnlyEverFailWithNamedProblems(@ForAll("mutatedRules") Mutated m) {
    check("rules/" + m.file(), m.text());
  }

  record Mutated(String file, String text) {}

  /**
   * Whether the problem shows exception text that did not come from the input: messages quote the
   * rule's own words, and real rules mention exceptions (`IllegalArgumentException` in a help
   * text).
   */
  private static boolean leaks(String problem, String input) {
    var m = LEAKED_EXCEPTION.matcher(problem.replaceAll("'[^']*'", "''"));
    while (m.find()) {
      if (!input.contains(m.group())) return true;
    }
    return false;
  }

  /**
   * Loads {@code text}; returns the problems (empty when it loads), each checked to be a named
   * message.
   */
  private static List<String> check(String origin, String text) {
    try {
      new RuleLoader().parse(origin, text);
      return List.of();
    } catch (RuleLoadException e) {
      assertFalse(e.problems().isEmpty(), "an exception without problems");
      for (String problem : e.problems()) {
        var m = PROBLEM.matcher(problem);
        assertTrue(
            m.matches() && m.group(1).equals(origin),
            "problem does not name " + origin + ":line: " + problem);
        assertTrue(Integer.parseInt(m.group(2)) >= 1, "problem names no line: " + problem);
        assertFalse(leaks(problem, text), "an exception leaked into the message: " + problem);
      }
      return e.problems();
    }
  }

  // ---- Condition trees, written `where: {...}` on one line, so every problem is on that line.
  // ----

  private static final String[] VALID_CONDITIONS = {
    "{arg: fd, less-than: 0}",
    "{arg: fd, at-most: 2}",
    "{arg: fd, equals: [0, -1]}",
    "{arg: fd, absent: true}",
    "{arg: fd, is-null: true}",
    "{arg: fd, origin: [parameter, field]}",
    "{arg: fd, constant: ['*_UNSPEC']}",
    "{arg: fd, from-call: ['FileDescriptor#intValue']}",
    "{result-used-by: [join]}",
    "{result-cast-to: [java.nio.channels.DatagramChannel]}",
    "{runtime: java, range: '[16,)'}",
    "{runtime: python, range: '>=3.7'}"
  };

  /** Mistakes whose message does not depend on where they sit. */
  private static final String[] MALFORMED_CONDITIONS = {
    "{arg: fd}",
    "{}",
    "{runtime: java}",
    "{range: '[1,)'}",
    "{arg: fd, equals: [1], absent: true}",
    "{bogus: 1}",
    "{arg: fd, is-null: false}",
    "{arg: fd, equals: []}",
    "{arg: fd, equals: [x]}",
    "{arg: fd, less-than: x}",
    "{arg: fd, origin: [bogus]}",
    "{arg: fd, origin: []}",
    "{arg: fd, from-call: []}",
    "{arg: fd, from-call: [3]}",
    "{arg: 3, absent: true}",
    "{arg: fd, constant: [' ']}",
    "{result-used-by: []}",
    "{result-cast-to: []}",
    "{all: []}",
    "{any: []}",
    "{all: {arg: fd, absent: true}}",
    "{not: []}",
    "{not: 3}",
    "{not: null}",
    "{all: [{arg: fd, absent: true}], any: [{arg: fd, absent: true}]}",
    "{arg: nope, absent: true}",
    "{runtime: java, range: '17'}",
    "{runtime: java, range: '[x'}",
    "{runtime: python, range: '>=x'}",
    "{runtime: ruby, range: '>=1'}"
  };

  /** Mistakes of type, whose message names the key they sit under. */
  private static final String[] MISTYPED_CONDITIONS = {
    "[]", "3", "null", "'x'", "[{arg: fd, absent: true}]"
  };

  /**
   * One level of nesting: 0 {@code not}, 1 {@code all}, 2 {@code any}, with valid siblings around.
   */
  record Wrap(int kind, List<String> before, List<String> after) {
    String around(String inner) {
      if (kind == 0) return "{not: " + inner + "}";
      List<String> items = new ArrayList<>(before);
      items.add(inner);
      items.addAll(after);
      return "{" + (kind == 1 ? "all" : "any") + ": [" + String.join(", ", items) + "]}";
    }
  }

  private static String wrap(String condition, List<Wrap> wraps) {
    String where = condition;
    for (Wrap w : wraps) where = w.around(where);
    return where;
  }

  private static String withWhere(String where) {
    return InlineRules.callRule("fuzz-rule", "  where: " + where + "\n");
  }

  @Property(tries = 150)
  void validConditionTreesLoad(
      @ForAll("validConditions") String leaf, @ForAll("wraps") List<Wrap> wraps) {
    String where = wrap(leaf, wraps);
    assertEquals(List.of(), check("rules/fuzz-rule.yaml", withWhere(where)), where);
  }

  @Property(tries = 200)
  void aMalformedConditionReadsTheSameAtAnyDepth(
      @ForAll("malformedConditions") String leaf, @ForAll("wraps") List<Wrap> wraps) {
    List<String> atTop = check("rules/fuzz-rule.yaml", withWhere(leaf));
    assertFalse(atTop.isEmpty(), leaf + " loaded");
    String where = wrap(leaf, wraps);
    assertEquals(atTop, check("rules/fuzz-rule.yaml", withWhere(where)), where);
  }

  @Property(tries = 60)
  void aMistypedConditionIsANamedProblemAtAnyDepth(
      @ForAll("mistypedConditions") String leaf, @ForAll("wraps") List<Wrap> wraps) {
    String text = withWhere(wrap(leaf, wraps));
    List<String> problems = check("rules/fuzz-rule.yaml", text);
    assertFalse(problems.isEmpty(), text + " loaded");
    String line = "rules/fuzz-rule.yaml:" + InlineRules.lineOf(text, "where:") + ": ";
    assertTrue(problems.stream().allMatch(p -> p.startsWith(line)), problems.toString());
  }

  @Provide
  Arbitrary<String> validConditions() {
    return Arbitraries.of(VALID_CONDITIONS);
  }

  @Provide
  Arbitrary<String> malformedConditions() {
    return Arbitraries.of(MALFORMED_CONDITIONS);
  }

  @Provide
  Arbitrary<String> mistypedConditions() {
    return Arbitraries.of(MISTYPED_CONDITIONS);
  }

  @Provide
  Arbitrary<List<Wrap>> wraps() {
    Arbitrary<List<String>> siblings = Arbitraries.of(VALID_CONDITIONS).list().ofMaxSize(2);
    Arbitrary<Wrap> wrap =
        Combinators.combine(Arbitraries.integers().between(0, 2), siblings, siblings).as(Wrap::new);
    return wrap.list().ofMinSize(1).ofMaxSize(4);
  }

  // ---- Combination matches: one key a line, each right or wrong. ----

  /**
   * A {@code match:} key with values that load, values the schema rejects and values that only the
   * consistency checks reject (ranges, role positions). The checks run once the schema passes, so a
   * file with both kinds of mistake first reports the schema's.
   */
  record MatchKey(
      String key, List<String> valid, List<String> schemaMistakes, List<String> checkMistakes) {}

  private static final List<MatchKey> MATCH_KEYS =
      List.of(
          new MatchKey(
              "dependencies",
              List.of(
                  "[{maven: [io.netty:netty-transport], range: '[4.1.0.Final,4.2.0.Final)'}]",
                  "[{pypi: [gevent], range: '>=1.3'}, {maven: [a:b], range: '(,2.9.1)'}]"),
              List.of(
                  "[]",
                  "[{maven: [a:b]}]",
                  "[{maven: [a:b], pypi: [x], range: '[1,)'}]",
                  "[{range: '[1,)'}]",
                  "[3]",
                  "{maven: [a:b], range: '[1,)'}",
                  "[{maven: [], range: '[1,)'}]",
                  "[{maven: [netty], range: '[1,)'}]",
                  "[{maven: [a:b], range: ''}]"),
              List.of(
                  "[{maven: [a:b], range: '17'}]",
                  "[{maven: [a:b], range: 'x['}]",
                  "[{maven: [a:b], range: '[1,2'}]",
                  "[{pypi: [gevent], range: '~=3'}]",
                  "[{pypi: [gevent], range: '>=3.7.*'}]",
                  "[{pypi: [gevent], range: '>=x'}]")),
          new MatchKey(
              "java-release",
              List.of("'[17,)'", "'(,16)'"),
              List.of("17", "''", "[17]"),
              List.of("'17'", "'[x'", "'x['")),
          new MatchKey(
              "python",
              List.of("'>=3.7'", "'>=3.7,<3.12'"),
              List.of("3.7", "''"),
              List.of("'3.7'", "'>=x'", "'~=3'", "'>=3.7.*'")),
          new MatchKey(
              "code-uses",
              List.of(
                  "[{owner: java.net.Socket, member: <init>}]",
                  "[{owner: java.nio.channels.DatagramChannel, member: open, params: [], returns: java.nio.channels.DatagramChannel}]"),
              List.of(
                  "[]",
                  "[{}]",
                  "[{owner: x.Y}]",
                  "[{language: python, member: socket}]",
                  "[{owner: 'a b', member: m}]"),
              List.of(
                  "[{owner: x.Y, member: m, params: [int], roles: {fd: 1}}]",
                  "[{owner: x.Y, member: m, roles: {fd: 0}, implied: {fd: 0}}]")),
          new MatchKey(
              "gunicorn-workers",
              List.of("[gevent]", "[gevent, eventlet]"),
              List.of("[]", "gevent", "[3]", "['a b']"),
              List.of()),
          new MatchKey("bogus", List.of(), List.of("1"), List.of()),
          new MatchKey("calls", List.of(), List.of("[{owner: x.Y, member: m}]"), List.of()),
          new MatchKey("where", List.of(), List.of("{arg: fd, absent: true}"), List.of()));

  enum Entry {
    VALID,
    SCHEMA_MISTAKE,
    CHECK_MISTAKE
  }

  /** One line of a combination match: a key with one of its values of the given kind. */
  record MatchLine(MatchKey key, Entry entry, int pick) {
    String text() {
      List<String> values =
          switch (entry) {
            case VALID -> key.valid();
            case SCHEMA_MISTAKE -> key.schemaMistakes();
            case CHECK_MISTAKE -> key.checkMistakes();
          };
      return "  " + key.key() + ": " + values.get(pick % values.size());
    }
  }

  @Property(tries = 200)
  void everyWrongCombinationEntryIsReportedAtItsLine(@ForAll("matchLines") List<MatchLine> lines) {
    String text =
        InlineRules.combinationRule(
            "fuzz-rule",
            lines.stream().map(MatchLine::text).collect(Collectors.joining("\n", "", "\n")));
    List<String> problems = check("rules/fuzz-rule.yaml", text);
    boolean schemaMistakes = lines.stream().anyMatch(l -> l.entry() == Entry.SCHEMA_MISTAKE);
    Entry reportedKind = schemaMistakes ? Entry.SCHEMA_MISTAKE : Entry.CHECK_MISTAKE;
    Set<Integer> expected = new TreeSet<>();
    for (MatchLine l : lines)
      if (l.entry() == reportedKind) expected.add(InlineRules.lineOf(text, l.text()));
    Set<Integer> reported = new TreeSet<>();
    for (String p : problems) reported.add(Integer.parseInt(PROBLEM.matcher(p).replaceFirst("$2")));
    assertEquals(expected, reported, problems.toString());
  }

  @Provide
  Arbitrary<List<MatchLine>> matchLines() {
    Arbitrary<MatchLine> line =
        Arbitraries.of(MATCH_KEYS)
            .flatMap(
                key -> {
                  List<Entry> kinds = new ArrayList<>();
                  if (!key.valid().isEmpty())
                    kinds.addAll(List.of(Entry.VALID, Entry.VALID, Entry.VALID));
                  if (!key.schemaMistakes().isEmpty()) kinds.add(Entry.SCHEMA_MISTAKE);
                  if (!key.checkMistakes().isEmpty()) kinds.add(Entry.CHECK_MISTAKE);
                  return Combinators.combine(
                          Arbitraries.of(kinds), Arbitraries.integers().between(0, 100))
                      .as((entry, pick) -> new MatchLine(key, entry, pick));
                });
    return line.list().ofMinSize(1).ofMaxSize(5).uniqueElements(l -> l.key().key());
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<Mutated> mutatedRules() {
    List<Path> files = ruleFiles();
    Arbitrary<Path> file = Arbitraries.of(files);
    Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(file, mutations)
        .as(
            (f, ms) -> {
              String text = read(f);
              for (Mutation m : ms) text = m.apply(text);
              return new Mutated(f.getFileName().toString(), text);
            });
  }

  /** One edit at a relative position (0..1) of the text. */
  private record Mutation(int kind, double at, double to, String insert) {
    String apply(String text) {
      if (text.isEmpty()) return insert;
      int i = (int) (at * text.length());
      int j = Math.max(i, (int) (to * text.length()));
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      int li = (int) (at * lines.size());
      int lj = (int) (to * lines.size());
      switch (kind) {
        case 0:
          return text.substring(0, i) + insert + text.substring(i); // insert a fragment
        case 1:
          return text.substring(0, i) + text.substring(j); // delete a span
        case 2:
          return text.substring(0, i); // truncate
        case 3:
          lines.remove(li);
          return String.join("\n", lines); // delete a line
        case 4:
          lines.add(li, lines.get(lj));
          return String.join("\n", lines); // duplicate a line elsewhere
        case 5: // swap two lines
          String a = lines.get(li);
          lines.set(li, lines.get(lj));
          lines.set(lj, a);
          return String.join("\n", lines);
        default:
          return lines.get(li).isEmpty()
              ? text
              : text.replace(lines.get(li), "  " + lines.get(li)); // re-indent
      }
    }
  }

  private static Arbitrary<Mutation> mutation() {
    // Whole percents: decimal generators with a scale can trip over their own edge cases.
    Arbitrary<Double> position =
        Arbitraries.integers().between(0, 99).map(percent -> percent / 100.0);
    return Combinators.combine(
            Arbitraries.integers().between(0, 6), position, position, Arbitraries.of(FRAGMENTS))
        .as(Mutation::new);
  }

  private static List<Path> ruleFiles() {
    Path rules = Path.of(System.getProperty("sockcheck.root", "..")).resolve("rules");
    try (Stream<Path> s = Files.list(rules)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
