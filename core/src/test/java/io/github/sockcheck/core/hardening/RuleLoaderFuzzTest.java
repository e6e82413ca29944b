package io.github.sockcheck.core.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.rules.RuleLoadException;
import io.github.sockcheck.core.rules.RuleLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The rule loader on generated input: YAML-ish noise and mutations of the real rule files. Whatever the
 * text, it either yields a rule or throws {@link RuleLoadException} whose every problem names the file and
 * a line ({@code rules/x.yaml:12: ...}); nothing else ever escapes (jqwik fails a try on any other
 * exception or error).
 */
class RuleLoaderFuzzTest {

  private static final String[] FRAGMENTS = {
      "id: ", "kind: call", "kind: combination", "title: ", "severity: error", "precision: high", "engines: [source]",
      "match:", "calls:", "owner: ", "member: ", "params: [int]", "where:", "args:", "message: ", "evidence:",
      "- url: ", "summary: ", "help: |", "fix: >", "examples:", "noncompliant: ", "range: ", "dependencies:",
      "&a ", "*a", "<<: *a", "!!str ", "!!java.net.URL ", "!custom ", "? ", ": ", "- ", "[", "]", "{", "}", ",",
      "'", "\"", "#", "|", ">", "---", "...", "%YAML 1.2", "%TAG ! tag:x,2000:", "@", "`", "\t", "\n", "  ", "    ",
      "x", "0x1F", "1e400", "-.inf", ".nan", "~", "null", "yes", "\u00e9", "\uFEFF", "\\u0000", "9".repeat(30)};

  private static final Pattern PROBLEM = Pattern.compile("^(rules/[\\w.-]+):(\\d+): \\S.*", Pattern.DOTALL);

  @Property(tries = 300)
  void yamlishNoiseOnlyEverFailsWithNamedProblems(@ForAll("noise") String text) {
    check("rules/fuzz-rule.yaml", text);
  }

  @Property(tries = 300)
  void mutatedRealRulesOnlyEverFailWithNamedProblems(@ForAll("mutatedRules") Mutated m) {
    check("rules/" + m.file(), m.text());
  }

  record Mutated(String file, String text) {}

  private static void check(String origin, String text) {
    try {
      new RuleLoader().parse(origin, text);
    } catch (RuleLoadException e) {
      assertFalse(e.problems().isEmpty(), "an exception without problems");
      for (String problem : e.problems()) {
        var m = PROBLEM.matcher(problem);
        assertTrue(m.matches() && m.group(1).equals(origin), "problem does not name " + origin + ":line: " + problem);
        assertTrue(Integer.parseInt(m.group(2)) >= 1, "problem names no line: " + problem);
      }
    }
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
    return Combinators.combine(file, mutations).as((f, ms) -> {
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
        case 0: return text.substring(0, i) + insert + text.substring(i); // insert a fragment
        case 1: return text.substring(0, i) + text.substring(j); // delete a span
        case 2: return text.substring(0, i); // truncate
        case 3: lines.remove(li); return String.join("\n", lines); // delete a line
        case 4: lines.add(li, lines.get(lj)); return String.join("\n", lines); // duplicate a line elsewhere
        case 5: // swap two lines
          String a = lines.get(li);
          lines.set(li, lines.get(lj));
          lines.set(lj, a);
          return String.join("\n", lines);
        default: return lines.get(li).isEmpty() ? text : text.replace(lines.get(li), "  " + lines.get(li)); // re-indent
      }
    }
  }

  private static Arbitrary<Mutation> mutation() {
    // Whole percents: decimal generators with a scale can trip over their own edge cases.
    Arbitrary<Double> position = Arbitraries.integers().between(0, 99).map(percent -> percent / 100.0);
    return Combinators.combine(Arbitraries.integers().between(0, 6), position, position, Arbitraries.of(FRAGMENTS))
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
