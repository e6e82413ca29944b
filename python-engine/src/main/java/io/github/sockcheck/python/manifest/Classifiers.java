package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.core.findings.Location;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trove classifiers that name a supported interpreter ({@code Programming Language :: Python ::
 * 3.8}): each is supported-range evidence for that minor version. {@code :: 3} and {@code :: 3 ::
 * Only} name no version.
 */
public final class Classifiers {

  private static final Pattern VERSION =
      Pattern.compile("^Programming Language\\s*::\\s*Python\\s*::\\s*(\\d+\\.\\d+)\\s*$");

  private Classifiers() {}

  /** {@code 3.8} for a classifier naming that version, else null. */
  public static String version(String classifier) {
    Matcher m = VERSION.matcher(classifier.strip());
    return m.matches() ? m.group(1) : null;
  }

  /** Records the version a classifier names, if any. */
  static void collect(String classifier, Location at, RuntimeCollector runtimes) {
    String v = version(classifier);
    if (v != null)
      runtimes.version(v, at, "classifiers", Evidence.SUPPORTED, "classifier Python :: " + v);
  }
}
