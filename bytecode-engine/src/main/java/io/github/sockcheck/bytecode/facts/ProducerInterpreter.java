package io.github.sockcheck.bytecode.facts;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * An ASM interpreter whose values are the sets of instructions that produced them ({@link
 * Producers}). Loads, stores, {@code DUP*}, {@code SWAP}, {@code CHECKCAST} and integral
 * conversions are transparent, so a value read from a local names the definitions that reach the
 * read; ASM's fixpoint over the control-flow graph (branches, loops, exception handlers) does the
 * rest.
 */
final class ProducerInterpreter extends Interpreter<Producers> {

  /** Local slot → parameter index, -1 for slots that are not a parameter's first slot. */
  private final int[] parameterOfSlot;

  ProducerInterpreter(String descriptor, boolean isStatic) {
    super(Opcodes.ASM9);
    Type[] args = Type.getArgumentTypes(descriptor);
    int slots = isStatic ? 0 : 1;
    for (Type t : args) slots += t.getSize();
    parameterOfSlot = new int[slots];
    java.util.Arrays.fill(parameterOfSlot, -1);
    int slot = isStatic ? 0 : 1;
    for (int i = 0; i < args.length; i++) {
      parameterOfSlot[slot] = i;
      slot += args[i].getSize();
    }
  }

  @Override
  public Producers newValue(Type type) {
    if (type == Type.VOID_TYPE) return null;
    return Producers.empty(type == null ? 1 : type.getSize());
  }

  @Override
  public Producers newParameterValue(boolean isInstanceMethod, int local, Type type) {
    if (isInstanceMethod && local == 0) return Producers.of(Producers.THIS, 1);
    int index = local < parameterOfSlot.length ? parameterOfSlot[local] : -1;
    return index < 0
        ? newValue(type)
        : Producers.of(new Producers.Parameter(index), type.getSize());
  }

  @Override
  public Producers newEmptyValue(int local) {
    return Producers.empty(1);
  }

  @Override
  public Producers newExceptionValue(
      TryCatchBlockNode block, Frame<Producers> handlerFrame, Type exceptionType) {
    return Producers.of(Producers.CAUGHT, 1);
  }

  @Override
  public Producers newOperation(AbstractInsnNode insn) {
    int size =
        switch (insn.getOpcode()) {
          case Opcodes.LCONST_0, Opcodes.LCONST_1, Opcodes.DCONST_0, Opcodes.DCONST_1 -> 2;
          case Opcodes.LDC -> {
            Object value = ((LdcInsnNode) insn).cst;
            yield value instanceof Long || value instanceof Double ? 2 : 1;
          }
          case Opcodes.GETSTATIC -> Type.getType(((FieldInsnNode) insn).desc).getSize();
          default -> 1;
        };
    return Producers.of(insn, size);
  }

  @Override
  public Producers copyOperation(AbstractInsnNode insn, Producers value) {
    return value;
  }

  @Override
  public Producers unaryOperation(AbstractInsnNode insn, Producers value) {
    return switch (insn.getOpcode()) {
      case Opcodes.CHECKCAST, Opcodes.I2B, Opcodes.I2C, Opcodes.I2S -> value;
      case Opcodes.I2L -> value.withSize(2);
      case Opcodes.L2I -> value.withSize(1);
      case Opcodes.GETFIELD ->
          Producers.of(insn, Type.getType(((FieldInsnNode) insn).desc).getSize());
      case Opcodes.LNEG,
          Opcodes.DNEG,
          Opcodes.I2D,
          Opcodes.F2L,
          Opcodes.F2D,
          Opcodes.L2D,
          Opcodes.D2L ->
          Producers.of(insn, 2);
      default -> Producers.of(insn, 1);
    };
  }

  @Override
  public Producers binaryOperation(AbstractInsnNode insn, Producers value1, Producers value2) {
    int size =
        switch (insn.getOpcode()) {
          case Opcodes.LALOAD,
              Opcodes.DALOAD,
              Opcodes.LADD,
              Opcodes.DADD,
              Opcodes.LSUB,
              Opcodes.DSUB,
              Opcodes.LMUL,
              Opcodes.DMUL,
              Opcodes.LDIV,
              Opcodes.DDIV,
              Opcodes.LREM,
              Opcodes.DREM,
              Opcodes.LSHL,
              Opcodes.LSHR,
              Opcodes.LUSHR,
              Opcodes.LAND,
              Opcodes.LOR,
              Opcodes.LXOR ->
              2;
          default -> 1;
        };
    return Producers.of(insn, size);
  }

  @Override
  public Producers ternaryOperation(
      AbstractInsnNode insn, Producers value1, Producers value2, Producers value3) {
    return Producers.empty(1); // array stores push nothing
  }

  @Override
  public Producers naryOperation(AbstractInsnNode insn, List<? extends Producers> values) {
    int size;
    if (insn instanceof MethodInsnNode m) size = Type.getReturnType(m.desc).getSize();
    else if (insn instanceof InvokeDynamicInsnNode d) size = Type.getReturnType(d.desc).getSize();
    else size = 1; // MULTIANEWARRAY
    return Producers.of(insn, size);
  }

  @Override
  public void returnOperation(AbstractInsnNode insn, Producers value, Producers expected) {
    // returns are read off the frames afterwards
  }

  @Override
  public Producers merge(Producers value1, Producers value2) {
    return value1.merge(value2);
  }
}
