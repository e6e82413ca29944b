package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.facts.GuardOutcome;
import io.github.sockcheck.core.findings.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * One call in a method: what is invoked, on which value, with which values. A constructor call's
 * result is the new object; an engine-side {@code super(...)}/{@code this(...)} call has {@link
 * #receiver} pointing at {@code this}.
 *
 * @param owner the invoked type as resolved (fully qualified, nested with {@code $}); {@code *}
 *     when unknown
 * @param ownerSupertypes every known supertype of {@code owner}; empty when unknown
 * @param member the method name, {@code <init>} for constructors
 * @param paramTypes the declared parameter types of the invoked overload; null when unresolved
 * @param returnType the declared return type ({@code void} for none); null when unknown
 * @param kind how it is invoked
 * @param receiver the node of the receiver, -1 for static calls and constructors
 * @param args the nodes of the arguments, in order
 * @param argTexts the arguments as written in source, for messages; null entries (bytecode) when
 *     unknown
 * @param location where the call is ({@code new}'s position for constructors)
 * @param resolved false when the owner or overload was guessed from names, without a classpath
 * @param guards the branches the call is reached through only on one outcome: a test of a value
 *     node that must come out as the guard says (see {@link io.github.sockcheck.core.facts.Guard})
 */
public record CallFact(
    String owner,
    Set<String> ownerSupertypes,
    String member,
    List<String> paramTypes,
    String returnType,
    Kind kind,
    int receiver,
    List<Integer> args,
    List<String> argTexts,
    Location location,
    boolean resolved,
    List<BranchGuard> guards) {

  /**
   * A test of value {@code node} that must come out as {@code outcome} for the call to be reached.
   */
  public record BranchGuard(int node, GuardOutcome outcome) {}

  /**
   * How the call is dispatched; {@link #LAMBDA} links the captured values to a lambda's
   * implementation method.
   */
  public enum Kind {
    VIRTUAL,
    STATIC,
    CONSTRUCTOR,
    /**
     * {@code super(..)} or {@code this(..)} inside a constructor: a constructor call that creates
     * nothing.
     */
    SUPER_CONSTRUCTOR,
    /**
     * A lambda or method reference: {@code owner#member} is the implementation, {@code args} the
     * captured values.
     */
    LAMBDA
  }

  public CallFact {
    ownerSupertypes = Set.copyOf(ownerSupertypes);
    paramTypes =
        paramTypes == null ? null : Collections.unmodifiableList(new ArrayList<>(paramTypes));
    args = List.copyOf(args);
    argTexts = argTexts == null ? null : Collections.unmodifiableList(new ArrayList<>(argTexts));
    guards = guards == null ? List.of() : List.copyOf(guards);
  }

  /** The same call, reached only through {@code branches}. */
  public CallFact withGuards(List<BranchGuard> branches) {
    return new CallFact(
        owner,
        ownerSupertypes,
        member,
        paramTypes,
        returnType,
        kind,
        receiver,
        args,
        argTexts,
        location,
        resolved,
        branches);
  }

  /** The argument's text as written, or null when the engine does not know it. */
  public String argText(int index) {
    return argTexts == null || index >= argTexts.size() ? null : argTexts.get(index);
  }

  public boolean isConstructor() {
    return member.equals("<init>");
  }
}
