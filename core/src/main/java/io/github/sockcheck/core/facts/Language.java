package io.github.sockcheck.core.facts;

/** The language a call site was found in; a call pattern applies to one language. */
public enum Language {
  JAVA,
  PYTHON
}
