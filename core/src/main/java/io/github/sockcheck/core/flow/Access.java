package io.github.sockcheck.core.flow;

/**
 * Java access of a method, field or class; decides whether its callers or writers can all be seen.
 */
public enum Access {
  PUBLIC,
  PROTECTED,
  PACKAGE,
  PRIVATE;

  /** Code outside the scanned program may call or write it (public and protected members). */
  public boolean openToOutside() {
    return this == PUBLIC || this == PROTECTED;
  }
}
