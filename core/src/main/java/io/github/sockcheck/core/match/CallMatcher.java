package io.github.sockcheck.core.match;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.index.CallPatternIndex;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RulePack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one matcher both code engines (and the Python engine) feed: turns a {@link CallSite} into the
 * findings of the call rules it satisfies. A rule only fires from an engine it lists in {@code
 * engines}, so a source-only rule never fires from bytecode.
 */
public final class CallMatcher {

  private final RulePack pack;
  private final ConditionEvaluator evaluator;
  private final Set<String> referenceParamTypes;

  /**
   * A matcher with no runtime knowledge: runtime conditions hold, with one step lower precision.
   */
  public CallMatcher(RulePack pack) {
    this(pack, runtime -> Optional.empty());
  }

  /**
   * @param runtimes "java" → target release ("17"), "python" → interpreter version ("3.11"); empty
   *     when unknown
   */
  public CallMatcher(RulePack pack, Function<String, Optional<String>> runtimes) {
    this(pack, runtimes, ConditionEvaluator.RangeCheck.DEFAULT);
  }

  public CallMatcher(
      RulePack pack,
      Function<String, Optional<String>> runtimes,
      ConditionEvaluator.RangeCheck ranges) {
    this(pack, ConditionEvaluator.RuntimeLookup.of(runtimes, ranges));
  }

  /**
   * @param runtimes decides runtime conditions per call site (from the facts of the site's project)
   */
  public CallMatcher(RulePack pack, ConditionEvaluator.RuntimeLookup runtimes) {
    this.pack = pack;
    this.evaluator = new ConditionEvaluator(runtimes);
    this.referenceParamTypes = referenceParamTypes(pack);
  }

