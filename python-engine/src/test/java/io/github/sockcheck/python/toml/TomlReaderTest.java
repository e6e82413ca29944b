package io.github.sockcheck.python.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the TOML reader gives for each kind of value, where it says each value and key is (a
 * dependency is reported at that place), and the line and message of each syntax error (shown to
 * the user as the manifest's problem).
 */
class TomlReaderTest {

  private static Object valueOf(String toml) throws TomlException {
    return TomlReader.parse("v = " + toml + "\n").at("v").value();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "42 | 42",
        "+42 | 42",
        "-17 | -17",
        "1_000 | 1000",
        "0xff | 255",
        "0o17 | 15",
        "0b101 | 5",
        "0 | 0",
        "true | true",
        "false | false"
      })
  void integersAndBooleans(String toml, String expected) throws Exception {
    Object v = valueOf(toml);
    assertEquals(expected, String.valueOf(v));
    assertTrue(v instanceof Long || v instanceof Boolean, toml + " is a " + v.getClass());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3.5 | 3.5",
        "-0.25 | -0.25",
        "1e3 | 1000.0",
        "6.02E+2 | 602.0",
        "1.5e-1 | 0.15",
        "inf | Infinity",
        "+inf | Infinity",
        "-inf | -Infinity",
        "nan | NaN",
        "+nan | NaN",
        "-nan | NaN"
      })
  void floats(String toml, String expected) throws Exception {
    Object v = valueOf(toml);
    assertTrue(v instanceof Double, toml + " is a " + v.getClass());
    assertEquals(expected, String.valueOf(v));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1979-05-27T07:32:00Z",
        "1979-05-27 07:32:00",
        "1979-05-27",
        "07:32:00",
        "1979-05-27T00:32:00.999999-07:00"
      })
  void datesAndTimesAreKeptAsText(String toml) throws Exception {
    assertEquals(toml, valueOf(toml));
  }

  @Test
  void strings() throws Exception {
    assertEquals(
        "a\tb\nc\"d\\e\bf\fg\rhi\u00e9\ud83d\ude00",
        valueOf("\"a\\tb\\nc\\\"d\\\\e\\bf\\fg\\rhi\\u00E9\\U0001F600\""));
    assertEquals("C:\\path\\n", valueOf("'C:\\path\\n'"));
    assertEquals("", valueOf("''"));
    assertEquals("", valueOf("\"\""));
    assertEquals(
        "one\ntwo",
        valueOf("\"\"\"\none\ntwo\"\"\""),
        "the newline after the opening quotes is dropped");
    assertEquals(
        "one\ntwo", valueOf("\"\"\"\r\none\ntwo\"\"\""), "a CRLF after the opening quotes too");
    assertEquals(
        "one two",
        valueOf("\"\"\"one \\\n    two\"\"\""),
        "a line-ending backslash eats the whitespace after it");
    assertEquals(
        "one two", valueOf("\"\"\"one \\  \t\r\n\n  two\"\"\""), "blanks before the line end too");
    assertEquals("tab\there", valueOf("\"\"\"tab\\there\"\"\""));
    assertEquals(
        "raw \\t \\\nnext", valueOf("'''raw \\t \\\nnext'''"), "literal strings know no escapes");
    assertEquals(
        "say \"hi\"", valueOf("\"\"\"say \"hi\"\"\"\""), "one quote before the closing delimiter");
    assertEquals("x\"\"", valueOf("\"\"\"x\"\"\"\"\""), "two quotes before the closing delimiter");
    assertEquals("it's''", valueOf("'''it's'''''"));
  }

  @Test
  void tablesKeysAndArrays() throws Exception {
    TomlValue doc =
        TomlReader.parse(
            String.join(
                "\n",
                "top = 1",
                "a.b.c = 'dotted'",
                "'quoted key' = 2",
                "\"basic key\" = 3",
                "bare-key_1 = 4",
                "[t]",
                "x = [ ]",
                "y = [1, [2, 3], ]",
                "z = {}",
                "w = { p.q = 'r', s = [ 'u' ] }",
                "[t.sub]",
                "k = 5",
                "[[arr]]",
                "n = 1",
                "[arr.inner]",
                "m = 2",
                "[[arr]]",
                "n = 2",
                ""));
    assertEquals(1L, doc.at("top").value());
    assertEquals("dotted", doc.at("a", "b", "c").string());
    assertEquals(2L, doc.at("quoted key").value());
    assertEquals(3L, doc.at("basic key").value());
    assertEquals(4L, doc.at("bare-key_1").value());
    assertEquals(List.of(), doc.at("t", "x").array());
    List<TomlValue> y = doc.at("t", "y").array();
    assertEquals(2, y.size());
    assertEquals(3L, y.get(1).array().get(1).value());
    assertEquals(0, doc.at("t", "z").table().size());
    assertEquals("r", doc.at("t", "w", "p", "q").string());
    assertEquals("u", doc.at("t", "w", "s").array().get(0).string());
    assertEquals(5L, doc.at("t", "sub", "k").value());
    List<TomlValue> arr = doc.at("arr").array();
    assertEquals(2, arr.size());
    assertEquals(1L, arr.get(0).at("n").value());
    assertEquals(
        2L,
        arr.get(0).at("inner", "m").value(),
        "a sub-table of an array of tables goes to its last element");
    assertEquals(2L, arr.get(1).at("n").value());
    assertEquals(
        List.of("top", "a", "quoted key", "basic key", "bare-key_1", "t", "arr"),
        List.copyOf(doc.table().keySet()),
        "tables keep file order");
    assertNull(doc.at("top", "deeper"));
    assertNull(doc.at("missing"));
    assertNull(doc.at("top").string());
    assertNull(doc.at("top").table());
    assertNull(doc.at("top").array());
  }

  @Test
  void positionsOfValuesKeysAndHeaders() throws Exception {
    TomlValue doc =
        TomlReader.parse(
            String.join(
                "\n",
                "# a comment",
                "",
                "  name   =  \"svc\"  # trailing",
                "[tool.poetry.dependencies]",
                "gevent = { version = \"23.9.1\", extras = ['x'] }",
                "deps = [",
                "    'a',",
                "  \"\"\"b",
                "c\"\"\",",
                "]",
                "  [[package]]",
                "name = 'p'",
                ""));
    TomlValue name = doc.at("name");
    assertEquals(
        List.of(3, 13, 3, 18, 3, 3),
        List.of(
            name.line(),
            name.column(),
            name.endLine(),
            name.endColumn(),
            name.keyLine(),
            name.keyColumn()));
    TomlValue gevent = doc.at("tool", "poetry", "dependencies", "gevent");
    assertEquals(
        List.of(5, 10, 5, 48, 5, 1),
        List.of(
            gevent.line(),
            gevent.column(),
            gevent.endLine(),
            gevent.endColumn(),
            gevent.keyLine(),
            gevent.keyColumn()));
    TomlValue version = gevent.at("version");
    assertEquals(
        List.of(5, 22, 5, 30, 5, 12),
        List.of(
            version.line(),
            version.column(),
            version.endLine(),
            version.endColumn(),
            version.keyLine(),
            version.keyColumn()));
    TomlValue deps = doc.at("tool", "poetry", "dependencies", "deps");
    assertEquals(
        List.of(6, 8, 10, 2),
        List.of(deps.line(), deps.column(), deps.endLine(), deps.endColumn()));
    TomlValue a = deps.array().get(0);
    assertEquals(
        List.of(7, 5, 7, 8, 7, 5),
        List.of(a.line(), a.column(), a.endLine(), a.endColumn(), a.keyLine(), a.keyColumn()));
    TomlValue b = deps.array().get(1);
    assertEquals(List.of(8, 3, 9, 5), List.of(b.line(), b.column(), b.endLine(), b.endColumn()));
    TomlValue table = doc.at("tool");
    assertEquals(
        List.of(4, 1),
        List.of(table.line(), table.column()),
        "a table opened by a header is placed at it");
    TomlValue pkg = doc.at("package").array().get(0);
    assertEquals(List.of(11, 3), List.of(pkg.line(), pkg.column()));
    TomlValue pkgName = pkg.at("name");
    assertEquals(List.of(12, 8), List.of(pkgName.line(), pkgName.column()));
    assertEquals(List.of(1, 1), List.of(doc.line(), doc.column()));
  }

  @Test
  void windowsLineEndsAndNoFinalNewline() throws Exception {
    TomlValue doc = TomlReader.parse("a = 1\r\n# c\r\nb = 'x' # c\r\n[t]\r\nc = [\r\n  2,\r\n]");
    assertEquals(1L, doc.at("a").value());
    assertEquals("x", doc.at("b").string());
    assertEquals(3, doc.at("b").line());
    assertEquals(2L, doc.at("t", "c").array().get(0).value());
    assertEquals(6, doc.at("t", "c").array().get(0).line());
  }

  /**
   * tomlj reads TOML 1.0 and its messages are shown to the user as they are, with the line. (A
   * unicode escape with too few digits is not listed: tomlj reports "Invalid unicode escape
   * sequence" for it, but trips a Java assertion first when assertions are on, as in tests.)
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`a = [1,\nb = 2` | 2 | `Unexpected 'b', expected ] or a newline`",
        "`a = [1` | 1 | `Unexpected end of input, expected ], a comma, or a newline`",
        "`a = [1,` | 1 | `Unexpected end of input, expected ] or a newline`",
        "`a = {b = 1` | 1 | `Unexpected end of input, expected }`",
        "`a = {b = 1 c = 2}` | 1 | `Unexpected 'c', expected } or a comma`",
        "`a = {b = 1,}` | 1 | `Unexpected '}', expected a-z, A-Z, 0-9, ', or \"`",
        "`a = \"x` | 1 | `Unexpected end of input, expected \" or a character`",
        "`a = \"x\ny\"` | 1 | `Unexpected end of line, expected \" or a character`",
        "`a = 'x\ny'` | 1 | `Unexpected end of line, expected '`",
        "`a = 'x` | 1 | `Unexpected end of input, expected '`",
        "`a = \"\"\"x\n\ny` | 3 | `Unexpected end of input, expected \"\"\" or a character`",
        "`a = \"\\q\"` | 1 | `Invalid escape sequence '\\q'`",
        "`a = \"\\e\"` | 1 | `Invalid escape sequence '\\e'`",
        "`a = \"\\` | 1 | `Unexpected '\\\\', expected \" or a character`",
        "`\n\na 1` | 3 | `Unexpected '1', expected . or =`",
        "`a.b 1` | 1 | `Unexpected '1', expected . or =`",
        "`a =` | 1 | `Unexpected end of input, expected ', \", ''', \"\"\", a number, a boolean, a date/time, an array, or a table`",
        "`a = ,` | 1 | `Unexpected ',', expected ', \", ''', \"\"\", a number, a boolean, a date/time, an array, or a table`",
        "`= 1` | 1 | `Unexpected '=', expected a-z, A-Z, 0-9, ', \", a table key, a newline, or end-of-input`",
        "`a. = 1` | 1 | `Unexpected '=', expected a-z, A-Z, 0-9, ', or \"`",
        "`[t` | 1 | `Unexpected end of input, expected ]`",
        "`[[t]` | 1 | `Unexpected ']', expected ]] or .`",
        "`[` | 1 | `Unexpected end of input, expected a-z, A-Z, 0-9, ], ', or \"`",
        "`a = 1 b = 2` | 1 | `Unexpected 'b', expected a newline or end-of-input`",
        "`[t] x` | 1 | `Unexpected 'x', expected a newline or end-of-input`",
        "`a = 99999999999999999999` | 1 | `Integer is too large`",
        "`a = 0xzz` | 1 | `Unexpected 'xzz', expected a newline or end-of-input`",
        "`a = yes` | 1 | `Unexpected 'y', expected ', \", ''', \"\"\", a number, a boolean, a date/time, an array, or a table`",
        "`a = 1\n[a]` | 2 | `a previously defined at line 1, column 1`",
        "`[t]\n[t]` | 2 | `t previously defined at line 1, column 1`",
        "`a = 1\n[a.b]` | 2 | `a is not a table (previously defined at line 1, column 1)`",
        "`a = 1\n[[a]]` | 2 | `a is not an array (previously defined at line 1, column 1)`",
        "`a = 1\na.b = 2` | 2 | `a is not a table (previously defined at line 1, column 1)`",
        "`a = []\n[a.b]` | 2 | `a is not a table (previously defined at line 1, column 1)`"
      })
  void syntaxErrorsSayWhereAndWhat(String toml, int line, String message) {
    TomlException e = assertThrows(TomlException.class, () -> TomlReader.parse(toml));
    assertEquals(message, e.getMessage());
    assertEquals(line, e.line());
  }
}
