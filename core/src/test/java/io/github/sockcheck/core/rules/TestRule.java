package io.github.sockcheck.core.rules;

import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import java.util.List;
import java.util.Set;

/**
 * A rule built in code for tests: a placeholder for every text, and the parts a test is about set
 * by name, instead of the record's nineteen components spelled out in each test.
 */
public final class TestRule {

  private String id;
  private final RuleKind kind;
  private String title = "t";
  private Severity severity = Severity.WARNING;
  private Precision precision = Precision.HIGH;
  private List<String> tags = List.of("test");
  private String cwe;
  private Set<String> engines;
  private String engineNote;
  private String message = "m";
  private String help = "h";
  private Examples examples;
  private String fix = "f";
  private String appliesTo = "a";
  private List<Evidence> evidence = List.of();
  private CallMatch call;
  private CombinationMatch combination;
  private String origin;
  private List<QuickFix> quickFixes = List.of();

  private TestRule(String id, RuleKind kind, Set<String> engines) {
    this.kind = kind;
    this.engines = engines;
    id(id);
  }

  /** A call rule over {@code patterns} without a {@code where:}, run by the source engine. */
  public static TestRule call(String id, CallPattern... patterns) {
    TestRule r = new TestRule(id, RuleKind.CALL, Set.of("source"));
    r.call = new CallMatch(List.of(patterns), null);
    return r;
  }

  /** A call rule as reports and rule pages see it: its texts only, no match. */
  public static TestRule described(String id) {
    return new TestRule(id, RuleKind.CALL, Set.of("source", "bytecode"));
  }

  public static TestRule combination(String id, CombinationMatch match) {
    TestRule r = new TestRule(id, RuleKind.COMBINATION, Set.of("combination"));
    r.combination = match;
    return r;
  }

  /** A copy of {@code rule} to change a part of; its quick fixes are not copied. */
  public static TestRule from(Rule rule) {
    TestRule r = new TestRule(rule.id(), rule.kind(), rule.engines());
    r.title = rule.title();
    r.severity = rule.severity();
    r.precision = rule.precision();
    r.tags = rule.tags();
    r.cwe = rule.cwe();
    r.engineNote = rule.engineNote();
    r.message = rule.message();
    r.help = rule.help();
    r.examples = rule.examples();
    r.fix = rule.fix();
    r.appliesTo = rule.appliesTo();
    r.evidence = rule.evidence();
    r.call = rule.call();
    r.combination = rule.combination();
    r.origin = rule.origin();
    return r;
  }

  /** The id, and the origin a rule of that id is loaded from. */
  public TestRule id(String newId) {
    id = newId;
    origin = "rules/" + newId + ".yaml";
    return this;
  }

  public TestRule severity(Severity newSeverity) {
    severity = newSeverity;
    return this;
  }

  public TestRule title(String newTitle) {
    title = newTitle;
    return this;
  }

  public TestRule tags(List<String> newTags) {
    tags = newTags;
    return this;
  }

  public TestRule cwe(String newCwe) {
    cwe = newCwe;
    return this;
  }

  public TestRule help(String newHelp) {
    help = newHelp;
    return this;
  }

  public TestRule examples(Examples newExamples) {
    examples = newExamples;
    return this;
  }

  public TestRule appliesTo(String newAppliesTo) {
    appliesTo = newAppliesTo;
    return this;
  }

  public TestRule evidence(List<Evidence> newEvidence) {
    evidence = newEvidence;
    return this;
  }

  public TestRule message(String newMessage) {
    message = newMessage;
    return this;
  }

  public TestRule fix(String newFix) {
    fix = newFix;
    return this;
  }

  public Rule build() {
    return new Rule(
        id,
        kind,
        title,
        severity,
        precision,
        tags,
        cwe,
        engines,
        engineNote,
        message,
        help,
        examples,
        fix,
        appliesTo,
        evidence,
        call,
        combination,
        origin,
        quickFixes);
  }
}
