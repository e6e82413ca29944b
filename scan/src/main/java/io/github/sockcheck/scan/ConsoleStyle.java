package io.github.sockcheck.scan;

/**
 * How {@link ScanResult#consoleLines(ConsoleStyle)} shapes finding lines.
 *
 * <ul>
 *   <li>{@link #MAVEN}: {@code /abs/path/Foo.java:[12,5] rule-id: message}, logged through Maven's
 *       log at the line's level;
 *   <li>{@link #CLI}: {@code path:12:5: warning: message [rule-id]} with paths relative to the
 *       working directory when the root lies under it.
 * </ul>
 */
public enum ConsoleStyle {
  MAVEN,
  CLI
}
