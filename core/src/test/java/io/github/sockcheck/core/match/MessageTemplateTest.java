package io.github.sockcheck.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

  @Test
  void rendersKnownPlaceholdersAndLeavesMissingOnesVisible() {
    assertEquals(
        "new X with fd -1 and {use}",
        MessageTemplate.render(
            "{call} with fd {arg:fd} and {use}", Map.of("call", "new X", "arg:fd", "-1")));
  }

  @Test
  void replacementTextIsLiteral() {
    assertEquals(
        "costs $1 \\ 2", MessageTemplate.render("costs {version}", Map.of("version", "$1 \\ 2")));
  }

  @Test
  void reportsUnknownPlaceholders() {
    assertEquals(
        List.of("{colour}", "{arg}", "{call:x}"),
        MessageTemplate.unknownPlaceholders("{call} {colour} {arg} {arg:fd} {call:x}"));
    assertEquals(List.of("fd", "family"), MessageTemplate.argRoles("{arg:fd} {arg:family}"));
  }
}
