package io.github.sockcheck.core.match;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.CallMatch;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.Evidence;
import io.github.sockcheck.core.rules.Examples;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builders for rules and call sites in matcher tests. */
public final class CallMatcherTestSupport {

  private CallMatcherTestSupport() {}

  public static CallPattern java(
      String owner, String member, List<String> params, Map<String, Integer> roles) {
    return new CallPattern(
        Language.JAVA, owner, false, member, params, null, roles, Map.of(), List.of());
  }

  static CallPattern python(List<String> callees, String member, Map<String, Integer> roles) {
    return new CallPattern(
        Language.PYTHON, "*", false, member, null, null, roles, Map.of(), callees);
  }

  public static Rule rule(
      String id, Set<String> engines, String message, Condition where, CallPattern... patterns) {
    return new Rule(
        id,
        RuleKind.CALL,
        "Title of " + id,
        Severity.WARNING,
        Precision.HIGH,
        List.of("test"),
        null,
        engines,
        null,
        message,
        "help",
        new Examples("java", "bad()", "good()"),
        "fix",
        "all versions",
        List.of(new Evidence("https://example.org/issue/1", "an issue")),
        new CallMatch(List.of(patterns), where),
        null,
        "rules/" + id + ".yaml",
        List.of());
  }

  static CallSite javaSite(String owner, String member, List<String> params, List<ArgFact> args) {
    return javaSite(owner, Set.of(), member, params, args, List.of(), Set.of(), "source");
  }

  /** {@code DatagramChannel.open()} seen by the source engine, its result used by {@code uses}. */
  static CallSite datagramOpenUsedBy(ResultUse... uses) {
    return javaSite(
        "java.nio.channels.DatagramChannel",
        Set.of(),
        "open",
        List.of(),
        List.of(),
        List.of(uses),
        Set.of(),
        "source");
  }

  static CallSite javaSite(
      String owner,
      Set<String> supertypes,
      String member,
      List<String> params,
      List<ArgFact> args,
      List<ResultUse> uses,
      Set<String> casts,
      String engine) {
    return CallSite.builder(Language.JAVA, owner, member)
        .ownerSupertypes(supertypes)
        .paramTypes(params)
        .args(args)
        .resultUses(uses)
        .resultCasts(casts)
        .location(new Location("src/main/java/com/example/App.java", 10, 5, 10, 40))
        .enclosing("com.example.App#run")
        .engine(engine)
        .build();
  }

  static CallSite pythonSite(
      String callee, String member, List<ArgFact> args, Map<String, ArgFact> keywords) {
    return CallSite.builder(Language.PYTHON, callee, member)
        .args(args)
        .keywordArgs(keywords)
        .location(new Location("app/server.py", 3, 1, 3, 30))
        .enclosing("app.server#serve")
        .engine("python")
        .build();
  }

  static ArgFact lit(long value) {
    return ArgFact.ofInt(value, null, String.valueOf(value));
  }
}
