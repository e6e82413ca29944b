package io.github.sockcheck.bytecode.facts;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.flow.CallFact;
import io.github.sockcheck.core.flow.FieldStore;
import io.github.sockcheck.core.flow.MethodFacts;
import io.github.sockcheck.core.flow.TypeRef;
import io.github.sockcheck.core.flow.TypeTest;
import io.github.sockcheck.core.flow.ValueNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Turns one analysed method (its instructions and the {@link Producers} frames before each) into
 * {@link MethodFacts}: a value node per producing instruction (a {@code Merge} where several reach
 * a use), a {@link CallFact} per invocation and lambda, field stores, returns, casts and type
 * references.
 */
final class MethodFactsBuilder {

  private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";
  private static final String SWITCH_BOOTSTRAPS = "java/lang/runtime/SwitchBootstraps";

  private final MethodNode method;
  private final Frame<Producers>[] frames;
  private final ExtractionContext context;
  private final InsnList insns;
  private final int[] lines;
  private final BranchGuards guards;
  private final CallGuards callGuards;

  private final List<ValueNode> nodes = new ArrayList<>();
  private final Map<Object, Integer> producerNodes = new IdentityHashMap<>();
  private final Map<Object, Integer> parameterNodes = new HashMap<>();
  private final Map<Set<Object>, Integer> mergeNodes = new HashMap<>();

  /** Call-producing instruction → its index in {@link #calls}. */
  private final Map<AbstractInsnNode, Integer> callIndex = new IdentityHashMap<>();

  /** {@code NEW} → the {@code <init>} invocation that initialises the object it allocated. */
  private final Map<AbstractInsnNode, MethodInsnNode> initOf = new IdentityHashMap<>();

  private final List<CallFact> calls = new ArrayList<>();

  /**
   * @param successors per instruction, where control goes next (see {@link BranchGuards})
   */
  MethodFactsBuilder(
      MethodNode method,
      Frame<Producers>[] frames,
      List<List<Integer>> successors,
      ExtractionContext context) {
    this.method = method;
    this.frames = frames;
    this.context = context;
    this.insns = method.instructions;
    this.lines = lines(insns);
    this.guards = new BranchGuards(insns, frames, successors);
    this.callGuards = new CallGuards(insns, frames, successors, this::node);
  }

