package io.github.sockcheck.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Origins sort by kind, then by text: the order of {@code kind + ":" + text}. */
class OriginOrderTest {

  private static String kindAndText(Origin o) {
    return o.getClass().getSimpleName() + ":" + o;
  }

  @Test
  void sortsAsKindColonText() {
    List<Origin> all =
        new ArrayList<>(
            List.of(
                new Origin.Constant(2, null),
                new Origin.Constant("a", "A"),
                new Origin.Null(),
                new Origin.ClassLiteral("a.B"),
                new Origin.ClassLiteral("a.B$C"),
                new Origin.Call("a.B", new TreeSet<>(List.of("x.Y")), "m", "a.B#f()@1"),
                new Origin.Call("a.B2", new TreeSet<>(), "m", "a.B#f()@10"),
                new Origin.Call("a.B$C", new TreeSet<>(), "m", "a.B#f()@2"),
                new Origin.Parameter("a.B#f(int)", 10),
                new Origin.Parameter("a.B#f(int)", 9),
                new Origin.Field("a.B", "f", true),
                new Origin.Field("a.B", "f", false),
                new Origin.Unknown("no value"),
                new Origin.Unknown("no value reaches it")));
    List<Origin> expected = new ArrayList<>(all);
    expected.sort(Comparator.comparing(OriginOrderTest::kindAndText));
    java.util.Collections.reverse(all);
    assertEquals(expected, new ArrayList<>(new TreeSet<>(all)));
  }

  @Test
  void noKindNameIsAPrefixOfAnother() {
    List<String> names = new ArrayList<>();
    for (Class<?> kind : Origin.class.getPermittedSubclasses()) names.add(kind.getSimpleName());
    for (String a : names)
      for (String b : names)
        if (!a.equals(b)) assertFalse(b.startsWith(a), b + " starts with " + a);
  }
}
