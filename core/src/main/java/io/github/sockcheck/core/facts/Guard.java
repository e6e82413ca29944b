package io.github.sockcheck.core.facts;

/**
 * A branch a call is reached through only on one of its outcomes: the call cannot run unless the
 * test on {@code tested} comes out as {@code outcome}. Both Java engines report a branch B as a
 * guard of a call when taking one outcome of B is necessary to reach the call from the method's
 * entry (in bytecode: removing that edge of B from the control-flow graph leaves the call
 * unreachable).
 *
 * @param tested the values the test reads; a value that is the result of a call carries that call's
 *     arguments ({@link ArgFact.Value#producerArgs()}), and the values a tested call result was
 *     derived from (its receiver and arguments, one call deep) are values of {@code tested} too, so
 *     that {@code Integer.parseInt(System.getenv("X")) > 0} tests {@code getenv("X")}
 * @param outcome the outcome the call needs
 */
public record Guard(ArgFact tested, GuardOutcome outcome) {}
