package io.github.sockcheck.cli;

/** The command line is wrong; the message says what and how to fix it (exit code 2). */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
