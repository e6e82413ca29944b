package io.github.sockcheck.python.manifest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PEP 503 name normalization: lower case, runs of {@code -}, {@code _} and {@code .} become one
 * {@code -}.
 */
public final class PypiName {

  private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");

  private PypiName() {}

  public static String normalize(String name) {
    return SEPARATORS.matcher(name.strip()).replaceAll("-").toLowerCase(Locale.ROOT);
  }
}
