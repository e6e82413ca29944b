package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * YAML to a JSON tree with the line of every value, safely: standard types, bounded depth and size.
 */
class RuleYamlTreeTest {

  private static RuleYamlTree parse(String text) throws RuleYamlTree.YamlProblem {
    return RuleYamlTree.parse("rules/t.yaml", text);
  }

  @Test
  void everyKeyAndListItemHasItsLine() throws Exception {
    RuleYamlTree tree = parse("id: t\nlist:\n  - a\n  -\n    b: 1\n\nflow: [x, y]\n");
    assertEquals(1, tree.line("/id"));
    assertEquals(2, tree.line("/list"));
    assertEquals(3, tree.line("/list/0"));
    assertEquals(5, tree.line("/list/1"), "an item is where its value starts");
    assertEquals(5, tree.line("/list/1/b"));
    assertEquals(7, tree.line("/flow/1"));
    assertEquals(
        5, tree.line("/list/1/b/unknown"), "a pointer without a line takes its nearest ancestor's");
    assertEquals(1, tree.line(""));
  }

  @Test
  void scalarsKeepTheirYamlTypes() throws Exception {
    JsonNode n =
        parse(
                """
        n: ~
        t: True
        f: false
        hex: 0x1F
        octal: 0o17
        plus: +5
        long: 9223372036854775807
        big: 9223372036854775808
        float: 1.5
        inf: .inf
        nan: .NaN
        text: 0x1G
        """)
            .root;
    assertTrue(n.get("n").isNull());
    assertTrue(n.get("t").booleanValue());
    assertEquals(false, n.get("f").booleanValue());
    assertEquals(31, n.get("hex").longValue());
    assertEquals(15, n.get("octal").longValue());
    assertEquals(5, n.get("plus").longValue());
    assertTrue(n.get("long").isLong());
    assertEquals(Long.MAX_VALUE, n.get("long").longValue());
    assertTrue(n.get("big").isBigInteger());
    assertEquals(BigInteger.ONE.shiftLeft(63), n.get("big").bigIntegerValue());
    assertEquals("1.5", n.get("float").decimalValue().toPlainString());
    assertEquals(".inf", n.get("inf").textValue(), "infinity stays text");
    assertEquals(".NaN", n.get("nan").textValue());
    assertEquals("0x1G", n.get("text").textValue());
  }

  @Test
  void onlyDecimalNumbersTakeASign() throws Exception {
    JsonNode n = parse("a: -12\nb: -0x10\nc: -0o10\nd: 1_000\n").root;
    assertEquals(-12, n.get("a").longValue());
    assertEquals(
        "-0x10", n.get("b").textValue(), "YAML 1.2 core schema: a signed hex number is text");
    assertEquals("-0o10", n.get("c").textValue());
    assertEquals("1_000", n.get("d").textValue());
  }

  @Test
  void nestingIsBoundedAt64Levels() throws Exception {
    assertEquals(0, parse("[".repeat(65) + "]".repeat(65)).root.path(0).size() - 1);
    RuleYamlTree.YamlProblem tooDeep =
        assertThrows(RuleYamlTree.YamlProblem.class, () -> parse("[".repeat(66) + "]".repeat(66)));
    assertEquals("the document nests too deeply or refers to itself", tooDeep.problem);
    assertEquals(1, tooDeep.line);
  }

  @Test
  void syntaxErrorsNameTheirLine() {
    RuleYamlTree.YamlProblem p =
        assertThrows(RuleYamlTree.YamlProblem.class, () -> parse("a: 1\nb: [1, 2\nc: 3\n"));
    assertTrue(p.problem.startsWith("YAML syntax error: "), p.problem);
    assertEquals(3, p.line, p.problem);
    RuleYamlTree.YamlProblem duplicate =
        assertThrows(RuleYamlTree.YamlProblem.class, () -> parse("a: 1\n\na: 2\n"));
    assertEquals("duplicate key 'a'", duplicate.problem);
    assertEquals(3, duplicate.line);
    RuleYamlTree.YamlProblem empty =
        assertThrows(RuleYamlTree.YamlProblem.class, () -> parse("# nothing\n"));
    assertEquals("the file is empty", empty.problem);
    RuleYamlTree.YamlProblem tag =
        assertThrows(RuleYamlTree.YamlProblem.class, () -> parse("a: 1\nb: !!binary aGk=\n"));
    assertEquals("tag 'tag:yaml.org,2002:binary' is not allowed", tag.problem);
    assertEquals(2, tag.line);
    RuleYamlTree.YamlProblem key =
        assertThrows(RuleYamlTree.YamlProblem.class, () -> parse("a: 1\n? [x]\n: 2\n"));
    assertEquals("a key must be a plain name", key.problem);
    assertEquals(2, key.line);
  }

  @Test
  void pointerTokensAreEscaped() throws Exception {
    assertEquals("a~1b~0c", RuleYamlTree.escape("a/b~c"));
    RuleYamlTree tree = parse("x:\n  a/b~c: 1\n");
    assertEquals(2, tree.line("/x/a~1b~0c"));
  }
}
