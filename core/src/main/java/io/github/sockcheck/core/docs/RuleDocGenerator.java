package io.github.sockcheck.core.docs;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.rules.Evidence;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleLoadException;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the rule reference: {@code src/site/markdown/rules/<id>.md} per rule and {@code index.md},
 * all generated from the rule files so the docs never drift from {@code rules/}. Output is
 * deterministic (sorted, LF line ends) so a test can compare it with the committed pages.
 */
public final class RuleDocGenerator {

  /** Where the pages live, relative to the repository root. */
  public static final String DOCS_DIR = "src/site/markdown/rules";

  /** How to regenerate the pages, for failure messages. */
  public static final String REGENERATE_COMMAND =
      "mvn -q -pl core test -Dtest=RuleDocsAreCurrentTest -Dsockcheck.updateDocs=true";

  /** File name (in {@link #DOCS_DIR}) → content, for every page of {@code pack}. */
  public SortedMap<String, String> render(RulePack pack) {
    SortedMap<String, String> pages = new TreeMap<>();
    List<Rule> rules = new ArrayList<>(pack.rules());
    rules.sort((a, b) -> a.id().compareTo(b.id()));
    for (Rule rule : rules) pages.put(rule.id() + ".md", renderRule(rule));
    pages.put("index.md", renderIndex(rules));
    return pages;
  }

  public String renderRule(Rule r) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(r.title()).append("\n\n");
    md.append("<!-- Generated from ")
        .append(r.origin())
        .append(" by RuleDocGenerator; do not edit. -->\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| id | `").append(r.id()).append("` |\n");
    md.append("| kind | ").append(r.kind().name().toLowerCase(Locale.ROOT)).append(" |\n");
    md.append("| severity | ").append(r.severity().sarifLevel()).append(" |\n");
    md.append("| precision | ").append(r.precision().sarifName()).append(" |\n");
    md.append("| tags | ")
        .append(String.join(", ", r.tags().stream().map(t -> "`" + t + "`").toList()))
        .append(" |\n");
    if (r.cwe() != null) {
      String number = r.cwe().substring(r.cwe().indexOf('-') + 1);
      md.append("| CWE | [")
          .append(r.cwe())
          .append("](https://cwe.mitre.org/data/definitions/")
          .append(number)
          .append(".html) |\n");
    }
    md.append("| engines | ").append(engines(r)).append(" |\n");
    md.append("| source | ")
        .append(repositoryLink(r.origin()))
        .append(", test cases ")
        .append(repositoryLink("testdata/rules/" + r.id() + "/"))
        .append(" |\n\n");
    if (r.engineNote() != null)
      md.append("> **Engines:** ").append(oneLine(r.engineNote())).append("\n\n");

    md.append("## Why it matters\n\n").append(block(r.help())).append("\n");
    md.append("## Noncompliant\n\n")
        .append(fence(r.examples().language(), r.examples().noncompliant()))
        .append("\n");
    md.append("## Compliant\n\n")
        .append(fence(r.examples().language(), r.examples().compliant()))
        .append("\n");
    md.append("## Fix\n\n").append(block(r.fix())).append("\n");
    md.append(QuickFixDoc.render(r));
    md.append(RuleMatchDoc.render(r));
    md.append("## Affected versions\n\n").append(block(r.appliesTo())).append("\n");
    md.append("## Evidence\n\n");
    for (Evidence e : r.evidence()) {
      md.append("- <").append(e.url()).append(">");
      if (e.summary() != null && !e.summary().isBlank())
        md.append(": ").append(oneLine(e.summary()));
      md.append("\n");
    }
    return md.toString();
  }

  public String renderIndex(List<Rule> rules) {
    StringBuilder md = new StringBuilder();
    md.append("# Rule reference\n\n");
    md.append("<!-- Generated from rules/*.yaml by RuleDocGenerator; do not edit. -->\n\n");
    md.append(
            "Every rule sockcheck ships, one page each. Rule files live in `rules/`; the format is described in ")
        .append("`rules/README.md`.\n\n");
    md.append("| id | title | severity | engines |\n|---|---|---|---|\n");
    for (Rule r : rules) {
      md.append("| [`")
          .append(r.id())
          .append("`](")
          .append(r.id())
          .append(".md) | ")
          .append(cell(r.title()))
          .append(" | ")
          .append(r.severity().sarifLevel())
          .append(" | ")
          .append(engines(r))
          .append(" |\n");
    }
    return md.toString();
  }

  /** Rewrites the pages under {@code root}, removing pages of rules that no longer exist. */
  public List<String> write(Path root, RulePack pack) throws IOException {
    Path dir = root.resolve(DOCS_DIR);
    Files.createDirectories(dir);
    SortedMap<String, String> pages = render(pack);
    List<String> changed = new ArrayList<>();
    for (var page : pages.entrySet()) {
      Path file = dir.resolve(page.getKey());
      if (Files.exists(file)
          && Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) continue;
      writeAtomically(file, page.getValue());
      changed.add(page.getKey());
    }
    for (String extra : existingPages(root)) {
      if (!pages.containsKey(extra)) {
        Files.delete(dir.resolve(extra));
        changed.add(extra);
      }
    }
    return changed;
  }

  /** The {@code .md} files currently in {@link #DOCS_DIR} under {@code root}, sorted. */
  public static List<String> existingPages(Path root) throws IOException {
    Path dir = root.resolve(DOCS_DIR);
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md"))
          .sorted()
          .toList();
    }
  }

  /**
   * The rules of the repository's {@code rules/} directory (not the classpath copy, which may be
   * stale).
   */
  public static RulePack repositoryRules(Path root) throws RuleLoadException {
    return new RulePack(new RuleLoader().loadDirectory(root.resolve("rules"), "rules/"));
  }

  /** {@code RuleDocGenerator <repository root>}: regenerates the rule reference. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: RuleDocGenerator <repository root>");
      System.exit(2);
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    List<String> changed = new RuleDocGenerator().write(root, repositoryRules(root));
    System.out.println(
        changed.isEmpty() ? "rule pages are up to date" : "updated " + String.join(", ", changed));
  }

  private static void writeAtomically(Path file, String content) throws IOException {
    Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A link from a page in {@link #DOCS_DIR} to a repository path. */
  private static String repositoryLink(String path) {
    return "[`" + path + "`](../../../../" + path + ")";
  }

  private static String engines(Rule r) {
    return String.join(", ", EngineId.ids().stream().filter(r.engines()::contains).toList());
  }

  /** Markdown text normalised to end with exactly one newline. */
  private static String block(String text) {
    return text.replace("\r\n", "\n").strip() + "\n";
  }

  private static String fence(String language, String code) {
    String body = code.replace("\r\n", "\n").stripTrailing();
    String ticks = "```";
    while (body.contains(ticks)) ticks += "`";
    return ticks + language + "\n" + body + "\n" + ticks + "\n";
  }

  private static String oneLine(String text) {
    return text.replace("\r\n", "\n").strip().replaceAll("\\s*\n\\s*", " ");
  }

  private static String cell(String text) {
    return oneLine(text).replace("|", "\\|");
  }
}
