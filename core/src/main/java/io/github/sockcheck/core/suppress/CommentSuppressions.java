package io.github.sockcheck.core.suppress;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Suppression;
import io.github.sockcheck.core.io.FileTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Honours {@code sockcheck:ignore} comments on a finding's line or on a comment-only line right
 * above it:
 *
 * <ul>
 *   <li>Java (and other JVM sources): {@code // sockcheck:ignore <id>[,<id>] -- <reason>}
 *   <li>Python, requirements, TOML, YAML, Dockerfile, Procfile, ...: {@code # sockcheck:ignore <id>
 *       -- <reason>}
 *   <li>XML (poms): {@code <!-- sockcheck:ignore <id>: <reason> -->} ({@code --} is also read,
 *       though XML forbids it inside comments)
 * </ul>
 *
 * Without ids the comment covers every rule; with ids, only those rules, whether the comment is on
 * the finding's line or the line above. The reason follows {@code --}, {@code :} or an em dash;
 * words after the ids without a separator are the reason too ({@code // sockcheck:ignore r checked
 * above}), since a second list of ids would need a comma. So the first word after {@code
 * sockcheck:ignore} is always a rule id: a comment for every rule must start its reason with a
 * separator ({@code // sockcheck:ignore -- generated}). A suppression without a reason still
 * suppresses, and yields a warning notification asking for one. A finding without a line (a
 * file-level one, line 0) cannot be suppressed by a comment: use the baseline. Files are read once
 * per instance (use one instance per scan).
 */
public final class CommentSuppressions {

  public static final String SOURCE = "suppress";

  private final FileTexts texts;
  private final Set<String> reportedMissingReasons = ConcurrentHashMap.newKeySet();
  private final List<Notification> notifications = new ArrayList<>();

  public CommentSuppressions(FileTexts texts) {
    this.texts = texts;
  }

  /** The findings and the notifications about reasonless suppressions. */
  public record Outcome(List<Finding> findings, List<Notification> notifications) {}

  /** Marks every finding a comment suppresses; findings already suppressed are left as they are. */
  public Outcome apply(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(f.suppressed() ? f : suppressionFor(f).map(f::withSuppression).orElse(f));
    }
    return new Outcome(out, notifications());
  }

  /**
   * The in-source suppression covering {@code finding}, if a comment on its line or the line above
   * names it.
   */
  public Optional<Suppression> suppressionFor(Finding finding) {
    Location location = finding.location();
    int line = location.startLine();
    if (line <= 0) return Optional.empty();
    List<CommentStyle> styles = CommentStyle.of(location.path());
    Optional<List<String>> lines = texts.lines(location.path());
    if (lines.isEmpty() || line > lines.get().size()) return Optional.empty();
    List<String> text = lines.get();

    int commentLine = line;
    Optional<IgnoreComment> comment =
        IgnoreComment.find(text.get(line - 1), styles, false)
            .filter(c -> c.covers(finding.ruleId()));
    if (comment.isEmpty() && line >= 2) {
      commentLine = line - 1;
      comment =
          IgnoreComment.find(text.get(line - 2), styles, true)
              .filter(c -> c.covers(finding.ruleId()));
    }
    if (comment.isEmpty()) return Optional.empty();

    Location where = Location.line(location.path(), commentLine);
    if (comment.get().reason().isEmpty()) missingReason(finding.ruleId(), where);
    return Optional.of(new Suppression("inSource", comment.get().reason(), where));
  }

  /** Notifications so far, one per reasonless comment and rule, sorted. */
  public synchronized List<Notification> notifications() {
    List<Notification> sorted = new ArrayList<>(notifications);
    sorted.sort(Notification.ORDER);
    return sorted;
  }

  private void missingReason(String ruleId, Location where) {
    if (!reportedMissingReasons.add(ruleId + "\u0000" + where)) return;
    String message =
        "suppression of "
            + ruleId
            + " at "
            + where.path()
            + ":"
            + where.startLine()
            + " has no reason (write `-- <reason>`)";
    synchronized (this) {
      notifications.add(Notification.warning(SOURCE, where, message));
    }
  }
}
