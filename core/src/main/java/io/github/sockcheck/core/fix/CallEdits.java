package io.github.sockcheck.core.fix;

import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.rules.QuickFix;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a call quick fix ({@code append-argument}, {@code replace-call}) against a call found in
 * the text.
 */
public final class CallEdits {

  /** {@code module.NAME}: the only shape whose qualifier names a module for certain. */
  private static final Pattern QUALIFIED =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\.[A-Za-z_][A-Za-z0-9_]*");

  private CallEdits() {}

  /**
   * The edit, or empty when a placeholder has no value.
   *
   * @param roles the matched pattern's roles: role → position (and, with {@code keywords}, the
   *     keyword name)
   * @param keywords arguments may be given by keyword (Python)
   */
  public static Optional<TextEdit> render(
      String path,
      TextOffsets text,
      CallText call,
      QuickFix.Edit edit,
      Map<String, Integer> roles,
      boolean keywords) {
    java.util.function.Function<String, Optional<String>> values =
        key -> value(key, text.text(), call, roles, keywords);
    if (edit instanceof QuickFix.AppendArgument append) {
      return FixTemplate.render(append.template(), values)
          .map(
              arg -> {
                List<CallText.Arg> args = call.args();
                if (args.isEmpty())
                  return new TextEdit(text.region(path, call.close(), call.close()), arg);
                int after = args.get(args.size() - 1).end();
                return new TextEdit(text.region(path, after, after), ", " + arg);
              });
    }
    if (edit instanceof QuickFix.ReplaceCall replace) {
      return FixTemplate.render(replace.template(), values)
          .map(t -> new TextEdit(text.region(path, call.start(), call.end()), t));
    }
    return Optional.empty();
  }

  private static Optional<String> value(
      String key, String text, CallText call, Map<String, Integer> roles, boolean keywords) {
    if (key.equals("callee")) return Optional.of(text.substring(call.start(), call.open()).strip());
    if (key.equals("args"))
      return Optional.of(text.substring(call.open() + 1, call.close()).strip());
    int colon = key.indexOf(':');
    String role = key.substring(colon + 1);
    Optional<CallText.Arg> arg = argument(call, role, roles.get(role), keywords);
    if (key.startsWith("arg:")) return arg.map(CallText.Arg::value);
    return arg.flatMap(
        a -> {
          Matcher m = QUALIFIED.matcher(a.value());
          return m.matches() ? Optional.of(m.group(1) + ".") : Optional.empty();
        });
  }

  private static Optional<CallText.Arg> argument(
      CallText call, String role, Integer position, boolean keywords) {
    if (keywords) {
      for (CallText.Arg a : call.args()) if (role.equals(a.keyword())) return Optional.of(a);
    }
    if (position == null) return Optional.empty();
    int index = 0;
    for (CallText.Arg a : call.args()) {
      if (a.keyword() != null) continue;
      if (a.value().startsWith("*"))
        return Optional.empty(); // *args: positions after it are unknown
      if (index++ == position) return Optional.of(a);
    }
    return Optional.empty();
  }
}
