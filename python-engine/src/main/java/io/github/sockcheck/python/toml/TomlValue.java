package io.github.sockcheck.python.toml;

import java.util.List;
import java.util.Map;

/**
 * A TOML value with where it was written. {@code value} is a {@link String} (strings, and
 * dates/times kept as text), {@link Long}, {@link Double}, {@link Boolean}, {@code List<TomlValue>}
 * or {@code Map<String, TomlValue>} (tables, in file order).
 *
 * @param line 1-based line of the value's first character
 * @param column 1-based column of the value's first character
 * @param endLine line of the value's last character
 * @param endColumn column after the value's last character
 * @param keyLine line of the key this value was assigned to (its own line for array elements and
 *     tables)
 * @param keyColumn column of that key
 */
public record TomlValue(
    Object value, int line, int column, int endLine, int endColumn, int keyLine, int keyColumn) {

  public boolean isString() {
    return value instanceof String;
  }

  public String string() {
    return value instanceof String s ? s : null;
  }

  @SuppressWarnings("unchecked")
  public Map<String, TomlValue> table() {
    return value instanceof Map<?, ?> m ? (Map<String, TomlValue>) m : null;
  }

  @SuppressWarnings("unchecked")
  public List<TomlValue> array() {
    return value instanceof List<?> l ? (List<TomlValue>) l : null;
  }

  /** The value at a dotted path of table keys, or null. */
  public TomlValue at(String... keys) {
    TomlValue current = this;
    for (String key : keys) {
      Map<String, TomlValue> t = current.table();
      if (t == null) return null;
      current = t.get(key);
      if (current == null) return null;
    }
    return current;
  }
}