  MethodFacts build() {
    numberCalls();
    List<Integer> returns = new ArrayList<>();
    List<FieldStore> stores = new ArrayList<>();
    List<TypeTest> tests = new ArrayList<>();
    List<TypeRef> refs = new ArrayList<>();
    CallFact[] callFacts = new CallFact[callIndex.size()];
    for (int i = 0; i < insns.size(); i++) {
      Frame<Producers> frame = frames[i];
      if (frame == null) continue; // unreachable
      AbstractInsnNode insn = insns.get(i);
      int opcode = insn.getOpcode();
      Integer call = callIndex.get(insn);
      if (call != null) {
        callFacts[call] =
            insn instanceof MethodInsnNode m
                ? invocation(m, frame, i)
                : lambda((InvokeDynamicInsnNode) insn, frame, i);
      }
      switch (opcode) {
        case Opcodes.PUTFIELD -> {
          FieldInsnNode f = (FieldInsnNode) insn;
          stores.add(
              new FieldStore(
                  Descriptors.dotted(f.owner),
                  f.name,
                  false,
                  node(stack(frame, 1)),
                  node(stack(frame, 0)),
                  location(i)));
        }
        case Opcodes.PUTSTATIC -> {
          FieldInsnNode f = (FieldInsnNode) insn;
          stores.add(
              new FieldStore(
                  Descriptors.dotted(f.owner),
                  f.name,
                  true,
                  -1,
                  node(stack(frame, 0)),
                  location(i)));
        }
        case Opcodes.IRETURN,
            Opcodes.LRETURN,
            Opcodes.FRETURN,
            Opcodes.DRETURN,
            Opcodes.ARETURN -> {
          int value = node(stack(frame, 0));
          if (!returns.contains(value)) returns.add(value);
        }
        case Opcodes.CHECKCAST, Opcodes.INSTANCEOF -> {
          String type = typeOf((TypeInsnNode) insn);
          boolean cast = opcode == Opcodes.CHECKCAST;
          tests.add(new TypeTest(node(stack(frame, 0)), type, cast, location(i)));
          refs.add(
              new TypeRef(type, cast ? TypeRef.Kind.CAST : TypeRef.Kind.INSTANCEOF, location(i)));
        }
        case Opcodes.LDC -> {
          if (((LdcInsnNode) insn).cst instanceof Type t && isReferenceType(t)) {
            refs.add(new TypeRef(typeName(t), TypeRef.Kind.CLASS_LITERAL, location(i)));
          }
        }
        case Opcodes.INVOKEDYNAMIC -> typeRefsOfIndy((InvokeDynamicInsnNode) insn, i, refs);
        default -> {}
      }
    }
    return new MethodFacts(
        method.name,
        Descriptors.parameterTypes(method.desc),
        Descriptors.returnType(method.desc),
        ClassFactsExtractor.access(method.access),
        (method.access & Opcodes.ACC_STATIC) != 0,
        (method.access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0,
        nodes,
        List.of(callFacts),
        returns,
        stores,
        tests,
        refs);
  }

  /**
   * Numbers every reachable call (invocations and lambdas) in instruction order, and pairs {@code
   * NEW}s with their {@code <init>}.
   */
  private void numberCalls() {
    for (int i = 0; i < insns.size(); i++) {
      if (frames[i] == null) continue;
      AbstractInsnNode insn = insns.get(i);
      if (insn instanceof MethodInsnNode m) {
        callIndex.put(insn, callIndex.size());
        if (m.getOpcode() == Opcodes.INVOKESPECIAL && m.name.equals("<init>")) {
          Producers receiver = stack(frames[i], Type.getArgumentTypes(m.desc).length);
          for (Object p : receiver.sources()) {
            if (p instanceof TypeInsnNode t && t.getOpcode() == Opcodes.NEW)
              initOf.putIfAbsent(t, m);
          }
        }
      } else if (insn instanceof InvokeDynamicInsnNode d && lambdaTarget(d) != null) {
        callIndex.put(insn, callIndex.size());
      }
    }
  }

  private CallFact invocation(MethodInsnNode m, Frame<Producers> frame, int index) {
    int argCount = Type.getArgumentTypes(m.desc).length;
    List<Integer> args = new ArrayList<>(argCount);
    for (int a = 0; a < argCount; a++)
      args.add(node(guards.narrow(stack(frame, argCount - 1 - a), index)));
    String owner = ownerName(m.owner);
    Set<String> supertypes =
        m.owner.startsWith("[") ? Set.of() : context.headers().supertypes(m.owner);
    CallFact.Kind kind;
    int receiver = -1;
    Location at = location(index);
    if (m.getOpcode() == Opcodes.INVOKESTATIC) {
      kind = CallFact.Kind.STATIC;
    } else {
      Producers target = stack(frame, argCount);
      if (m.name.equals("<init>")
          && target.sources().contains(Producers.THIS)
          && method.name.equals("<init>")) {
        kind = CallFact.Kind.SUPER_CONSTRUCTOR;
        receiver = node(target);
      } else if (m.name.equals("<init>")) {
        kind = CallFact.Kind.CONSTRUCTOR;
        AbstractInsnNode allocation = allocation(target);
        if (allocation != null)
          at = location(insns.indexOf(allocation)); // the line of `new`, as in source
      } else {
        kind = CallFact.Kind.VIRTUAL;
        receiver = node(target);
      }
    }
    return new CallFact(
        owner,
        supertypes,
        m.name,
        Descriptors.parameterTypes(m.desc),
        Descriptors.returnType(m.desc),
        kind,
        receiver,
        args,
        null,
        at,
        true,
        callGuards.of(index));
  }

  /** A lambda or method reference: the implementation method, its captured receiver and values. */
  private CallFact lambda(InvokeDynamicInsnNode d, Frame<Producers> frame, int index) {
    Handle impl = lambdaTarget(d);
    int captured = Type.getArgumentTypes(d.desc).length;
    boolean bound =
        captured > 0
            && impl.getTag() != Opcodes.H_INVOKESTATIC
            && impl.getTag() != Opcodes.H_NEWINVOKESPECIAL;
    int receiver = bound ? node(stack(frame, captured - 1)) : -1;
    List<Integer> args = arguments(frame, captured, bound ? 1 : 0);
    return new CallFact(
        ownerName(impl.getOwner()),
        Set.of(),
        impl.getName(),
        Descriptors.parameterTypes(impl.getDesc()),
        Descriptors.returnType(impl.getDesc()),
        CallFact.Kind.LAMBDA,
        receiver,
        args,
        null,
        location(index),
        true,
        List.of());
  }

  private void typeRefsOfIndy(InvokeDynamicInsnNode d, int index, List<TypeRef> refs) {
    Handle impl = lambdaTarget(d);
    if (impl != null && impl.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
      refs.add(
          new TypeRef(ownerName(impl.getOwner()), TypeRef.Kind.METHOD_REFERENCE, location(index)));
    }
    // A pattern-matching switch names its case types as bootstrap arguments: `case X x ->` is an
    // instanceof X.
    if (SWITCH_BOOTSTRAPS.equals(d.bsm.getOwner())) {
      for (Object arg : d.bsmArgs) {
        if (arg instanceof Type t && isReferenceType(t))
          refs.add(new TypeRef(typeName(t), TypeRef.Kind.INSTANCEOF, location(index)));
      }
    }
  }

  /** The implementation handle of a {@code LambdaMetafactory} call site, else null. */
  private static Handle lambdaTarget(InvokeDynamicInsnNode d) {
    if (!LAMBDA_METAFACTORY.equals(d.bsm.getOwner()) || d.bsmArgs.length < 2) return null;
    return d.bsmArgs[1] instanceof Handle h ? h : null;
  }

  /**
   * The nodes of the {@code count} topmost stack values, deepest first, skipping the first {@code
   * skip}.
   */
  private List<Integer> arguments(Frame<Producers> frame, int count, int skip) {
    List<Integer> args = new ArrayList<>(count);
    for (int a = skip; a < count; a++) args.add(node(stack(frame, count - 1 - a)));
    return args;
  }

  /** The {@code NEW} that allocated an object under construction, if that is its only producer. */
  private static AbstractInsnNode allocation(Producers target) {
    if (target.sources().size() != 1) return null;
    Object only = target.sources().iterator().next();
    return only instanceof TypeInsnNode t && t.getOpcode() == Opcodes.NEW ? t : null;
  }

  /** The value {@code depth} entries below the top of the operand stack (0 = top). */
  private static Producers stack(Frame<Producers> frame, int depth) {
    return frame.getStack(frame.getStackSize() - 1 - depth);
  }

  // --- value nodes
  // ---------------------------------------------------------------------------------

  /**
   * The node of a value: its one producer's node, a {@code Merge} of several, {@code Unknown} for
   * none.
   */
  private int node(Producers value) {
    Set<Object> sources = value.sources();
    if (sources.isEmpty()) return add(new ValueNode.Unknown("no value"));
    if (sources.size() == 1) return producerNode(sources.iterator().next());
    Integer known = mergeNodes.get(sources);
    if (known != null) return known;
    int merge = add(null); // reserved first: an input may lead back here through a loop
    mergeNodes.put(sources, merge);
    List<Object> ordered = new ArrayList<>(sources);
    ordered.sort(Comparator.comparingInt(this::order));
    List<Integer> inputs = new ArrayList<>();
    for (Object p : ordered) {
      int n = producerNode(p);
      if (!inputs.contains(n)) inputs.add(n);
    }
    nodes.set(merge, new ValueNode.Merge(inputs));
    return merge;
  }

  private int order(Object producer) {
    if (producer == Producers.THIS) return -2;
    if (producer instanceof Producers.Parameter p) return -1_000_000 + p.index();
    if (producer instanceof AbstractInsnNode insn) return insns.indexOf(insn);
    return Integer.MAX_VALUE;
  }

  private int producerNode(Object producer) {
    Map<Object, Integer> memo =
        producer instanceof Producers.Parameter ? parameterNodes : producerNodes;
    Integer known = memo.get(producer);
    if (known != null) return known;
    int n = add(null);
    memo.put(producer, n);
    nodes.set(n, describe(producer));
    return n;
  }

  private ValueNode describe(Object producer) {
    if (producer == Producers.THIS) return new ValueNode.This();
    if (producer == Producers.CAUGHT) return new ValueNode.Unknown("caught exception");
    if (producer == Producers.INT_ZERO) return constant(0L);
    if (producer instanceof Producers.Parameter p) return new ValueNode.Parameter(p.index());
    AbstractInsnNode insn = (AbstractInsnNode) producer;
    int opcode = insn.getOpcode();
    if (opcode == Opcodes.ACONST_NULL) return new ValueNode.Null();
    if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5)
      return constant((long) (opcode - Opcodes.ICONST_0));
    if (opcode == Opcodes.LCONST_0 || opcode == Opcodes.LCONST_1)
      return constant((long) (opcode - Opcodes.LCONST_0));
    if (opcode >= Opcodes.FCONST_0 && opcode <= Opcodes.FCONST_2)
      return constant((double) (opcode - Opcodes.FCONST_0));
    if (opcode == Opcodes.DCONST_0 || opcode == Opcodes.DCONST_1)
      return constant((double) (opcode - Opcodes.DCONST_0));
    if (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH)
      return constant((long) ((IntInsnNode) insn).operand);
    if (insn instanceof LdcInsnNode ldc) return ldc(ldc.cst);
    if (opcode == Opcodes.GETSTATIC || opcode == Opcodes.GETFIELD)
      return fieldRead((FieldInsnNode) insn);
    Integer call = callIndex.get(insn);
    if (call != null) return new ValueNode.CallResult(call);
    if (opcode == Opcodes.NEW) {
      MethodInsnNode init = initOf.get(insn);
      Integer initCall = init == null ? null : callIndex.get(init);
      return initCall != null
          ? new ValueNode.CallResult(initCall)
          : new ValueNode.Unknown("object under construction");
    }
    if (opcode == Opcodes.INVOKEDYNAMIC) return new ValueNode.Unknown("invokedynamic");
    return new ValueNode.Unknown(unknownKind(opcode));
  }

