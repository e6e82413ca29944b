package io.github.sockcheck.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.Evidence;
import io.github.sockcheck.core.rules.Examples;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleDocGeneratorTest {

  static Rule rule(String id) {
    return new Rule(
        id,
        RuleKind.CALL,
        "A title | with pipe",
        Severity.WARNING,
        Precision.HIGH,
        List.of("netty", "jdk"),
        "CWE-628",
        Set.of("bytecode", "source"),
        null,
        "m",
        "Why it *matters*.\n",
        new Examples("java", "new Foo(-1);\n// ```\n", "new Foo(fd);"),
        "Do this.",
        "Netty 4.1+",
        List.of(new Evidence("https://github.com/netty/netty/issues/1", "An issue")),
        null,
        null,
        "rules/" + id + ".yaml",
        List.of());
  }

  @Test
  void rulePageHasEverySection() {
    String page = new RuleDocGenerator().renderRule(rule("some-rule"));
    assertTrue(page.startsWith("# A title | with pipe\n"));
    for (String part :
        List.of(
            "| severity | warning |",
            "| precision | high |",
            "`netty`, `jdk`",
            "[CWE-628](https://cwe.mitre.org/data/definitions/628.html)",
            "| engines | source, bytecode |",
            "## Why it matters\n\nWhy it *matters*.\n",
            "## Noncompliant\n\n````java\nnew Foo(-1);\n// ```\n````\n",
            "## Compliant\n\n```java\nnew Foo(fd);\n```\n",
            "## Fix\n\nDo this.\n",
            "## Affected versions\n\nNetty 4.1+\n",
            "- <https://github.com/netty/netty/issues/1>: An issue\n")) {
      assertTrue(page.contains(part), "missing " + part + " in\n" + page);
    }
  }

  @Test
  void rulePageLinksItsYamlAndItsTestCases() {
    String page = new RuleDocGenerator().renderRule(rule("some-rule"));
    assertTrue(
        page.contains(
            "| source | [`rules/some-rule.yaml`](../../../../rules/some-rule.yaml), test cases "
                + "[`testdata/rules/some-rule/`](../../../../testdata/rules/some-rule/) |"),
        page);
  }

  @Test
  void theLinksOfEveryRepositoryPageLeadToFiles() throws Exception {
    Path root = Path.of(System.getProperty("sockcheck.root", "..")).toAbsolutePath().normalize();
    Path pages = root.resolve(RuleDocGenerator.DOCS_DIR);
    java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\]\\((\\.\\./[^)]+)\\)");
    int checked = 0;
    for (Rule r : RuleDocGenerator.repositoryRules(root).rules()) {
      java.util.regex.Matcher m = link.matcher(new RuleDocGenerator().renderRule(r));
      while (m.find()) {
        assertTrue(Files.exists(pages.resolve(m.group(1)).normalize()), r.id() + ": " + m.group(1));
        checked++;
      }
    }
    assertTrue(checked >= 2, "no repository links checked");
  }

  @Test
  void indexLinksEveryRuleSorted() {
    String index =
        new RuleDocGenerator()
            .render(new RulePack(List.of(rule("b-rule"), rule("a-rule"))))
            .get("index.md");
    assertTrue(
        index.contains(
            "| [`a-rule`](a-rule.md) | A title \\| with pipe | warning | source, bytecode |\n"
                + "| [`b-rule`](b-rule.md) |"),
        index);
  }

  @Test
  void writeIsIdempotentAndRemovesPagesOfDeletedRules(@TempDir Path root) throws Exception {
    RuleDocGenerator g = new RuleDocGenerator();
    assertEquals(
        List.of("a-rule.md", "b-rule.md", "index.md"),
        g.write(root, new RulePack(List.of(rule("a-rule"), rule("b-rule")))));
    assertEquals(List.of(), g.write(root, new RulePack(List.of(rule("a-rule"), rule("b-rule")))));
    assertEquals(
        List.of("index.md", "b-rule.md"), g.write(root, new RulePack(List.of(rule("a-rule")))));
    assertFalse(Files.exists(root.resolve(RuleDocGenerator.DOCS_DIR).resolve("b-rule.md")));
  }
}
