package io.github.sockcheck.bytecode.facts;

import io.github.sockcheck.core.facts.GuardOutcome;
import io.github.sockcheck.core.flow.CallFact;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.function.ToIntFunction;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * The branches a call is reached through only on one outcome: a conditional jump B guards the
 * instruction at {@code use} on edge e when removing e from the method's control-flow graph (normal
 * and exception edges) leaves {@code use} unreachable from the entry. The source engine reports the
 * same for {@code if}, {@code ?:}, {@code &&}, {@code ||} and early exits.
 *
 * <p>Each edge costs one walk of the graph, done once per method on first need; a method whose
 * branches times instructions exceed {@link #BUDGET} gets no guards (a known miss, never a wrong
 * guard).
 */
final class CallGuards {

  /** Branch edges × instructions walked at most per method. */
  static final long BUDGET = 4_000_000L;

  private final InsnList insns;
  private final Frame<Producers>[] frames;
  private final List<List<Integer>> successors;
  private final ToIntFunction<Producers> nodes;

  /** Per guarded edge: the jump, the edge's target, what it means, what is reachable without it. */
  private record Edge(int jump, int to, GuardOutcome outcome, BitSet reachableWithout) {}

  private List<Edge> edges;

  /**
   * @param nodes the value node of an operand (as the method's facts number them)
   */
  CallGuards(
      InsnList insns,
      Frame<Producers>[] frames,
      List<List<Integer>> successors,
      ToIntFunction<Producers> nodes) {
    this.insns = insns;
    this.frames = frames;
    this.successors = successors;
    this.nodes = nodes;
  }

  /** The guards of the instruction at {@code use}, outermost branch first. */
  List<CallFact.BranchGuard> of(int use) {
    if (edges == null) edges = edges();
    List<CallFact.BranchGuard> guards = new ArrayList<>();
    for (Edge e : edges) {
      if (e.reachableWithout().get(use)) continue;
      for (Producers operand : tested(e.jump())) {
        CallFact.BranchGuard g = new CallFact.BranchGuard(nodes.applyAsInt(operand), e.outcome());
        if (!guards.contains(g)) guards.add(g);
      }
    }
    return guards;
  }

  private List<Edge> edges() {
    List<Integer> jumps = new ArrayList<>();
    for (int i = 0; i < insns.size(); i++) {
      if (frames[i] != null && isConditional(insns.get(i).getOpcode()) && target(i) != i + 1)
        jumps.add(i);
    }
    List<Edge> found = new ArrayList<>();
    if ((long) jumps.size() * 2 * insns.size() > BUDGET) return found;
    for (int at : jumps) {
      int target = target(at);
      found.add(new Edge(at, target, outcome(at, true), reachableWithout(at, target)));
      found.add(new Edge(at, at + 1, outcome(at, false), reachableWithout(at, at + 1)));
    }
    return found;
  }

  private static boolean isConditional(int opcode) {
    return (opcode >= Opcodes.IFEQ && opcode <= Opcodes.IF_ACMPNE)
        || opcode == Opcodes.IFNULL
        || opcode == Opcodes.IFNONNULL;
  }

  private int target(int at) {
    return insns.indexOf(((JumpInsnNode) insns.get(at)).label);
  }

  /** The values the jump at {@code at} tests; a {@code null} it compares with is not one. */
  private List<Producers> tested(int at) {
    Frame<Producers> f = frames[at];
    int opcode = insns.get(at).getOpcode();
    Producers top = f.getStack(f.getStackSize() - 1);
    if (opcode < Opcodes.IF_ICMPEQ || opcode > Opcodes.IF_ACMPNE) return List.of(top);
    Producers below = f.getStack(f.getStackSize() - 2);
    if (isNull(top)) return List.of(below);
    if (isNull(below)) return List.of(top);
    return List.of(below, top);
  }

  /**
   * What taking the jump ({@code jumped}) or falling through means for the tested value: its
   * nullness for null tests, its truth for a boolean tested against 0, else a comparison.
   */
  private GuardOutcome outcome(int at, boolean jumped) {
    int opcode = insns.get(at).getOpcode();
    switch (opcode) {
      case Opcodes.IFNULL:
        return jumped ? GuardOutcome.NULL : GuardOutcome.NON_NULL;
      case Opcodes.IFNONNULL:
        return jumped ? GuardOutcome.NON_NULL : GuardOutcome.NULL;
      case Opcodes.IF_ACMPEQ, Opcodes.IF_ACMPNE:
        {
          Frame<Producers> f = frames[at];
          boolean nullTest =
              isNull(f.getStack(f.getStackSize() - 1)) || isNull(f.getStack(f.getStackSize() - 2));
          if (!nullTest) return GuardOutcome.COMPARED;
          boolean equal = (opcode == Opcodes.IF_ACMPEQ) == jumped;
          return equal ? GuardOutcome.NULL : GuardOutcome.NON_NULL;
        }
      case Opcodes.IFEQ, Opcodes.IFNE:
        {
          Frame<Producers> f = frames[at];
          if (!isBoolean(f.getStack(f.getStackSize() - 1))) return GuardOutcome.COMPARED;
          boolean nonZero = (opcode == Opcodes.IFNE) == jumped;
          return nonZero ? GuardOutcome.TRUE : GuardOutcome.FALSE;
        }
      default:
        return GuardOutcome.COMPARED;
    }
  }

  private static boolean isNull(Producers p) {
    if (p.sources().isEmpty()) return false;
    for (Object s : p.sources()) {
      if (!(s instanceof AbstractInsnNode insn) || insn.getOpcode() != Opcodes.ACONST_NULL)
        return false;
    }
    return true;
  }

  /**
   * A value tested against 0 is a boolean unless something made it another type: a call or field of
   * a non-boolean type, arithmetic, a constant other than 0 or 1. The constants 0 and 1 are how
   * javac writes {@code boolean b = x != null}.
   */
  private static boolean isBoolean(Producers p) {
    if (p.sources().isEmpty()) return false;
    for (Object s : p.sources()) {
      if (!(s instanceof AbstractInsnNode insn)) return false;
      int opcode = insn.getOpcode();
      boolean bool =
          insn instanceof MethodInsnNode m
              ? Type.getReturnType(m.desc).getSort() == Type.BOOLEAN
              : insn instanceof FieldInsnNode f
                  ? "Z".equals(f.desc)
                  : opcode == Opcodes.ICONST_0
                      || opcode == Opcodes.ICONST_1
                      || opcode == Opcodes.INSTANCEOF;
      if (!bool) return false;
    }
    return true;
  }

  /** Instructions reachable from the entry when the edge {@code from → to} is removed. */
  private BitSet reachableWithout(int from, int to) {
    BitSet seen = new BitSet(insns.size());
    Deque<Integer> work = new ArrayDeque<>();
    work.push(0);
    seen.set(0);
    while (!work.isEmpty()) {
      int i = work.pop();
      for (int next : successors.get(i)) {
        if (i == from && next == to) continue;
        if (!seen.get(next)) {
          seen.set(next);
          work.push(next);
        }
      }
    }
    return seen;
  }
}
