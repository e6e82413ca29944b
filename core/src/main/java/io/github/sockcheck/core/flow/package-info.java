/**
 * The value-flow layer both Java engines share. Engines describe each method as local facts ({@link
 * io.github.sockcheck.core.flow.MethodFacts}): value nodes after intra-procedural reaching
 * definitions, calls with receiver and arguments, field stores, returns, casts and type references.
 * {@link io.github.sockcheck.core.flow.FlowSolver} joins them across methods, classes and jars and
 * answers where a value comes from ({@link io.github.sockcheck.core.flow.Origin}) and which calls a
 * call's result reaches; {@link io.github.sockcheck.core.flow.ProgramSites} turns the calls a rule
 * may match into the {@link io.github.sockcheck.core.facts.CallSite}s the one matcher reads.
 *
 * <p>What counts as "outside" (the documented boundary): a parameter of a public or protected
 * method or constructor, of a lambda, or of a method the scanned code never calls; a field the
 * scanned code never stores into; the result of a call into code that is not scanned (a library);
 * and anything computed (arithmetic on non-constants, array elements, caught exceptions).
 */
package io.github.sockcheck.core.flow;
