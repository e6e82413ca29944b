package io.github.sockcheck.python;

import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Location;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Facts written as one short line each, so that a test states what a reader found and where in one
 * string: the places and the common parts of a fact are spelled here once.
 */
final class FactLines {

  private FactLines() {}

  /** Each item as a line, in the order reported. */
  static <T> String lines(Collection<T> items, Function<T, String> line) {
    return items.stream().map(line).collect(Collectors.joining("\n"));
  }

  /** {@code line:column-endColumn}: a place on one line. */
  static String span(Location at) {
    return at.startLine() + ":" + at.startColumn() + "-" + at.endColumn();
  }

  /** {@code line:column-endLine:endColumn}. */
  static String range(Location at) {
    return at.startLine() + ":" + at.startColumn() + "-" + at.endLine() + ":" + at.endColumn();
  }

  /** {@code path:line}. */
  static String lineOf(Location at) {
    return at.path() + ":" + at.startLine();
  }

  /** {@code name|version|constraint}. */
  static String requirement(Dependency d) {
    return d.name() + "|" + d.version() + "|" + d.constraint();
  }

  /** The pinned version, or the constraint where none is pinned. */
  static String versionOrConstraint(RuntimeFact r) {
    return r.version() != null ? r.version() : r.constraint();
  }

  /** Each runtime as {@code version-or-constraint|evidence|line:column|source}. */
  static String runtimes(RecordingSink sink) {
    return lines(
        sink.runtimes(),
        r ->
            versionOrConstraint(r)
                + "|"
                + r.evidence()
                + "|"
                + r.declaredAt().startLine()
                + ":"
                + r.declaredAt().startColumn()
                + "|"
                + r.source());
  }

  /** Each problem as {@code line message}. */
  static String problems(RecordingSink sink) {
    return lines(sink.notifications(), n -> n.location().startLine() + " " + n.message());
  }
}
