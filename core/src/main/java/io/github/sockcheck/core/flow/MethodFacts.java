package io.github.sockcheck.core.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one method (constructor, initializer, lambda body compiled to a method) does with values, as
 * local facts: the solver joins methods through calls, returns and fields.
 *
 * @param name the method name; {@code <init>} for constructors and instance initializers, {@code
 *     <clinit>} for static initializers
 * @param paramTypes declared parameter types (fully qualified or primitive); an entry is null when
 *     unknown
 * @param returnType the declared return type, {@code void} for none, null when unknown
 * @param access who may call it
 * @param isStatic no {@code this}
 * @param synthetic compiler-made (lambda bodies, bridges) or engine-made: its callers are all in
 *     the program
 * @param nodes the value nodes; other facts refer to them by index
 * @param calls every call in the body, in source/bytecode order
 * @param returns nodes whose values the method may return
 * @param stores field stores in the body
 * @param typeTests casts and instanceof tests on values
 * @param typeRefs types named without a call
 */
public record MethodFacts(
    String name,
    List<String> paramTypes,
    String returnType,
    Access access,
    boolean isStatic,
    boolean synthetic,
    List<ValueNode> nodes,
    List<CallFact> calls,
    List<Integer> returns,
    List<FieldStore> stores,
    List<TypeTest> typeTests,
    List<TypeRef> typeRefs) {

  public MethodFacts {
    paramTypes = Collections.unmodifiableList(new ArrayList<>(paramTypes));
    nodes = List.copyOf(nodes);
    calls = List.copyOf(calls);
    returns = List.copyOf(returns);
    stores = List.copyOf(stores);
    typeTests = List.copyOf(typeTests);
    typeRefs = List.copyOf(typeRefs);
  }

  /** {@code name/arity}: how calls find this method among the owner's members. */
  public String key() {
    return name + "/" + paramTypes.size();
  }

  /**
   * The method's identity in a program: {@code owner#name(type,type)}, unknown parameter types as
   * {@code ?}. {@link ValueNode.Captured} names the enclosing method this way.
   */
  public String id(String owner) {
    return id(owner, name, paramTypes);
  }

  public static String id(String owner, String name, List<String> paramTypes) {
    StringBuilder b = new StringBuilder(owner).append('#').append(name).append('(');
    for (int i = 0; i < paramTypes.size(); i++) {
      if (i > 0) b.append(',');
      b.append(paramTypes.get(i) == null ? "?" : paramTypes.get(i));
    }
    return b.append(')').toString();
  }
}
