package io.github.sockcheck.scan.cache;

import io.github.sockcheck.core.facts.GuardOutcome;
import io.github.sockcheck.core.flow.Access;
import io.github.sockcheck.core.flow.CallFact;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.FieldDecl;
import io.github.sockcheck.core.flow.FieldStore;
import io.github.sockcheck.core.flow.MethodFacts;
import io.github.sockcheck.core.flow.TypeRef;
import io.github.sockcheck.core.flow.TypeTest;
import io.github.sockcheck.core.flow.ValueNode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The binary form of value-flow facts in cache entries; same conventions as {@link FactCodec}. */
final class FlowFactsCodec {

  private FlowFactsCodec() {}

  static void write(DataOutputStream out, ClassFacts c) throws IOException {
    FactCodec.string(out, c.name());
    FactCodec.string(out, c.superName());
    FactCodec.strings(out, c.interfaces());
    FactCodec.string(out, c.access().name());
    FactCodec.string(out, c.sourcePath());
    FactCodec.string(out, c.enclosingMethod());
    out.writeInt(c.fields().size());
    for (FieldDecl f : c.fields()) {
      FactCodec.string(out, f.name());
      FactCodec.string(out, f.access().name());
      out.writeBoolean(f.isStatic());
      out.writeBoolean(f.isFinal());
    }
    out.writeInt(c.methods().size());
    for (MethodFacts m : c.methods()) method(out, m);
  }

  static ClassFacts read(DataInputStream in) throws IOException {
    String name = FactCodec.required(in);
    String superName = FactCodec.string(in);
    List<String> interfaces = FactCodec.readStrings(in);
    Access access = Access.valueOf(FactCodec.required(in));
    String sourcePath = FactCodec.string(in);
    String enclosing = FactCodec.string(in);
    int fieldCount = FactCodec.length(in);
    List<FieldDecl> fields = new ArrayList<>();
    for (int i = 0; i < fieldCount; i++) {
      fields.add(
          new FieldDecl(
              FactCodec.required(in),
              Access.valueOf(FactCodec.required(in)),
              in.readBoolean(),
              in.readBoolean()));
    }
    int methodCount = FactCodec.length(in);
    List<MethodFacts> methods = new ArrayList<>();
    for (int i = 0; i < methodCount; i++) methods.add(method(in));
    return new ClassFacts(
        name, superName, interfaces, access, sourcePath, enclosing, fields, methods);
  }

  private static void method(DataOutputStream out, MethodFacts m) throws IOException {
    FactCodec.string(out, m.name());
    nullableStrings(out, m.paramTypes());
    FactCodec.string(out, m.returnType());
    FactCodec.string(out, m.access().name());
    out.writeBoolean(m.isStatic());
    out.writeBoolean(m.synthetic());
    out.writeInt(m.nodes().size());
    for (ValueNode n : m.nodes()) node(out, n);
    out.writeInt(m.calls().size());
    for (CallFact c : m.calls()) call(out, c);
    ints(out, m.returns());
    out.writeInt(m.stores().size());
    for (FieldStore s : m.stores()) {
      FactCodec.string(out, s.owner());
      FactCodec.string(out, s.name());
      out.writeBoolean(s.isStatic());
      out.writeInt(s.receiver());
      out.writeInt(s.value());
      FactCodec.location(out, s.location());
    }
    out.writeInt(m.typeTests().size());
    for (TypeTest t : m.typeTests()) {
      out.writeInt(t.value());
      FactCodec.string(out, t.type());
      out.writeBoolean(t.isCast());
      FactCodec.location(out, t.location());
    }
    out.writeInt(m.typeRefs().size());
    for (TypeRef r : m.typeRefs()) typeRef(out, r);
  }

  static void typeRef(DataOutputStream out, TypeRef r) throws IOException {
    FactCodec.string(out, r.type());
    FactCodec.string(out, r.kind().name());
    FactCodec.location(out, r.location());
  }

  static TypeRef typeRef(DataInputStream in) throws IOException {
    return new TypeRef(
        FactCodec.required(in),
        TypeRef.Kind.valueOf(FactCodec.required(in)),
        FactCodec.location(in));
  }

  private static MethodFacts method(DataInputStream in) throws IOException {
    String name = FactCodec.required(in);
    List<String> params = nullableStrings(in);
    String returnType = FactCodec.string(in);
    Access access = Access.valueOf(FactCodec.required(in));
    boolean isStatic = in.readBoolean();
    boolean synthetic = in.readBoolean();
    int nodeCount = FactCodec.length(in);
    List<ValueNode> nodes = new ArrayList<>();
    for (int i = 0; i < nodeCount; i++) nodes.add(node(in));
    int callCount = FactCodec.length(in);
    List<CallFact> calls = new ArrayList<>();
    for (int i = 0; i < callCount; i++) calls.add(call(in));
    List<Integer> returns = ints(in);
    int storeCount = FactCodec.length(in);
    List<FieldStore> stores = new ArrayList<>();
    for (int i = 0; i < storeCount; i++) {
      stores.add(
          new FieldStore(
              FactCodec.required(in),
              FactCodec.required(in),
              in.readBoolean(),
              in.readInt(),
              in.readInt(),
              FactCodec.location(in)));
    }
    int testCount = FactCodec.length(in);
    List<TypeTest> tests = new ArrayList<>();
    for (int i = 0; i < testCount; i++) {
      tests.add(
          new TypeTest(
              in.readInt(), FactCodec.required(in), in.readBoolean(), FactCodec.location(in)));
    }
    int refCount = FactCodec.length(in);
    List<TypeRef> refs = new ArrayList<>();
    for (int i = 0; i < refCount; i++) refs.add(typeRef(in));
    return new MethodFacts(
        name,
        params,
        returnType,
        access,
        isStatic,
        synthetic,
        nodes,
        calls,
        returns,
        stores,
        tests,
        refs);
  }

