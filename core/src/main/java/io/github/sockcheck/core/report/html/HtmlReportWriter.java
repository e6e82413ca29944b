package io.github.sockcheck.core.report.html;

import io.github.sockcheck.core.io.AtomicFiles;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.core.report.Report;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one scan as a self-contained HTML page for people: summary by level, rule and file, every
 * finding with the source around it, the rule's help, fix and evidence, the version trail of
 * combination findings, baselined and suppressed findings apart, and the scan's notifications.
 *
 * <p>The page loads nothing: stylesheet and script are inline and a Content-Security-Policy allows
 * only those two. All text from the report (messages, paths, source lines, rule files) is escaped.
 * It reads and works without scripts; the script adds filtering and sorting. Like the SARIF writer
 * it shows findings suppressed in source only when asked to ({@link #includingSuppressed()});
 * baselined findings are always shown, in their own section. The output is deterministic.
 */
public final class HtmlReportWriter {

  private final boolean includeSuppressed;
  private final FileTexts texts;
  private final String title;

  private HtmlReportWriter(boolean includeSuppressed, FileTexts texts, String title) {
    this.includeSuppressed = includeSuppressed;
    this.texts = texts;
    this.title = title;
  }

  /** Leaves findings suppressed in source out (they are counted in the summary). */
  public static HtmlReportWriter withoutSuppressed() {
    return new HtmlReportWriter(false, null, null);
  }

  /** Lists findings suppressed in source in their own section, with the reason given. */
  public static HtmlReportWriter includingSuppressed() {
    return new HtmlReportWriter(true, null, null);
  }

  /** Reads source snippets through the scan's cache; its root must be the report's root. */
  public HtmlReportWriter readingFrom(FileTexts sharedTexts) {
    return new HtmlReportWriter(includeSuppressed, sharedTexts, title);
  }

  /** The name the page shows for the project (default: the root directory's name). */
  public HtmlReportWriter titled(String projectTitle) {
    return new HtmlReportWriter(includeSuppressed, texts, projectTitle);
  }

  /** Writes the page atomically. */
  public void write(Report report, Path out) throws IOException {
    AtomicFiles.writeString(out, toHtml(report));
  }

  /** The whole document. */
  public String toHtml(Report report) {
    return page(report).document();
  }

  /**
   * The report as a fragment for another page's body (its {@code <style>}, content and {@code
   * <script>}), e.g. a Maven site page. There the host page's policy applies instead of the
   * report's own.
   */
  public String toFragment(Report report) {
    return page(report).fragment();
  }

  private HtmlPage page(Report report) {
    FileTexts source = texts != null ? texts : new FileTexts(report.root());
    return new HtmlPage(
        report,
        title != null && !title.isBlank() ? title : defaultTitle(report.root()),
        includeSuppressed,
        source);
  }

  private static String defaultTitle(Path root) {
    Path name = root.toAbsolutePath().normalize().getFileName();
    return name == null ? root.toAbsolutePath().toString() : name.toString();
  }
}
