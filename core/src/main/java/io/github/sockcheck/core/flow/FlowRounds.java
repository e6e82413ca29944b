package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.index.CallPatternIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The analysis loop both Java engines share: analyse the inputs the pre-filter kept, ask the solver
 * what more code would sharpen its answers ({@link Need}), analyse the inputs that can hold it, and
 * repeat a bounded number of times. Which inputs hold a need is the engine's business (file texts,
 * constant pools); the loop, its bound and its order are the same for both.
 *
 * @param <I> an engine's input unit (a source file, a class file)
 */
public final class FlowRounds<I> {

  /**
   * Rounds after the first: enough for a value that crosses three method or field boundaries
   * between files.
   */
  public static final int MAX_EXTRA_ROUNDS = 3;

  /** What an engine provides to the loop. */
  public interface Front<I> {
    /** Local facts of these inputs (in the given order); never throws for a bad input. */
    List<ClassFacts> analyse(List<I> inputs) throws InterruptedException;

    /** Inputs not yet analysed that can satisfy some of these needs, in a stable order. */
    List<I> inputsFor(SortedSet<Need> needs);
  }

  /** The facts of every analysed input, and how many inputs each round added (for statistics). */
  public record Result(List<ClassFacts> facts, FlowSolver solver, List<Integer> roundSizes) {}

  private final FlowModel model;
  private final CallPatternIndex index;

  public FlowRounds(FlowModel model, CallPatternIndex index) {
    this.model = model;
    this.index = index;
  }

  public Result run(List<I> initial, Front<I> front) throws InterruptedException {
    List<ClassFacts> facts = new ArrayList<>(front.analyse(initial));
    List<Integer> sizes = new ArrayList<>(List.of(initial.size()));
    Set<I> analysed = new LinkedHashSet<>(initial);
    Set<Need> asked = new TreeSet<>();
    FlowSolver solver = new FlowSolver(facts, model);
    for (int round = 0; round < MAX_EXTRA_ROUNDS; round++) {
      SortedSet<Need> needs = new TreeSet<>(solver.needs(index));
      needs.removeAll(asked);
      if (needs.isEmpty()) break;
      asked.addAll(needs);
      List<I> more = new ArrayList<>();
      for (I input : front.inputsFor(needs)) if (analysed.add(input)) more.add(input);
      if (more.isEmpty()) break;
      facts.addAll(front.analyse(more));
      sizes.add(more.size());
      solver = new FlowSolver(facts, model);
    }
    return new Result(facts, solver, sizes);
  }
}
