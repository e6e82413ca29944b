package io.github.sockcheck.core.docs;

import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.MemberPattern;
import io.github.sockcheck.core.rules.QuickFix;
import io.github.sockcheck.core.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Quick fix" part of a rule page, generated from the rule's {@code quick-fixes}: what each fix
 * does, to which calls, when it is offered, and the edit, so a reader knows what {@code sockcheck
 * fix} and the editor's quick fix will change before running them.
 */
final class QuickFixDoc {

  private QuickFixDoc() {}

  static String render(Rule r) {
    StringBuilder md = new StringBuilder("### Quick fix\n\n");
    if (r.quickFixes().isEmpty()) {
      md.append("None: no edit is certain enough to be made automatically; see the fix above.\n\n");
      return md.toString();
    }
    md.append(
            "Offered in the editor (`sockcheck lsp`), as SARIF `fixes`, and applied by `sockcheck fix` and ")
        .append(
            "`mvn sockcheck:fix`, only where it is certain: the condition holds, the code is found again in ")
        .append("the file, and the file parses before and after.\n\n");
    for (QuickFix f : r.quickFixes()) {
      md.append("- **").append(f.title()).append("**\n");
      if (!f.calls().isEmpty())
        md.append("  - for calls of ").append(members(f.calls())).append('\n');
      if (f.when() != null) md.append("  - when ").append(condition(f.when())).append('\n');
      md.append("  - edit: ").append(edit(f.edit()));
      if (!f.imports().isEmpty())
        md.append(", importing `").append(String.join("`, `", f.imports())).append("` if needed");
      md.append('\n');
    }
    return md.append('\n').toString();
  }

  private static String edit(QuickFix.Edit e) {
    if (e instanceof QuickFix.AppendArgument a)
      return "add the argument `" + a.template() + "` after the call's last one";
    if (e instanceof QuickFix.ReplaceCall c) return "replace the call with `" + c.template() + "`";
    QuickFix.SetVersion v = (QuickFix.SetVersion) e;
    return "set the version to `"
        + v.version()
        + "` where it is declared: the property, the `dependencyManagement`"
        + " entry, the BOM import (same group) or the dependency's own `<version>`, wherever it is written literally";
  }

  static String condition(Condition c) {
    if (c instanceof Condition.All all) return joined(all.conditions(), " and ");
    if (c instanceof Condition.Any any) return joined(any.conditions(), " or ");
    if (c instanceof Condition.Not not) return "not (" + condition(not.condition()) + ")";
    if (c instanceof Condition.Dependency d) {
      return "the project's `"
          + String.join("`, `", d.names())
          + "` is known at a version in `"
          + d.range()
          + "`";
    }
    if (c instanceof Condition.UseArgIpv4 u) {
      return "every call of "
          + members(u.of())
          + " on the result passes, as argument "
          + (u.position() + 1)
          + ", an IPv4 address literal given to "
          + members(u.ipv4From());
    }
    return RuleMatchDoc.condition(c);
  }

  private static String joined(List<Condition> conditions, String glue) {
    List<String> parts = new ArrayList<>();
    for (Condition c : conditions)
      parts.add(conditions.size() > 1 ? "(" + condition(c) + ")" : condition(c));
    return String.join(glue, parts);
  }

  private static String members(List<MemberPattern> patterns) {
    List<String> parts = new ArrayList<>();
    for (MemberPattern p : patterns) {
      if (p.member().equals("<init>")) parts.add("`new " + p.owner() + "(…)`");
      else parts.add("`" + (p.owner().equals("*") ? "" : p.owner() + ".") + p.member() + "()`");
    }
    return String.join(", ", parts);
  }
}
