package io.github.sockcheck.core.docs;

import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.Ecosystem;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.CodeUse;
import io.github.sockcheck.core.rules.CombinationMatch;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.DependencyPattern;
import io.github.sockcheck.core.rules.MemberPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.ValueTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The "How it matches" section of a rule page, generated from the rule's {@code match}: the calls
 * or dependencies it looks at, the condition in words, and for call rules what counts as a value
 * from outside, so a reader knows exactly what the rule claims without reading the YAML.
 */
final class RuleMatchDoc {

  private RuleMatchDoc() {}

  static String render(Rule r) {
    StringBuilder md = new StringBuilder("## How it matches\n\n");
    md.append("Defined in [`rules/")
        .append(r.id())
        .append(".yaml`](../../../../rules/")
        .append(r.id())
        .append(".yaml); its test cases are in [`testdata/rules/")
        .append(r.id())
        .append("/`](../../../../testdata/rules/")
        .append(r.id())
        .append("/).\n\n");
    if (r.call() != null) calls(r, md);
    if (r.combination() != null) combination(r.combination(), md);
    return md.toString();
  }

  private static void calls(Rule r, StringBuilder md) {
    md.append("Calls:\n\n");
    for (CallPattern p : r.call().calls()) md.append("- ").append(pattern(p)).append('\n');
    md.append('\n');
    if (r.call().where() == null) {
      md.append("Every such call is reported.\n\n");
    } else {
      md.append("Reported when ").append(condition(r.call().where())).append(".\n\n");
    }
    if (followsValues(r.call().where())) md.append(OUTSIDE);
    if (testsChannelClass(r.call().where())) md.append(CHANNEL_CLASS);
  }

  /** What counts as a builder's channel class; only on pages of rules that test it. */
  static final String CHANNEL_CLASS =
      """
      ### Which channel class counts

      The channel class of a call is the class literal handed to a call that configures the class the
      builder instantiates ([`rules/model/flow.yaml`](../../../../rules/model/flow.yaml), `instantiates`:
      Netty's `bootstrap.channel(X.class)`, grpc-netty's `channelType(X.class)`) on the same builder: the
      object the call is made on, followed back through fluent setters, locals and fields (a bootstrap
      configured in a constructor and connected in a method counts), or, for a static factory such as
      `NettyChannelBuilder.forAddress(..)`, the builder it returns. When several classes can reach the
      builder, every one must pass the test: code that picks a domain channel on one path and an IP
      channel on another usually picks the address on the same test, so it is not reported. `channelFactory(new ReflectiveChannelFactory<>(X.class))`
      counts as `channel(X.class)`. A class the scanned code does not name as a literal (a `Class`
      parameter, any other `channelFactory(..)` object such as a lambda, a library default such as grpc's)
      is unknown, and an unknown class never passes the test: such calls are not reported.

      """;

  private static boolean testsChannelClass(Condition c) {
    if (c instanceof Condition.All all)
      return all.conditions().stream().anyMatch(RuleMatchDoc::testsChannelClass);
    if (c instanceof Condition.Any any)
      return any.conditions().stream().anyMatch(RuleMatchDoc::testsChannelClass);
    if (c instanceof Condition.Not not) return testsChannelClass(not.condition());
    return c instanceof Condition.ChannelClass;
  }

  /** What the value-flow layer counts as outside; the same for every Java rule (see core/flow). */
  static final String OUTSIDE =
      """
      ### Where values come from

      sockcheck follows each argument back through the program: through local variables on every path
      (a value overwritten before the call does not count), through fields (every value any scanned method
      stores), through the parameters of private and package-private methods (the values their callers
      pass), through return values of methods it can see, and through the library calls listed in
      [`rules/model/flow.yaml`](../../../../rules/model/flow.yaml) that hand back one of their inputs
      (`DatagramChannel.bind`, `FileDescriptor.intValue`, …). Results are followed forward the same way to
      later calls and casts, across methods and classes. The same file summarises what library code does
      with the values it is given: a class named in Netty's `bootstrap.channel(X.class)` counts as a
      `new X()` there whose channel is the one `bind()`, `connect()` or `register()` (and a listener added to
      their future) sees, and `new NioServerSocketChannel(ch)` counts as calling `ch.socket()`.

      A value counts as **from outside** when it reaches the call as a parameter of a public or protected
      method or constructor, of a lambda, or of a method nothing in the scanned code calls; as a field nothing
      in the scanned code stores into; as the result of a library call not named above; or as anything
      computed (arithmetic on non-constants, array elements, caught exceptions). A descriptor a Netty handler
      receives as a message (`DomainSocketReadMode.FILE_DESCRIPTORS`) is a parameter of `channelRead`, so it
      is from outside. When several values can reach an argument, the condition is checked for each
      combination of one value per argument, and the call is reported when it holds on some path: a `null`
      family on one path, or a descriptor from outside on one path, is enough.

      """;

