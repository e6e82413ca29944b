package io.github.sockcheck.core.suppress;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code sockcheck:ignore [id[,id]...] [-- reason]} comment. No ids means every rule.
 * Besides {@code --}, {@code :} also separates the reason, because {@code --} is not allowed inside
 * an XML comment: in a pom write {@code <!-- sockcheck:ignore id: reason -->}.
 *
 * @param ruleIds the rules it names; empty for all
 * @param reason the justification, empty when none was written
 */
record IgnoreComment(List<String> ruleIds, String reason) {

  private static final String TOKEN = "sockcheck:ignore";

  /** The reason the language server's "suppress" quick fix writes for the user to replace. */
  static final String REASON_PLACEHOLDER = "<reason>";

  private static final String ID = "[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*";
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "sockcheck:ignore(?![\\w-])"
              + "(?:\\s+(?<ids>"
              + ID
              + "(?:\\s*,\\s*"
              + ID
              + ")*))?"
              + "\\s*(?:(?:--|:|\u2014)(?<reason>.*))?");

  boolean covers(String ruleId) {
    return ruleIds.isEmpty() || ruleIds.contains(ruleId);
  }

  /**
   * Finds the directive in {@code line}: it must follow a comment opener of one of {@code styles}
   * with only spaces between; with {@code commentOnly} the opener must also start the line.
   */
  static Optional<IgnoreComment> find(String line, List<CommentStyle> styles, boolean commentOnly) {
    for (int at = line.indexOf(TOKEN); at >= 0; at = line.indexOf(TOKEN, at + 1)) {
      String before = line.substring(0, at).stripTrailing();
      for (CommentStyle style : styles) {
        if (!before.endsWith(style.opener)) continue;
        String code = before.substring(0, before.length() - style.opener.length());
        if (commentOnly && !code.isBlank()) continue;
        String comment = line.substring(at);
        if (style == CommentStyle.XML) {
          int end = comment.indexOf("-->");
          if (end >= 0) comment = comment.substring(0, end);
        }
        Optional<IgnoreComment> parsed = parse(comment.strip());
        if (parsed.isPresent()) return parsed;
      }
    }
    return Optional.empty();
  }

  private static Optional<IgnoreComment> parse(String comment) {
    Matcher m = DIRECTIVE.matcher(comment);
    if (!m.lookingAt()) return Optional.empty();
    String ids = m.group("ids");
    List<String> ruleIds =
        ids == null ? List.of() : Arrays.stream(ids.split(",")).map(String::strip).toList();
    String reason = m.group("reason") == null ? "" : m.group("reason").strip();
    if (m.group("reason") == null && m.end() < comment.length()) {
      // Words after the ids without a separator: take them as the reason rather than as rule ids.
      reason = comment.substring(m.end()).strip();
    }
    if (reason.equals(REASON_PLACEHOLDER))
      reason = ""; // the editor's quick fix wrote it; the user has not yet
    return Optional.of(new IgnoreComment(ruleIds, reason));
  }
}
