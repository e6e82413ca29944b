package io.github.sockcheck.core.flow;

import static io.github.sockcheck.core.flow.FactsBuilder.method;
import static io.github.sockcheck.core.flow.FactsBuilder.type;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.java;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.flow.CallFact.Kind;
import io.github.sockcheck.core.flow.FactsBuilder.MethodBuilder;
import io.github.sockcheck.core.index.CallPatternIndex;
import io.github.sockcheck.core.rules.FlowModelLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/** The analysis loop: which inputs each round adds, and when it stops. */
class FlowRoundsTest {

  private static final String EPOLL = "io.netty.channel.epoll.EpollServerSocketChannel";

  private static final CallPatternIndex INDEX =
      new CallPatternIndex(
          List.of(
              rule(
                  "r",
                  Set.of("source"),
                  "m",
                  null,
                  java(EPOLL, "<init>", List.of("int"), Map.of("fd", 0)))));

  /**
   * Inputs are class names; a class {@code Cn} passes the result of {@code C(n+1).next()} to the
   * pattern call (or, for the last, returns a constant), so each round needs the next class.
   */
  private static class Chain implements FlowRounds.Front<String> {
    final int length;
    final List<List<String>> analysed = new ArrayList<>();
    final List<SortedSet<Need>> asked = new ArrayList<>();

    Chain(int length) {
      this.length = length;
    }

    @Override
    public List<ClassFacts> analyse(List<String> inputs) {
      analysed.add(List.copyOf(inputs));
      List<ClassFacts> facts = new ArrayList<>();
      for (String input : inputs) facts.add(classFor(Integer.parseInt(input.substring(1))));
      return facts;
    }

    private ClassFacts classFor(int n) {
      MethodBuilder next = method("next", Access.PUBLIC).asStatic().returning("int");
      int value =
          n + 1 < length
              ? next.call("com.example.C" + (n + 1), "next", Kind.STATIC, -1, "int")
              : next.constant(n);
      next.ret(value);
      if (n == 0) next.construct(EPOLL, value);
      return type("com.example.C" + n).method(next).build();
    }

    @Override
    public List<String> inputsFor(SortedSet<Need> needs) {
      asked.add(needs);
      List<String> inputs = new ArrayList<>();
      for (Need need : needs)
        if (need instanceof Need.ClassNamed c)
          inputs.add(c.type().substring("com.example.".length()));
      inputs.add("C0"); // already analysed: never analysed twice
      return inputs;
    }
  }

  private static FlowRounds.Result run(Chain chain) throws InterruptedException {
    return new FlowRounds<String>(FlowModelLoader.builtIn(), INDEX).run(List.of("C0"), chain);
  }

  @Test
  void eachRoundAnalysesWhatTheLastNeededAndStopsWhenNothingIsNeeded() throws Exception {
    Chain chain = new Chain(3);
    FlowRounds.Result result = run(chain);
    assertEquals(List.of(List.of("C0"), List.of("C1"), List.of("C2")), chain.analysed);
    assertEquals(List.of(1, 1, 1), result.roundSizes());
    assertEquals(3, result.facts().size());
    // The final solver sees the whole chain: the constant of the last class reaches the pattern
    // call.
    FlowSolver.CallRef ctor =
        result.solver().calls().stream()
            .filter(c -> c.fact().owner().equals(EPOLL))
            .findFirst()
            .orElseThrow();
    assertEquals(Set.of(new Origin.Constant(2L, null)), result.solver().argumentOrigins(ctor, 0));
  }

  @Test
  void aNeedIsAskedOnce() throws Exception {
    Chain chain = new Chain(3);
    run(chain);
    for (int i = 1; i < chain.asked.size(); i++) {
      for (Need earlier : chain.asked.get(i - 1))
        assertEquals(false, chain.asked.get(i).contains(earlier), chain.asked::toString);
    }
  }

  @Test
  void theLoopIsBounded() throws Exception {
    Chain chain = new Chain(10);
    FlowRounds.Result result = run(chain);
    assertEquals(1 + FlowRounds.MAX_EXTRA_ROUNDS, chain.analysed.size(), chain.analysed::toString);
    assertEquals(List.of(1, 1, 1, 1), result.roundSizes());
    assertEquals(4, result.facts().size());
  }

  @Test
  void noNewInputEndsTheLoop() throws Exception {
    Chain chain =
        new Chain(3) {
          @Override
          public List<String> inputsFor(SortedSet<Need> needs) {
            asked.add(needs);
            return List.of("C0");
          }
        };
    FlowRounds.Result result = run(chain);
    assertEquals(List.of(List.of("C0")), chain.analysed);
    assertEquals(1, chain.asked.size());
    assertEquals(List.of(1), result.roundSizes());
  }

  @Test
  void aProgramThatNeedsNothingIsAnalysedOnce() throws Exception {
    Chain chain = new Chain(1);
    FlowRounds.Result result = run(chain);
    assertEquals(List.of(List.of("C0")), chain.analysed);
    assertEquals(List.of(), chain.asked);
    assertEquals(List.of(1), result.roundSizes());
  }
}
