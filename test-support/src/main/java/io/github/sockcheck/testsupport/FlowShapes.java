package io.github.sockcheck.testsupport;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.Guard;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.rules.CallPattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the source and the bytecode engine's tests of the same flow shapes ({@code
 * testdata/flow/*.txt}) share: the call they look for and how they print what reaches it, so that
 * both compare against the same text.
 */
public final class FlowShapes {

  private FlowShapes() {}

  /** {@code p.Lib.take(int fd)}, role {@code fd}: the call each shape's {@code Shape.run} makes. */
  public static final CallPattern TAKE =
      new CallPattern(
          Language.JAVA,
          "p.Lib",
          false,
          "take",
          List.of("int"),
          null,
          Map.of("fd", 0),
          Map.of(),
          List.of());

  /** {@code OUTCOME:member+member} per guard, sorted; {@code -} for none. */
  public static String describeGuards(List<Guard> guards) {
    Set<String> out = new TreeSet<>();
    for (Guard g : guards) {
      Set<String> producers = new TreeSet<>();
      for (ArgFact.Value v : g.tested().values()) {
        if (v.origin() == ArgOrigin.CALL)
          producers.add(v.producedBy().substring(v.producedBy().indexOf('#') + 1));
        else if (v.origin() != ArgOrigin.CONSTANT && v.origin() != ArgOrigin.NULL)
          producers.add(v.origin().name().toLowerCase(Locale.ROOT));
      }
      out.add(g.outcome().name() + ":" + String.join("+", producers));
    }
    return out.isEmpty() ? "-" : String.join(" ", out);
  }
}
