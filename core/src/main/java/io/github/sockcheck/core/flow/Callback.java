package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.rules.MemberPattern;

/**
 * A library call that later calls back into the code: {@code future.addListener(listener)} runs
 * {@code listener.operationComplete(future)}. The solver links the receiver to parameter {@link
 * #parameter} of method {@link #method} of the listener's class (a class of the program the
 * listener argument was constructed from).
 *
 * @param listenerArg the 0-based position of the listener argument
 * @param method the method the library calls on the listener
 * @param arity that method's parameter count
 * @param parameter which of its parameters receives the receiver
 * @param source where the behaviour is documented
 */
public record Callback(
    MemberPattern call, int listenerArg, String method, int arity, int parameter, String source) {}
