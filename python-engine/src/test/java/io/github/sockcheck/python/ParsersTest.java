package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sockcheck.python.manifest.MarkerEvaluator;
import io.github.sockcheck.python.manifest.PoetryConstraint;
import io.github.sockcheck.python.manifest.PypiName;
import io.github.sockcheck.python.source.PyToken;
import io.github.sockcheck.python.source.PyTokenizer;
import io.github.sockcheck.python.toml.TomlReader;
import io.github.sockcheck.python.toml.TomlValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParsersTest {

  /** Poetry's documented caret/tilde/wildcard/exact examples. */
  @ParameterizedTest(name = "poetry {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "^1.2.3 | >=1.2.3,<2.0.0",
        "^1.2 | >=1.2,<2.0",
        "^1 | >=1,<2",
        "^0.2.3 | >=0.2.3,<0.3.0",
        "^0.0.3 | >=0.0.3,<0.0.4",
        "^0.0 | >=0.0,<0.1",
        "^0 | >=0,<1",
        "~1.2.3 | >=1.2.3,<1.3.0",
        "~1.2 | >=1.2,<1.3",
        "~1 | >=1,<2",
        "* | ''",
        "1.2.* | ==1.2.*",
        "1.2.3 | ==1.2.3",
        ">= 1.2, < 1.5 | >=1.2,<1.5",
        ">=1.2 <1.5 | >=1.2,<1.5",
        "~=1.4 | ~=1.4",
        "=2.0 | ==2.0"
      })
  void poetryConstraints(String poetry, String pep440) {
    assertEquals(List.of(pep440), PoetryConstraint.toPep440(poetry));
  }

  @Test
  void poetryAlternativesAndErrors() {
    assertEquals(List.of(">=1.0,<2.0", ">=3"), PoetryConstraint.toPep440("^1.0 || >=3"));
    assertThrows(IllegalArgumentException.class, () -> PoetryConstraint.toPep440("^abc"));
  }

  @Test
  void markersAreThreeValued() {
    MarkerEvaluator py39 = new MarkerEvaluator("3.9.1");
    assertEquals(MarkerEvaluator.Truth.FALSE, py39.evaluate("python_version < \"3.7\""));
    assertEquals(
        MarkerEvaluator.Truth.TRUE,
        py39.evaluate("python_version >= '3.7' and python_full_version == '3.9.1'"));
    assertEquals(MarkerEvaluator.Truth.UNKNOWN, py39.evaluate("sys_platform == 'win32'"));
    assertEquals(
        MarkerEvaluator.Truth.FALSE,
        py39.evaluate("sys_platform == 'win32' and python_version < '3'"));
    assertEquals(
        MarkerEvaluator.Truth.TRUE,
        py39.evaluate("(sys_platform == 'win32' or python_version > '3.8')"));
    assertEquals(MarkerEvaluator.Truth.TRUE, py39.evaluate("'3.9' in python_version"));
    assertEquals(
        MarkerEvaluator.Truth.UNKNOWN,
        new MarkerEvaluator(null).evaluate("python_version < '3.7'"));
    assertThrows(IllegalArgumentException.class, () -> py39.evaluate("python_version <"));
    assertThrows(IllegalArgumentException.class, () -> py39.evaluate("colour == 'red'"));
  }

  @Test
  void pep503Names() {
    assertEquals("friendly-bard", PypiName.normalize("Friendly.._-Bard"));
    assertEquals("gunicorn", PypiName.normalize("GUNICORN"));
  }

  @Test
  void tokenizerStringPrefixesAndContinuations() {
    String src =
        "a = rB'x\\'' + Fr\"{b!r:>{w}}\" + u'''t\n''' \\\n  + f\"{'n' + \"q\"}\"\nc = (1,\n 2)\n";
    List<PyToken> tokens = PyTokenizer.tokenize(src).tokens();
    List<String> types = tokens.stream().map(t -> t.type().name().substring(0, 2)).toList();
    assertEquals(
        List.of(
            "NA", "OP", "ST", "OP", "ST", "OP", "ST", "OP", "ST", "NE", "NA", "OP", "OP", "NU",
            "OP", "NU", "OP", "NE"),
        types);
    assertEquals("x\\'", tokens.get(2).value(), "raw string keeps the backslash");
    assertEquals(null, tokens.get(4).value(), "f-strings are not constants");
    assertEquals(
        4,
        tokens.get(10).line(),
        "c starts line 4: the triple-quoted string and the \\ continuation are counted");
  }

  @Test
  void tomlPositionsAndValues() throws Exception {
    TomlValue doc =
        TomlReader.parse(
            "# c\n[a.\"b c\"]\nx = [\n  'one', # note\n  \"\"\"two\n\"\"\",\n]\ny = { z = 1_000, w = true }\n[[p]]\nn = 1979-05-27T07:32:00Z\n");
    TomlValue x = doc.at("a", "b c", "x");
    assertEquals(3, x.keyLine());
    assertEquals("one", x.array().get(0).string());
    assertEquals(4, x.array().get(0).line());
    assertEquals(3, x.array().get(0).column());
    assertEquals("two\n", x.array().get(1).string());
    assertEquals(1000L, doc.at("a", "b c", "y", "z").value());
    assertEquals("1979-05-27T07:32:00Z", doc.at("p").array().get(0).at("n").string());
    assertThrows(
        io.github.sockcheck.python.toml.TomlException.class,
        () -> TomlReader.parse("a = [1,\nb = 2"));
  }

  @Test
  void tomlSpansOfKeysAndValuesInUtf16Columns() throws Exception {
    TomlValue doc =
        TomlReader.parse(
            "[tool.poetry]\ndeps.gunicorn = \"^20.0\"\nt = { e = \"\uD83D\uDE00\", f = \"v\" }\nx = [\n  1,\n]\n");
    TomlValue dotted = doc.at("tool", "poetry", "deps", "gunicorn");
    assertEquals(
        List.of(2, 17, 2, 24, 2, 1),
        List.of(
            dotted.line(),
            dotted.column(),
            dotted.endLine(),
            dotted.endColumn(),
            dotted.keyLine(),
            dotted.keyColumn()),
        "value from its opening quote to after its closing one; key at the start of the dotted key");
    TomlValue f = doc.at("tool", "poetry", "t", "f");
    assertEquals(
        List.of(3, 21, 3, 17),
        List.of(f.line(), f.column(), f.keyLine(), f.keyColumn()),
        "the emoji before it counts as two UTF-16 columns");
    TomlValue x = doc.at("tool", "poetry", "x");
    assertEquals(
        List.of(4, 5, 6, 2),
        List.of(x.line(), x.column(), x.endLine(), x.endColumn()),
        "a multi-line array");
    io.github.sockcheck.python.toml.TomlException e =
        assertThrows(
            io.github.sockcheck.python.toml.TomlException.class,
            () -> TomlReader.parse("a = 1\nb = = 2\n"));
    assertEquals(2, e.line(), "the line of the first syntax error");
    assertThrows(
        io.github.sockcheck.python.toml.TomlException.class,
        () -> TomlReader.parse("a = 1\na = 2\n"),
        "a key defined twice is not TOML");
  }
}
