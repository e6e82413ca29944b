package io.github.sockcheck.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixTemplateTest {

  @Test
  void invalidPlaceholdersDependOnTheEdit() {
    assertEquals(
        List.of("{callee}", "{arg}", "{nope:x}"),
        FixTemplate.invalid("{callee}{arg}{nope:x}{arg:fd}", false));
    assertEquals(List.of("{args:x}"), FixTemplate.invalid("{callee}({args:x})", true));
    assertEquals(
        List.of("fd", "family"), FixTemplate.roles("{arg:fd} {qualifier:family} {callee}"));
  }

  @Test
  void renderNeedsEveryValue() {
    Map<String, String> values = Map.of("arg:fd", "3");
    assertEquals(
        Optional.of("f(3, $1)"),
        FixTemplate.render("f({arg:fd}, $1)", k -> Optional.ofNullable(values.get(k))));
    assertEquals(
        Optional.empty(),
        FixTemplate.render("f({arg:other})", k -> Optional.ofNullable(values.get(k))));
  }
}
