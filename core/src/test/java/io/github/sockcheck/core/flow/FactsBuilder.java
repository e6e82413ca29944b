package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.findings.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Builds local facts by hand, the way an engine would emit them, for solver tests. */
final class FactsBuilder {

  private FactsBuilder() {}

  static ClassBuilder type(String name) {
    return new ClassBuilder(name);
  }

  static final class ClassBuilder {
    private final String name;
    private String superName;
    private final List<String> interfaces = new ArrayList<>();
    private final List<FieldDecl> fields = new ArrayList<>();
    private final List<MethodFacts> methods = new ArrayList<>();

    ClassBuilder(String name) {
      this.name = name;
    }

    ClassBuilder extend(String type) {
      superName = type;
      return this;
    }

    ClassBuilder implement(String type) {
      interfaces.add(type);
      return this;
    }

    ClassBuilder field(String field, Access access) {
      fields.add(new FieldDecl(field, access, false, false));
      return this;
    }

    /** A {@code static final} field. */
    ClassBuilder constantField(String field, Access access) {
      fields.add(new FieldDecl(field, access, true, true));
      return this;
    }

    ClassBuilder method(MethodBuilder m) {
      methods.add(m.build());
      return this;
    }

    String name() {
      return name;
    }

    ClassFacts build() {
      return new ClassFacts(
          name,
          superName,
          interfaces,
          Access.PUBLIC,
          name.replace('.', '/') + ".java",
          null,
          fields,
          methods);
    }
  }

  static MethodBuilder method(String name, Access access, String... paramTypes) {
    return new MethodBuilder(name, access, Arrays.asList(paramTypes));
  }

  static final class MethodBuilder {
    private final String name;
    private final Access access;
    private final List<String> paramTypes;
    private boolean isStatic;
    private boolean synthetic;
    private String returnType = "void";
    private final List<ValueNode> nodes = new ArrayList<>();
    private final List<CallFact> calls = new ArrayList<>();
    private final List<Integer> returns = new ArrayList<>();
    private final List<FieldStore> stores = new ArrayList<>();
    private final List<TypeTest> tests = new ArrayList<>();
    private int line = 1;

    MethodBuilder(String name, Access access, List<String> paramTypes) {
      this.name = name;
      this.access = access;
      this.paramTypes = paramTypes;
    }

    MethodBuilder asStatic() {
      isStatic = true;
      return this;
    }

    MethodBuilder asSynthetic() {
      synthetic = true;
      return this;
    }

    MethodBuilder returning(String type) {
      returnType = type;
      return this;
    }

    int add(ValueNode node) {
      nodes.add(node);
      return nodes.size() - 1;
    }

    int constant(Object value) {
      return add(
          new ValueNode.Constant(value instanceof Integer i ? Long.valueOf(i) : value, null));
    }

    int named(Object value, String name) {
      return add(
          new ValueNode.Constant(value instanceof Integer i ? Long.valueOf(i) : value, name));
    }

    int param(int index) {
      return add(new ValueNode.Parameter(index));
    }

    int self() {
      return add(new ValueNode.This());
    }

    int unknown() {
      return add(new ValueNode.Unknown("test"));
    }

    int read(String owner, String field, int receiver) {
      return add(new ValueNode.FieldRead(owner, field, receiver < 0, receiver));
    }

    int merge(Integer... inputs) {
      return add(new ValueNode.Merge(List.of(inputs)));
    }

    int captured(String method, int node) {
      return add(new ValueNode.Captured(method, node));
    }

    /** Records a call and returns the node of its result. */
    int call(
        String owner,
        String member,
        CallFact.Kind kind,
        int receiver,
        String returnType,
        Integer... args) {
      return call(owner, Set.of(), member, kind, receiver, returnType, args);
    }

    int call(
        String owner,
        Set<String> supertypes,
        String member,
        CallFact.Kind kind,
        int receiver,
        String returnType,
        Integer... args) {
      return record(owner, supertypes, member, null, returnType, kind, receiver, args);
    }

    /**
     * Records a call with the parameter types the engine resolved and returns the node of its
     * result.
     */
    int callWithParams(
        String owner,
        String member,
        CallFact.Kind kind,
        int receiver,
        String returnType,
        List<String> params,
        Integer... args) {
      return record(owner, Set.of(), member, params, returnType, kind, receiver, args);
    }

    /** Records {@code new owner(args)} and returns the node of the new object. */
    int construct(String owner, Integer... args) {
      return call(owner, "<init>", CallFact.Kind.CONSTRUCTOR, -1, "void", args);
    }

    private int record(
        String owner,
        Set<String> supertypes,
        String member,
        List<String> params,
        String returnType,
        CallFact.Kind kind,
        int receiver,
        Integer... args) {
      calls.add(
          new CallFact(
              owner,
              supertypes,
              member,
              params,
              returnType,
              kind,
              receiver,
              List.of(args),
              null,
              Location.line(name + ".java", line++),
              true,
              List.of()));
      return add(new ValueNode.CallResult(calls.size() - 1));
    }

    void store(String owner, String field, int receiver, int value) {
      stores.add(
          new FieldStore(
              owner, field, receiver < 0, receiver, value, Location.line(name + ".java", line++)));
    }

    void ret(int node) {
      returns.add(node);
    }

    void cast(int node, String type) {
      tests.add(new TypeTest(node, type, true, Location.line(name + ".java", line++)));
    }

    MethodFacts build() {
      return new MethodFacts(
          name,
          paramTypes,
          returnType,
          access,
          isStatic,
          synthetic,
          nodes,
          calls,
          returns,
          stores,
          tests,
          List.of());
    }
  }
}