  private static boolean followsValues(Condition c) {
    if (c == null) return false;
    if (c instanceof Condition.All all)
      return all.conditions().stream().anyMatch(RuleMatchDoc::followsValues);
    if (c instanceof Condition.Any any)
      return any.conditions().stream().anyMatch(RuleMatchDoc::followsValues);
    if (c instanceof Condition.Not not) return followsValues(not.condition());
    return c instanceof Condition.Arg
        || c instanceof Condition.ResultUsedBy
        || c instanceof Condition.ResultCastTo
        || c instanceof Condition.GuardedBy
        || c instanceof Condition.ChannelClass;
  }

  static String pattern(CallPattern p) {
    if (p.language() != null && p.language().name().equals("PYTHON")) {
      return "Python `" + String.join("`, `", p.callees()) + "(…)`" + roles(p);
    }
    String owner =
        p.owner().equals("*")
            ? "any type's"
            : "`" + p.owner() + "`" + (p.subtypes() ? " (or a subtype)" : "");
    String params =
        p.params() == null ? "any parameters" : "(" + String.join(", ", p.params()) + ")";
    String call =
        p.member().equals("<init>")
            ? "constructor " + owner + " " + params
            : owner
                + " `"
                + p.member()
                + "` "
                + params
                + (p.returns() != null ? " returning `" + p.returns() + "`" : "");
    return call + roles(p);
  }

  private static String roles(CallPattern p) {
    Map<Integer, String> byPosition = new TreeMap<>();
    p.roles().forEach((role, position) -> byPosition.put(position, role));
    List<String> parts = new ArrayList<>();
    byPosition.forEach(
        (position, role) -> parts.add("`" + role + "` = argument " + (position + 1)));
    p.implied().forEach((role, value) -> parts.add("`" + role + "` is always " + value));
    return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
  }

  static String condition(Condition c) {
    if (c instanceof Condition.All all) return joined(all.conditions(), " and ");
    if (c instanceof Condition.Any any) return joined(any.conditions(), " or ");
    if (c instanceof Condition.Not not) return "not (" + condition(not.condition()) + ")";
    if (c instanceof Condition.Arg arg) return "`" + arg.role() + "` " + test(arg.test());
    if (c instanceof Condition.ResultUsedBy used) {
      String uses = "the result later receives a call of " + members(used.calls());
      if (used.where() == null) return uses;
      Map<Integer, String> byPosition = new TreeMap<>();
      used.roles().forEach((role, position) -> byPosition.put(position, role));
      List<String> roles = new ArrayList<>();
      byPosition.forEach(
          (position, role) -> roles.add("`" + role + "` = its argument " + (position + 1)));
      return uses + " (" + String.join(", ", roles) + ") where " + condition(used.where());
    }
    if (c instanceof Condition.GuardedBy guarded) {
      String text =
          "the call is reached only on one outcome of a branch that tests the result of "
              + members(guarded.calls());
      if (guarded.where() != null) {
        Map<Integer, String> byPosition = new TreeMap<>();
        guarded.roles().forEach((role, position) -> byPosition.put(position, role));
        List<String> roles = new ArrayList<>();
        byPosition.forEach(
            (position, role) -> roles.add("`" + role + "` = its argument " + (position + 1)));
        text += " (" + String.join(", ", roles) + ") where " + condition(guarded.where());
      }
      if (!guarded.outcomes().isEmpty()) {
        List<String> outcomes = new ArrayList<>();
        for (var o : new java.util.TreeSet<>(guarded.outcomes())) outcomes.add(outcomeName(o));
        text += ", on the branch where " + String.join(" or ", outcomes);
      }
      return text;
    }
    if (c instanceof Condition.ResultCastTo cast) {
      return "the result is cast to or tested against `" + String.join("`, `", cast.types()) + "`";
    }
    if (c instanceof Condition.ChannelClass channel) {
      return "the channel class configured on the same builder (a class literal, see below) "
          + (channel.notIn() ? "is none of " : "is one of ")
          + names(channel.globs());
    }
    if (c instanceof Condition.Runtime rt)
      return "the target " + rt.runtime() + " version is in `" + rt.range() + "`";
    return c.toString();
  }

  private static String outcomeName(io.github.sockcheck.core.facts.GuardOutcome outcome) {
    return switch (outcome) {
      case NON_NULL -> "the value is not null";
      case NULL -> "the value is null";
      case TRUE -> "the test is true";
      case FALSE -> "the test is false";
      case COMPARED -> "the value was compared (either outcome)";
    };
  }

  private static String joined(List<Condition> conditions, String glue) {
    List<String> parts = new ArrayList<>();
    for (Condition c : conditions)
      parts.add(conditions.size() > 1 ? "(" + condition(c) + ")" : condition(c));
    return String.join(glue, parts);
  }

