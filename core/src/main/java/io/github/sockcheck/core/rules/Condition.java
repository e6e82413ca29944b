package io.github.sockcheck.core.rules;

import java.util.List;

/**
 * When a matched call is a finding. A tree of {@code all}/{@code any}/{@code not} over leaf tests.
 */
public sealed interface Condition {

  record All(List<Condition> conditions) implements Condition {}

  record Any(List<Condition> conditions) implements Condition {}

  record Not(Condition condition) implements Condition {}

  /** A test on the argument that plays {@code role} (fd, family, type, protocol…). */
  record Arg(String role, ValueTest test) implements Condition {}

  /**
   * The call's result later receives a call matching one of {@code calls} (e.g. {@code join}); with
   * {@code where}, only a use whose own arguments (bound to {@code roles} by position) satisfy it
   * counts.
   *
   * @param roles role → 0-based position among the use's arguments; empty without {@code where}
   * @param where a condition over the use's arguments (value tests and all/any/not only), or null
   */
  record ResultUsedBy(
      List<MemberPattern> calls, java.util.Map<String, Integer> roles, Condition where)
      implements Condition {

    public ResultUsedBy {
      calls = List.copyOf(calls);
      roles = java.util.Map.copyOf(roles);
    }

    /** Any use matching {@code calls} counts, whatever its arguments. */
    public ResultUsedBy(List<MemberPattern> calls) {
      this(calls, java.util.Map.of(), null);
    }
  }

  /**
   * The call is reached only on one outcome of a branch that tests the result of a call matching
   * one of {@code calls} (or a value computed from it, one call deep), whose arguments (bound to
   * {@code roles} by position) satisfy {@code where}, and the outcome the call needs is one of
   * {@code outcomes}.
   *
   * @param roles role → 0-based position among the guarding call's arguments; empty without {@code
   *     where}
   * @param where a condition over the guarding call's arguments (value tests and all/any/not only),
   *     or null
   * @param outcomes the outcomes that count; every outcome when the rule names none
   */
  record GuardedBy(
      List<MemberPattern> calls,
      java.util.Map<String, Integer> roles,
      Condition where,
      java.util.Set<io.github.sockcheck.core.facts.GuardOutcome> outcomes)
      implements Condition {

    public GuardedBy {
      calls = List.copyOf(calls);
      roles = java.util.Map.copyOf(roles);
      outcomes = java.util.Set.copyOf(outcomes);
    }
  }

  /** The call's result is cast to, or tested with instanceof against, one of {@code types}. */
  record ResultCastTo(List<String> types) implements Condition {}

  /**
   * The class the call's builder is configured to instantiate ({@code
   * bootstrap.channel(EpollSocketChannel.class)}, see {@code CallSite#configuredClasses}): with
   * {@code notIn} false, a known class matches one of the globs; with {@code notIn} true, a known
   * class matches none of them. False when no class is known.
   *
   * @param globs class globs, matched as the {@code class} value test matches them
   */
  record ChannelClass(List<String> globs, boolean notIn) implements Condition {
    public ChannelClass {
      globs = List.copyOf(globs);
    }
  }

  /**
   * The target runtime is in range: {@code runtime} is "java" (Maven range over the release, e.g.
   * {@code [21,)}) or "python" (PEP 440 specifier, e.g. {@code >=3.7}).
   */
  record Runtime(String runtime, String range) implements Condition {}

  /**
   * Quick-fix conditions only: a dependency named in {@code names} ({@code group:artifact} for
   * Maven, a PyPI name otherwise) is known at an exact version, and every such version lies in
   * {@code range}.
   */
  record Dependency(List<String> names, String range) implements Condition {}

  /**
   * Quick-fix conditions only: the call's result is used by at least one call matching {@code of},
   * and every such call passes, at {@code position}, an IPv4 address written as a literal: a string
   * such as {@code "224.0.0.251"} handed to one of {@code ipv4From} ({@code
   * InetAddress#getByName}), on every path.
   */
  record UseArgIpv4(int position, List<MemberPattern> of, List<MemberPattern> ipv4From)
      implements Condition {}
}