  private static ValueNode constant(Object value) {
    return new ValueNode.Constant(value, null);
  }

  private static ValueNode ldc(Object cst) {
    if (cst instanceof Integer i) return constant(i.longValue());
    if (cst instanceof Long l) return constant(l);
    if (cst instanceof Float f) return constant(f.doubleValue());
    if (cst instanceof Double d) return constant(d);
    if (cst instanceof String s) return constant(s);
    if (cst instanceof Type t && isReferenceType(t)) return new ValueNode.ClassLiteral(typeName(t));
    return new ValueNode.Unknown("dynamic constant");
  }

  /**
   * A field read. A static final field of a type outside the program (a library's enum constant
   * such as {@code ProtocolFamily.PF_UNSPEC}) is a named constant: no program code can store into
   * it. So is a static field whose library class file is not available (without a classpath, nearly
   * always an enum constant).
   */
  private ValueNode fieldRead(FieldInsnNode f) {
    boolean isStatic = f.getOpcode() == Opcodes.GETSTATIC;
    if (isStatic && !context.inProgram(f.owner)) {
      ClassHeaders.StaticField declared = context.headers().staticField(f.owner, f.name);
      boolean unknown = declared == null && !context.headers().known(f.owner);
      if (unknown || (declared != null && declared.isFinal())) {
        Object value = declared == null ? null : constantValue(declared.constantValue(), f.desc);
        return new ValueNode.Constant(value, Descriptors.dotted(f.owner) + "." + f.name);
      }
    }
    int receiver = -1;
    if (!isStatic) {
      int at = insns.indexOf(f);
      receiver = node(stack(frames[at], 0));
    }
    return new ValueNode.FieldRead(Descriptors.dotted(f.owner), f.name, isStatic, receiver);
  }

