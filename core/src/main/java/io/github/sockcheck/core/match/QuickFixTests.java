package io.github.sockcheck.core.match;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.MemberPattern;
import java.util.List;
import java.util.regex.Pattern;

/** The value tests only quick-fix conditions use. */
final class QuickFixTests {

  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

  private QuickFixTests() {}

  /**
   * At least one use matches {@code of}, and each passes an IPv4 literal address at the position,
   * on every path.
   */
  static boolean ipv4Uses(Condition.UseArgIpv4 test, CallSite site) {
    boolean any = false;
    for (ResultUse use : site.resultUses()) {
      if (test.of().stream().noneMatch(p -> p.matches(use.owner(), use.member()))) continue;
      any = true;
      if (use.args().size() <= test.position()) return false;
      for (ArgFact.Value value : use.args().get(test.position()).values()) {
        if (!ipv4(value, test.ipv4From())) return false;
      }
    }
    return any;
  }

  /**
   * A string literal such as "224.0.0.251", itself or as the first argument of an address factory.
   */
  private static boolean ipv4(ArgFact.Value value, List<MemberPattern> factories) {
    if (value.origin() == ArgOrigin.CONSTANT)
      return value.constant() instanceof String s && isIpv4Literal(s);
    if (value.origin() != ArgOrigin.CALL
        || value.producedBy() == null
        || value.producerArgs().isEmpty()) return false;
    MemberPattern produced = MemberPattern.parse(value.producedBy());
    if (factories.stream().noneMatch(f -> f.matches(produced.owner(), produced.member())))
      return false;
    for (ArgFact.Value host : value.producerArgs().get(0).values()) {
      if (host.origin() != ArgOrigin.CONSTANT
          || !(host.constant() instanceof String s)
          || !isIpv4Literal(s)) return false;
    }
    return true;
  }

  static boolean isIpv4Literal(String text) {
    return IPV4.matcher(text).matches();
  }
}
