package io.github.sockcheck.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The word an engine looks for in a file's text to find what may satisfy a need, and the small
 * names of the facts.
 */
class NeedTest {

  @Test
  void callersOfAMethodMentionItsName() {
    assertEquals("wrap", new Need.CallersOf("com.example.Server", "wrap", true).word());
  }

  @Test
  void callersOfAConstructorMentionTheSimpleClassName() {
    assertEquals("Server", new Need.CallersOf("com.example.Server", "<init>", false).word());
    assertEquals("Inner", new Need.CallersOf("com.example.Outer$Inner", "<init>", false).word());
    assertEquals("Top", new Need.CallersOf("Top", "<init>", false).word());
  }

  @Test
  void accessorsMentionTheFieldAndAClassItsSimpleName() {
    assertEquals("channel", new Need.AccessorsOf("com.example.Server", "channel", true).word());
    assertEquals("Fds", new Need.ClassNamed("com.example.config.Fds").word());
    assertEquals("Inner", new Need.ClassNamed("com.example.Outer$Inner").word());
  }

  @Test
  void packageOfANestedOrTopLevelType() {
    assertEquals("com.example", Need.packageOf("com.example.Outer$Inner"));
    assertEquals("com.example", Need.packageOf("com.example.Outer"));
    assertEquals("", Need.packageOf("Outer$In.ner"));
    assertEquals("", Need.packageOf("Outer"));
  }

  @Test
  void needsAreOrderedByTheirText() {
    Need a = new Need.AccessorsOf("com.example.A", "f", true);
    Need b = new Need.CallersOf("com.example.A", "m", true);
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(a) > 0);
    assertEquals(0, a.compareTo(new Need.AccessorsOf("com.example.A", "f", true)));
  }

  @Test
  void classFactsNames() {
    ClassFacts nested =
        new ClassFacts(
            "com.example.Server$1",
            null,
            List.of(),
            Access.PACKAGE,
            "S.java",
            null,
            List.of(),
            List.of());
    assertEquals("com.example", nested.packageName());
    assertEquals("1", nested.simpleName());
    ClassFacts top =
        new ClassFacts(
            "Main", null, List.of(), Access.PUBLIC, "Main.java", null, List.of(), List.of());
    assertEquals("", top.packageName());
    assertEquals("Main", top.simpleName());
  }

  @Test
  void callFactArgumentTexts() {
    CallFact withTexts =
        new CallFact(
            "o",
            java.util.Set.of(),
            "<init>",
            null,
            "void",
            CallFact.Kind.CONSTRUCTOR,
            -1,
            List.of(0, 1),
            java.util.Arrays.asList("fd", null),
            null,
            true,
            List.of());
    assertEquals("fd", withTexts.argText(0));
    assertEquals(null, withTexts.argText(1));
    assertEquals(null, withTexts.argText(2));
    assertTrue(withTexts.isConstructor());
    CallFact bytecode =
        new CallFact(
            "o",
            java.util.Set.of(),
            "m",
            null,
            "void",
            CallFact.Kind.STATIC,
            -1,
            List.of(0),
            null,
            null,
            true,
            List.of());
    assertEquals(null, bytecode.argText(0));
    assertEquals(false, bytecode.isConstructor());
  }
}
