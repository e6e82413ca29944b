package io.github.sockcheck.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Origins sort by kind, then by the text of the record ({@code toString()}): the order facts and
 * messages list them in. The key is spelt out by hand for speed, so it must agree with the records.
 */
class OriginOrderTest {

  @Test
  void theOrderIsThatOfKindAndRecordText() {
    List<Origin> origins =
        List.of(
            new Origin.Constant(10, "TEN"),
            new Origin.Constant(9, null),
            new Origin.Constant("a", "A"),
            new Origin.Null(),
            new Origin.ClassLiteral("a.B"),
            new Origin.Call("a.B", new TreeSet<>(List.of("x.Y", "a.Z")), "open", "m@1"),
            new Origin.Call("a.B", new TreeSet<>(), "open", "m@10"),
            new Origin.Call("a.B", new TreeSet<>(), "open", "m@9"),
            new Origin.Parameter("a.B#m(I)V", 10),
            new Origin.Parameter("a.B#m(I)V", 9),
            new Origin.Field("a.B", "f", true),
            new Origin.Field("a.B", "f", false),
            new Origin.Call("a.B", new TreeSet<>(List.of("a.Z")), "open", "m@1"),
            new Origin.Call("a.Bc", new TreeSet<>(), "open", "m@1"),
            new Origin.Constant("a", "B"),
            new Origin.Constant("a, name=B", "A"),
            new Origin.Parameter("a.B#m(I)V", 1),
            new Origin.Parameter("a.B#m(I)V", 1),
            new Origin.Unknown("why"),
            new Origin.Unknown("why not"));
    for (Origin a : origins) {
      for (Origin b : origins) {
        assertEquals(
            Integer.signum(text(a).compareTo(text(b))),
            Integer.signum(a.compareTo(b)),
            a + " vs " + b);
      }
    }
  }

  @Test
  void aTreeSetListsOriginsInThatOrder() {
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
    expected.sort(Comparator.comparing(OriginOrderTest::text));
    Collections.reverse(all);
    assertEquals(expected, new ArrayList<>(new TreeSet<>(all)));
  }

  private static String text(Origin o) {
    return o.getClass().getSimpleName() + ":" + o;
  }
}