  private static String test(ValueTest t) {
    if (t instanceof ValueTest.Equals eq) return "is one of " + eq.values();
    if (t instanceof ValueTest.LessThan lt) return "is below " + lt.bound();
    if (t instanceof ValueTest.AtMost am) return "is at most " + am.bound();
    if (t instanceof ValueTest.IsNull) return "is `null`";
    if (t instanceof ValueTest.Absent) return "is not given";
    if (t instanceof ValueTest.Constant c) return "is the constant " + names(c.names());
    if (t instanceof ValueTest.FromCall fc) return "comes from " + members(fc.calls());
    if (t instanceof ValueTest.StringValue sv) return "is the string " + quoted(sv.values());
    if (t instanceof ValueTest.Is is) return "is `" + is.value() + "`";
    if (t instanceof ValueTest.ClassLiteral cl)
      return "is the class literal of " + names(cl.types());
    if (t instanceof ValueTest.Origin o) {
      List<String> kinds = new ArrayList<>();
      for (ArgOrigin origin : o.origins()) kinds.add(origin.name().toLowerCase(Locale.ROOT));
      kinds.sort(null);
      return "is a " + String.join(" or ", kinds);
    }
    return t.toString();
  }

  private static String members(List<MemberPattern> patterns) {
    List<String> parts = new ArrayList<>();
    for (MemberPattern p : patterns) {
      parts.add(
          "`"
              + (p.owner().equals("*") ? "" : p.owner() + ".")
              + p.member()
              + "()`"
              + (p.owner().indexOf('.') > 0 ? " (or a subtype's)" : ""));
    }
    return String.join(", ", parts);
  }

  private static String quoted(List<String> values) {
    List<String> parts = new ArrayList<>();
    for (String v : values) parts.add("`\"" + v + "\"`");
    return String.join(", ", parts);
  }

  private static String names(List<String> globs) {
    return "`" + String.join("`, `", globs) + "`";
  }

  private static void combination(CombinationMatch c, StringBuilder md) {
    if (c.alternatives().isEmpty()) {
      md.append("Reported when all of these hold:\n\n");
      block(c, "", md);
      md.append('\n');
      return;
    }
    md.append(
        "Reported when one of these alternatives holds; when several hold, the first in this"
            + " order is reported (its dependency, message and related locations):\n\n");
    for (int i = 0; i < c.alternatives().size(); i++) {
      md.append(i + 1).append(". all of these hold:\n");
      block(c.alternatives().get(i), "   ", md);
    }
    md.append('\n');
  }

  /** The conditions of one match block, one list item each, indented by {@code indent}. */
  private static void block(CombinationMatch c, String indent, StringBuilder md) {
    for (DependencyPattern d : c.dependencies()) {
      String names =
          (Ecosystem.MAVEN.is(d.ecosystem()) ? "Maven" : "PyPI")
              + " `"
              + String.join("` or `", d.names())
              + "`";
      md.append(indent).append("- ");
      if (d.absent()) md.append("no ").append(names).append(" among the dependencies");
      else md.append(names);
      if (d.range() != null) md.append(" at a version in `").append(d.range()).append('`');
      md.append('\n');
    }
    if (c.javaRelease() != null)
      md.append(indent)
          .append("- the target Java release is in `")
          .append(c.javaRelease())
          .append("`\n");
    if (c.python() != null)
      md.append(indent).append("- the Python version is in `").append(c.python()).append("`\n");
    if (!c.gunicornWorkers().isEmpty()) {
      md.append(indent)
          .append("- gunicorn runs one of the workers `")
          .append(String.join("`, `", c.gunicornWorkers()))
          .append("`\n");
    }
    if (!c.codeUses().isEmpty()) {
      md.append(indent).append("- the code uses one of:\n");
      for (CodeUse u : c.requiredUses().get(0))
        md.append(indent).append("  - ").append(use(u)).append('\n');
    }
    if (!c.codeUsesAll().isEmpty()) {
      md.append(indent).append("- the code uses each of:\n");
      for (List<CodeUse> group : c.codeUsesAll()) {
        if (group.size() == 1) {
          md.append(indent).append("  - ").append(use(group.get(0))).append('\n');
          continue;
        }
        md.append(indent).append("  - one of:\n");
        for (CodeUse u : group) md.append(indent).append("    - ").append(use(u)).append('\n');
      }
    }
  }

  private static String use(CodeUse u) {
    CallPattern p = u.pattern();
    String what =
        p.isTypeUse()
            ? "the type `"
                + p.owner()
                + "` named as a value (a class literal, `::new`, `instanceof` or a cast)"
            : pattern(p);
    return u.where() == CombinationMatch.ALWAYS ? what : what + ", when " + condition(u.where());
  }
}
