package io.github.sockcheck.python.source;

/**
 * One Python token. {@code value} is the decoded content for strings (null for f-strings, whose
 * value is not a constant) and the text otherwise. Offsets are 0-based into the file text; lines
 * and columns 1-based, {@code endColumn} exclusive.
 */
public record PyToken(
    Type type,
    String text,
    String value,
    int start,
    int end,
    int line,
    int column,
    int endLine,
    int endColumn) {

  public enum Type {
    NAME,
    NUMBER,
    STRING,
    OP,
    NEWLINE
  }

  public boolean is(Type t, String s) {
    return type == t && text.equals(s);
  }

  public boolean isOp(String s) {
    return type == Type.OP && text.equals(s);
  }

  public boolean isName() {
    return type == Type.NAME;
  }
}