  /**
   * The findings of every call rule (run by {@code site.engine()}) that this call satisfies, by
   * rule id.
   */
  public List<Finding> match(CallSite site) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : pack.rulesForMember(site.member())) {
      if (rule.kind() != RuleKind.CALL || rule.call() == null || !rule.runsIn(site.engine()))
        continue;
      for (CallPattern pattern : rule.call().calls()) {
        if (!matchesPattern(pattern, site)) continue;
        Finding finding = evaluate(rule, pattern, site);
        if (finding != null) {
          findings.add(finding);
          break; // one finding per rule and call site
        }
      }
    }
    return findings;
  }

  /**
   * True when {@code site} is an invocation {@code pattern} describes (language, owner, member,
   * overload, return type).
   */
  public boolean matchesPattern(CallPattern pattern, CallSite site) {
    Language language = pattern.language() == null ? Language.JAVA : pattern.language();
    if (language != site.language()) return false;
    if (language == Language.PYTHON) return pattern.callees().contains(site.owner());
    if (pattern.isTypeUse())
      return site.member().equals(CallPattern.TYPE_USE) && pattern.owner().equals(site.owner());
    if (!pattern.member().equals(site.member())) return false;
    if (!ownerMatches(pattern, site)) return false;
    if (pattern.params() != null) {
      if (site.paramTypes() == null) {
        if (site.args().size() != pattern.params().size()) return false;
        if (argumentOfAnotherOverload(pattern, site)) return false;
      } else if (!pattern.params().equals(site.paramTypes())) {
        return false;
      }
    }
    return pattern.returns() == null
        || site.returnType() == null
        || pattern.returns().equals(site.returnType());
  }

  /**
   * Without a resolved overload (no classpath), an argument read from a constant of a type the pack
   * itself uses as a parameter type — an enum such as {@code SocketProtocolFamily.INET} — cannot
   * fill a primitive parameter: that call is the other overload.
   */
  private boolean argumentOfAnotherOverload(CallPattern pattern, CallSite site) {
    for (int i = 0; i < pattern.params().size(); i++) {
      if (!PRIMITIVES.contains(pattern.params().get(i))) continue;
      String constant = site.args().get(i).constantName();
      if (constant == null || constant.lastIndexOf('.') < 0) continue;
      if (referenceParamTypes.contains(constant.substring(0, constant.lastIndexOf('.'))))
        return true;
    }
    return false;
  }

  private static Set<String> referenceParamTypes(RulePack pack) {
    Set<String> types = new HashSet<>();
    for (Rule rule : pack.rules()) {
      for (CallPattern p : CallPatternIndex.patternsOf(rule)) {
        if (p.params() != null)
          p.params().stream().filter(t -> !PRIMITIVES.contains(t)).forEach(types::add);
      }
    }
    return types;
  }

  private static final Set<String> PRIMITIVES =
      Set.of("int", "long", "short", "byte", "char", "boolean", "float", "double");

  private static boolean ownerMatches(CallPattern pattern, CallSite site) {
    String owner = pattern.owner();
    return owner.equals("*")
        || owner.equals(site.owner())
        || (pattern.subtypes() && site.ownerSupertypes().contains(owner));
  }

  /**
   * Whether the match rests on facts the engine could not establish (overload or return type
   * unresolved).
   */
  private static boolean uncertainSignature(CallPattern pattern, CallSite site) {
    if (pattern.language() == Language.PYTHON) return !site.resolved();
    return !site.resolved()
        || (pattern.params() != null && site.paramTypes() == null)
        || (pattern.returns() != null && site.returnType() == null);
  }

  /**
   * Role → argument for this pattern: positions, Python keywords, implied constants; unsupplied
   * roles are ABSENT.
   */
  public static Map<String, ArgFact> bindRoles(CallPattern pattern, CallSite site) {
    Map<String, ArgFact> bound = new LinkedHashMap<>();
    pattern.roles().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              String role = e.getKey();
              int position = e.getValue();
              ArgFact fact = null;
              if (position >= 0 && position < site.args().size()) fact = site.args().get(position);
              if (fact == null && site.language() == Language.PYTHON)
                fact = site.keywordArgs().get(role);
              bound.put(role, fact == null ? ArgFact.ABSENT : fact);
            });
    pattern.implied().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> bound.put(e.getKey(), ArgFact.ofInt(e.getValue(), null, null)));
    return bound;
  }

  private Finding evaluate(Rule rule, CallPattern pattern, CallSite site) {
    Map<String, ArgFact> roles = bindRoles(pattern, site);
    ConditionEvaluator.Outcome outcome = evaluator.evaluate(rule.call().where(), roles, site);
    if (!outcome.holds()) return null;

    Precision precision = rule.precision();
    if (uncertainSignature(pattern, site)) precision = precision.lower();
    if (!outcome.unknownRuntimes().isEmpty() || !outcome.uncertainRuntimes().isEmpty())
      precision = precision.lower();
    // Nothing names the target runtime: one level lower than a finding whose runtime is
    // established.
    Severity severity =
        outcome.unknownRuntimes().isEmpty() ? rule.severity() : rule.severity().lower();

    Map<String, String> values = MessageTemplate.callValues(site, roles);
    if (!outcome.uses().isEmpty()) values.put("use", outcome.uses().get(0).member());
    if (!outcome.knownRuntimes().isEmpty()) {
      Map.Entry<String, String> first = outcome.knownRuntimes().entrySet().iterator().next();
      values.put("runtime", runtimeName(first.getKey()) + " " + first.getValue());
    }
    String message = MessageTemplate.render(rule.message(), values);
    for (String runtime : outcome.unknownRuntimes()) {
      message += " (target " + runtimeName(runtime) + " version unknown)";
    }
    for (String note : outcome.uncertainRuntimes().values()) message += " (" + note + ")";

    List<RelatedLocation> related = new ArrayList<>();
    for (ResultUse use : outcome.uses()) {
      related.add(new RelatedLocation(use.location(), "`" + use.member() + "` is called here"));
    }
    Map<String, String> properties = new LinkedHashMap<>();
    if (site.enclosing() != null) properties.put("enclosing", site.enclosing());
    return Finding.of(rule.id(), message, severity, precision, site.location(), site.engine())
        .withRelated(related)
        .withProperties(properties);
  }

  private static String runtimeName(String runtime) {
    return switch (runtime) {
      case "java" -> "Java";
      case "python" -> "Python";
      default -> runtime;
    };
  }
}