  /**
   * A {@code ConstantValue} in the IR's terms: integral values as Long (booleans as Boolean), text
   * as String.
   */
  private static Object constantValue(Object value, String descriptor) {
    if (value == null) return null;
    if ("Z".equals(descriptor) && value instanceof Integer i) return i != 0;
    if (value instanceof Integer i) return i.longValue();
    if (value instanceof Long || value instanceof String || value instanceof Double) return value;
    if (value instanceof Float f) return f.doubleValue();
    return null;
  }

  private static String unknownKind(int opcode) {
    if (opcode >= Opcodes.IALOAD && opcode <= Opcodes.SALOAD) return "array element";
    if (opcode >= Opcodes.IADD && opcode <= Opcodes.DCMPG) return "arithmetic";
    if (opcode == Opcodes.NEWARRAY
        || opcode == Opcodes.ANEWARRAY
        || opcode == Opcodes.MULTIANEWARRAY) return "new array";
    if (opcode == Opcodes.ARRAYLENGTH) return "array length";
    if (opcode == Opcodes.INSTANCEOF) return "instanceof";
    return "opcode " + opcode;
  }

  private int add(ValueNode node) {
    nodes.add(node);
    return nodes.size() - 1;
  }

  // --- names and places
  // ----------------------------------------------------------------------------

  private static String ownerName(String internalName) {
    return internalName.startsWith("[")
        ? Descriptors.typeName(internalName)
        : Descriptors.dotted(internalName);
  }

  private static String typeOf(TypeInsnNode insn) {
    return insn.desc.startsWith("[")
        ? Descriptors.typeName(insn.desc)
        : Descriptors.dotted(insn.desc);
  }

  private static boolean isReferenceType(Type t) {
    return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
  }

  private static String typeName(Type t) {
    return Descriptors.typeName(t.getDescriptor());
  }

  private Location location(int index) {
    return Location.line(context.sourcePath(), index >= 0 ? lines[index] : 0);
  }

  /**
   * The source line of each instruction: the last line-number entry before it (0 without debug
   * information).
   */
  private static int[] lines(InsnList insns) {
    int[] lines = new int[insns.size()];
    int current = 0;
    for (int i = 0; i < insns.size(); i++) {
      if (insns.get(i) instanceof LineNumberNode l) current = l.line;
      lines[i] = current;
    }
    return lines;
  }
}
