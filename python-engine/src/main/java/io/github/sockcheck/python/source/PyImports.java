package io.github.sockcheck.python.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a module binds with {@code import} statements, so that a callee can be reported by its
 * canonical dotted name: {@code from gevent import socket as gsocket} makes {@code gsocket.socket}
 * {@code gevent.socket.socket}; {@code import socket as s} makes {@code s.socket} {@code
 * socket.socket}. Star imports are remembered for bare names no import binds.
 */
public final class PyImports {

  private final Map<String, String> bindings = new HashMap<>();
  private final List<String> starModules = new ArrayList<>();

  /**
   * {@code import a.b.c} binds {@code a}; {@code import a.b as x} binds {@code x} to {@code a.b}.
   */
  public void importModule(String dotted, String alias) {
    if (alias != null) bindings.put(alias, dotted);
    else {
      String first = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
      bindings.put(first, first);
    }
  }

  /** {@code from module import name [as alias]}; {@code name} "*" records a star import. */
  public void importFrom(String module, String name, String alias) {
    if (name.equals("*")) {
      starModules.add(module);
      return;
    }
    bindings.put(alias != null ? alias : name, module + "." + name);
  }

  /**
   * The canonical dotted name of a dotted reference as written, and whether an import explicitly
   * bound its first name (false for star-import guesses and unbound names, which are returned as
   * written).
   */
  public Resolved resolve(String written) {
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String rest = dot < 0 ? "" : written.substring(dot);
    String bound = bindings.get(first);
    if (bound != null) return new Resolved(bound + rest, true);
    if (!starModules.isEmpty() && !starModules.get(starModules.size() - 1).startsWith(".")) {
      return new Resolved(starModules.get(starModules.size() - 1) + "." + written, false);
    }
    return new Resolved(written, false);
  }

  public record Resolved(String name, boolean viaImport) {}
}
