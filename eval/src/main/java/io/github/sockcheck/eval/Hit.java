package io.github.sockcheck.eval;

/**
 * One finding of one engine, reduced to what the scorer compares: rule, file (tree-relative) and
 * line.
 */
public record Hit(String project, String rule, String path, int line, String message) {

  public String where() {
    return path + ":" + line;
  }
}