  private static void node(DataOutputStream out, ValueNode n) throws IOException {
    if (n instanceof ValueNode.Constant c) {
      out.writeByte(1);
      FactCodec.constant(out, c.value());
      FactCodec.string(out, c.name());
    } else if (n instanceof ValueNode.Null) {
      out.writeByte(2);
    } else if (n instanceof ValueNode.ClassLiteral c) {
      out.writeByte(3);
      FactCodec.string(out, c.type());
    } else if (n instanceof ValueNode.Parameter p) {
      out.writeByte(4);
      out.writeInt(p.index());
    } else if (n instanceof ValueNode.This) {
      out.writeByte(5);
    } else if (n instanceof ValueNode.FieldRead f) {
      out.writeByte(6);
      FactCodec.string(out, f.owner());
      FactCodec.string(out, f.name());
      out.writeBoolean(f.isStatic());
      out.writeInt(f.receiver());
    } else if (n instanceof ValueNode.CallResult r) {
      out.writeByte(7);
      out.writeInt(r.call());
    } else if (n instanceof ValueNode.Captured c) {
      out.writeByte(8);
      FactCodec.string(out, c.method());
      out.writeInt(c.node());
    } else if (n instanceof ValueNode.Merge m) {
      out.writeByte(9);
      ints(out, m.inputs());
    } else {
      out.writeByte(10);
      FactCodec.string(out, ((ValueNode.Unknown) n).why());
    }
  }

  private static ValueNode node(DataInputStream in) throws IOException {
    int tag = in.readUnsignedByte();
    return switch (tag) {
      case 1 -> new ValueNode.Constant(FactCodec.constant(in), FactCodec.string(in));
      case 2 -> new ValueNode.Null();
      case 3 -> new ValueNode.ClassLiteral(FactCodec.required(in));
      case 4 -> new ValueNode.Parameter(in.readInt());
      case 5 -> new ValueNode.This();
      case 6 ->
          new ValueNode.FieldRead(
              FactCodec.required(in), FactCodec.required(in), in.readBoolean(), in.readInt());
      case 7 -> new ValueNode.CallResult(in.readInt());
      case 8 -> new ValueNode.Captured(FactCodec.required(in), in.readInt());
      case 9 -> new ValueNode.Merge(ints(in));
      case 10 -> new ValueNode.Unknown(FactCodec.string(in));
      default -> throw new IOException("unknown value node tag " + tag);
    };
  }

  private static void call(DataOutputStream out, CallFact c) throws IOException {
    FactCodec.string(out, c.owner());
    FactCodec.strings(out, c.ownerSupertypes());
    FactCodec.string(out, c.member());
    out.writeBoolean(c.paramTypes() != null);
    if (c.paramTypes() != null) nullableStrings(out, c.paramTypes());
    FactCodec.string(out, c.returnType());
    FactCodec.string(out, c.kind().name());
    out.writeInt(c.receiver());
    ints(out, c.args());
    out.writeBoolean(c.argTexts() != null);
    if (c.argTexts() != null) nullableStrings(out, c.argTexts());
    FactCodec.location(out, c.location());
    out.writeBoolean(c.resolved());
    out.writeInt(c.guards().size());
    for (CallFact.BranchGuard g : c.guards()) {
      out.writeInt(g.node());
      FactCodec.string(out, g.outcome().name());
    }
  }

  private static CallFact call(DataInputStream in) throws IOException {
    String owner = FactCodec.required(in);
    Set<String> supertypes = Set.copyOf(FactCodec.readStrings(in));
    String member = FactCodec.required(in);
    List<String> params = in.readBoolean() ? nullableStrings(in) : null;
    String returnType = FactCodec.string(in);
    CallFact.Kind kind = CallFact.Kind.valueOf(FactCodec.required(in));
    int receiver = in.readInt();
    List<Integer> args = ints(in);
    List<String> texts = in.readBoolean() ? nullableStrings(in) : null;
    var location = FactCodec.location(in);
    boolean resolved = in.readBoolean();
    int guardCount = FactCodec.length(in);
    List<CallFact.BranchGuard> guards = new ArrayList<>(guardCount);
    for (int i = 0; i < guardCount; i++) {
      int node = in.readInt();
      guards.add(new CallFact.BranchGuard(node, GuardOutcome.valueOf(FactCodec.required(in))));
    }
    return new CallFact(
        owner,
        supertypes,
        member,
        params,
        returnType,
        kind,
        receiver,
        args,
        texts,
        location,
        resolved,
        guards);
  }

  private static void ints(DataOutputStream out, List<Integer> values) throws IOException {
    out.writeInt(values.size());
    for (int v : values) out.writeInt(v);
  }

  private static List<Integer> ints(DataInputStream in) throws IOException {
    int n = FactCodec.length(in);
    List<Integer> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) values.add(in.readInt());
    return values;
  }

  /** Strings in order, nulls kept (unknown parameter types, bytecode argument texts). */
  private static void nullableStrings(DataOutputStream out, List<String> values)
      throws IOException {
    out.writeInt(values.size());
    for (String v : values) FactCodec.string(out, v);
  }

  private static List<String> nullableStrings(DataInputStream in) throws IOException {
    int n = FactCodec.length(in);
    List<String> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) values.add(FactCodec.string(in));
    return values;
  }
}
