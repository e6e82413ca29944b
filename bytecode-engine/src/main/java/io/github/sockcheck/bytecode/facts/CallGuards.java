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
 * <p>Computed once per method, on first need, as dominance: each edge of a conditional jump gets a
 * node of its own in the graph, and an edge guards an instruction exactly when its node dominates
 * it (Cooper, Harvey and Kennedy's iterative algorithm, near linear in the method's size).
 */
final class CallGuards {

  private final InsnList insns;
  private final Frame<Producers>[] frames;
  private final List<List<Integer>> successors;
  private final ToIntFunction<Producers> nodes;

  /** An edge of a conditional jump: the jump, what taking this edge means for the tested value. */
  private record Edge(int jump, GuardOutcome outcome) {}

  /** Edge nodes, numbered from {@code insns.size()}. */
  private List<Edge> edges;

  /** The immediate dominator of each node (instructions, then edge nodes); -1 when unreachable. */
  private int[] idom;

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
    if (idom == null) dominators();
    List<Edge> chain = new ArrayList<>();
    if (idom[use] >= 0) {
      for (int x = use; x != 0; x = idom[x]) {
        if (x >= insns.size()) chain.add(edges.get(x - insns.size()));
      }
    }
    List<CallFact.BranchGuard> guards = new ArrayList<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      Edge e = chain.get(i);
      for (Producers operand : tested(e.jump())) {
        CallFact.BranchGuard g = new CallFact.BranchGuard(nodes.applyAsInt(operand), e.outcome());
        if (!guards.contains(g)) guards.add(g);
      }
    }
    return guards;
  }

  /** The control-flow graph with a node on each edge of a conditional jump, and its dominators. */
  private void dominators() {
    int n = insns.size();
    edges = new ArrayList<>();
    List<List<Integer>> succ = new ArrayList<>(n);
    for (int i = 0; i < n; i++) succ.add(new ArrayList<>(successors.get(i)));
    for (int at = 0; at < n; at++) {
      if (frames[at] == null || !isConditional(insns.get(at).getOpcode())) continue;
      int target = target(at);
      if (target == at + 1) continue; // both edges lead to the same place
      List<Integer> next = succ.get(at);
      for (int k = 0; k < next.size(); k++) {
        int to = next.get(k);
        if (to != target && to != at + 1) continue; // an exception edge
        edges.add(new Edge(at, outcome(at, to == target)));
        next.set(k, n + edges.size() - 1);
        succ.add(new ArrayList<>(List.of(to)));
      }
    }
    int total = succ.size();
    // Reverse postorder from the entry (iterative depth-first search).
    int[] post = new int[total];
    java.util.Arrays.fill(post, -1);
    int[] order = new int[total];
    int count = 0;
    BitSet seen = new BitSet(total);
    Deque<int[]> stack = new ArrayDeque<>();
    stack.push(new int[] {0, 0});
    seen.set(0);
    while (!stack.isEmpty()) {
      int[] top = stack.peek();
      List<Integer> next = succ.get(top[0]);
      if (top[1] < next.size()) {
        int to = next.get(top[1]++);
        if (!seen.get(to)) {
          seen.set(to);
          stack.push(new int[] {to, 0});
        }
      } else {
        stack.pop();
        post[top[0]] = count;
        order[count++] = top[0];
      }
    }
    List<List<Integer>> pred = new ArrayList<>(total);
    for (int i = 0; i < total; i++) pred.add(new ArrayList<>(2));
    for (int i = 0; i < total; i++) {
      if (!seen.get(i)) continue;
      for (int to : succ.get(i)) pred.get(to).add(i);
    }
    idom = new int[total];
    java.util.Arrays.fill(idom, -1);
    idom[0] = 0;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = count - 1; k >= 0; k--) {
        int b = order[k];
        if (b == 0) continue;
        int dom = -1;
        for (int p : pred.get(b)) {
          if (idom[p] < 0) continue;
          dom = dom < 0 ? p : intersect(p, dom, post);
        }
        if (dom != idom[b]) {
          idom[b] = dom;
          changed = true;
        }
      }
    }
  }

  private int intersect(int a, int b, int[] post) {
    while (a != b) {
      while (post[a] < post[b]) a = idom[a];
      while (post[b] < post[a]) b = idom[b];
    }
    return a;
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
}
