package io.github.sockcheck.scan;

/**
 * The scan cannot start because its configuration is wrong: a malformed rule file, an unknown rule
 * id in the enabled/disabled lists, an unknown engine, an unreadable baseline. The message names
 * the file (and line) and says what to fix; shells print it as it is.
 */
public class ConfigurationException extends Exception {

  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
