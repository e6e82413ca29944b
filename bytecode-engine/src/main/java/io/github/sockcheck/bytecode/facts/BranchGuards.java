package io.github.sockcheck.bytecode.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Narrows a value that reaches a call on several paths when the call is only reached through the
 * "equal" edge of a comparison of that same value with a constant: inside {@code if (family ==
 * APR_UNIX)}, the family is {@code APR_UNIX}, whatever else it may hold before the test. The source
 * engine does the same on its statements; here the test is read off the comparison's operand frames
 * and the control-flow graph.
 *
 * <p>Sound only when no definition of the value can run between the edge and the call: a guard is
 * used only when none of the value's producing instructions is reachable from the edge without
 * passing the comparison again.
 */
final class BranchGuards {

  private final InsnList insns;
  private final Frame<Producers>[] frames;
  private final List<List<Integer>> successors;
  private final List<Integer> comparisons = new ArrayList<>();

  /**
   * @param successors per instruction, the instructions control can go to next (normal and
   *     exception edges)
   */
  BranchGuards(InsnList insns, Frame<Producers>[] frames, List<List<Integer>> successors) {
    this.insns = insns;
    this.frames = frames;
    this.successors = successors;
    for (int i = 0; i < insns.size(); i++) {
      if (frames[i] != null && equalEdge(i) >= 0) comparisons.add(i);
    }
  }

  /**
   * {@code value} as seen by the instruction at {@code use}: a single constant when a guard pins
   * it, else unchanged.
   */
  Producers narrow(Producers value, int use) {
    if (value.sources().size() < 2 || comparisons.isEmpty()) return value;
    for (int at : comparisons) {
      Object constant = comparedWith(at, value);
      if (constant == null) continue;
      int edge = equalEdge(at);
      if (jumpTarget(at) == at + 1) continue; // both edges lead to the same place
      if (reaches(0, use, at, edge)) continue; // the call is reachable without the equal edge
      if (redefinedAfter(value, at, edge)) continue;
      return Producers.of(constant, value.getSize());
    }
    return value;
  }

  /**
   * The constant the comparison at {@code at} tests {@code value} against, or null when it does not
   * test it.
   */
  private Object comparedWith(int at, Producers value) {
    Frame<Producers> frame = frames[at];
    int opcode = insns.get(at).getOpcode();
    if (opcode == Opcodes.IFEQ || opcode == Opcodes.IFNE) {
      return top(frame, 0).sources().equals(value.sources()) ? Producers.INT_ZERO : null;
    }
    Producers left = top(frame, 1);
    Producers right = top(frame, 0);
    if (left.sources().equals(value.sources())) return constantProducer(right);
    if (right.sources().equals(value.sources())) return constantProducer(left);
    return null;
  }

  private static Object constantProducer(Producers p) {
    if (p.sources().size() != 1) return null;
    Object only = p.sources().iterator().next();
    if (!(only instanceof AbstractInsnNode insn)) return null;
    int opcode = insn.getOpcode();
    if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5) return insn;
    if (insn instanceof IntInsnNode && (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH))
      return insn;
    if (insn instanceof LdcInsnNode ldc
        && (ldc.cst instanceof Integer || ldc.cst instanceof String)) return insn;
    return null;
  }

  /**
   * The instruction control reaches when the comparison at {@code at} finds its operands equal, or
   * -1.
   */
  private int equalEdge(int at) {
    return switch (insns.get(at).getOpcode()) {
      case Opcodes.IF_ICMPNE, Opcodes.IF_ACMPNE, Opcodes.IFNE -> at + 1;
      case Opcodes.IF_ICMPEQ, Opcodes.IF_ACMPEQ, Opcodes.IFEQ -> jumpTarget(at);
      default -> -1;
    };
  }

  private int jumpTarget(int at) {
    return insns.get(at) instanceof JumpInsnNode j ? insns.indexOf(j.label) : -1;
  }

  /**
   * Whether a value's producing instruction can run again after the edge before the comparison is
   * passed anew.
   */
  private boolean redefinedAfter(Producers value, int at, int edge) {
    for (Object p : value.sources()) {
      if (p instanceof AbstractInsnNode insn && reaches(edge, insns.indexOf(insn), at, -1))
        return true;
    }
    return false;
  }

  /**
   * Whether {@code target} is reachable from {@code start} without taking the edge {@code from →
   * to} (with {@code to == -1}: without passing instruction {@code from} at all).
   */
  private boolean reaches(int start, int target, int from, int to) {
    if (to < 0 && start == from) return false;
    BitSet seen = new BitSet(insns.size());
    Deque<Integer> work = new ArrayDeque<>();
    work.push(start);
    seen.set(start);
    while (!work.isEmpty()) {
      int i = work.pop();
      if (i == target) return true;
      for (int next : successors.get(i)) {
        if (i == from && (to < 0 || next == to)) continue;
        if (to < 0 && next == from) continue;
        if (!seen.get(next)) {
          seen.set(next);
          work.push(next);
        }
      }
    }
    return false;
  }

  private static Producers top(Frame<Producers> frame, int depth) {
    return frame.getStack(frame.getStackSize() - 1 - depth);
  }
}
