package io.github.sockcheck.core.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scanned program: every class's local facts, indexed to link calls to the methods they may run
 * (by owner, name, arity and, when both sides know them, parameter types; virtual calls also reach
 * overriding methods of subtypes), fields to the class that declares them, and types to their supertypes.
 */
final class Program {

  /** A method of the program; {@code index} is its position in {@link #methods()}. */
  record MethodRef(int index, ClassFacts owner, MethodFacts method, String id) {}

  private final Map<String, ClassFacts> classes = new LinkedHashMap<>();
  private final List<MethodRef> methods = new ArrayList<>();
  private final Map<String, List<MethodRef>> methodsByOwner = new HashMap<>();
  private final Map<String, MethodRef> methodsById = new HashMap<>();
  private final Map<String, Set<String>> directSubtypes = new HashMap<>();

  Program(List<ClassFacts> classFacts) {
    for (ClassFacts c : classFacts) classes.putIfAbsent(c.name(), c);
    for (ClassFacts c : classes.values()) {
      for (MethodFacts m : c.methods()) {
        MethodRef ref = new MethodRef(methods.size(), c, m, m.id(c.name()));
        methods.add(ref);
        methodsByOwner.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(ref);
        methodsById.putIfAbsent(ref.id(), ref);
      }
      if (c.superName() != null) directSubtypes.computeIfAbsent(c.superName(), k -> new LinkedHashSet<>()).add(c.name());
      for (String i : c.interfaces()) directSubtypes.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(c.name());
    }
  }

  List<MethodRef> methods() {
    return methods;
  }

  ClassFacts classNamed(String name) {
    return classes.get(name);
  }

  boolean contains(String type) {
    return classes.containsKey(type);
  }

  MethodRef method(String id) {
    return methodsById.get(id);
  }

  /** Supertypes of {@code type} the program declares, transitively (not {@code type} itself). */
  Set<String> supertypes(String type) {
    Set<String> found = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>(List.of(type));
    for (int i = 0; i < queue.size(); i++) {
      ClassFacts c = classes.get(queue.get(i));
      if (c == null) continue;
      List<String> direct = new ArrayList<>();
      if (c.superName() != null) direct.add(c.superName());
      direct.addAll(c.interfaces());
      for (String s : direct) if (found.add(s)) queue.add(s);
    }
    return found;
  }

  /** Program classes that extend or implement {@code type}, transitively. */
  Set<String> subtypes(String type) {
    Set<String> found = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>(List.of(type));
    for (int i = 0; i < queue.size(); i++) {
      for (String s : directSubtypes.getOrDefault(queue.get(i), Set.of())) if (found.add(s)) queue.add(s);
    }
    return found;
  }

  /** The methods a call may run, in program order; empty for library calls. */
  List<MethodRef> targets(CallFact call) {
    List<MethodRef> found = new ArrayList<>();
    if (call.owner() == null || call.owner().equals("*")) return found;
    switch (call.kind()) {
      case LAMBDA -> {
        for (MethodRef m : methodsByOwner.getOrDefault(call.owner(), List.of())) {
          if (m.method().name().equals(call.member())) found.add(m);
        }
      }
      case CONSTRUCTOR, SUPER_CONSTRUCTOR -> addDeclared(call.owner(), call, found);
      case STATIC -> {
        addDeclared(call.owner(), call, found);
        if (found.isEmpty()) for (String s : supertypes(call.owner())) addDeclared(s, call, found);
      }
      case VIRTUAL -> {
        addDeclared(call.owner(), call, found);
        if (found.isEmpty()) {
          for (String s : supertypes(call.owner())) {
            addDeclared(s, call, found);
            if (!found.isEmpty()) break; // the nearest inherited implementation
          }
        }
        for (String s : subtypes(call.owner())) addDeclared(s, call, found);
      }
    }
    return found;
  }

  private void addDeclared(String owner, CallFact call, List<MethodRef> into) {
    for (MethodRef m : methodsByOwner.getOrDefault(owner, List.of())) {
      MethodFacts facts = m.method();
      if (!facts.name().equals(call.member()) || facts.paramTypes().size() != call.args().size()) continue;
      if (!sameParameters(call.paramTypes(), facts.paramTypes())) continue;
      if (!into.contains(m)) into.add(m);
    }
  }

  /** Equal erased parameter types, or true when either side does not know them. */
  private static boolean sameParameters(List<String> called, List<String> declared) {
    if (called == null) return true;
    for (int i = 0; i < declared.size(); i++) {
      String a = called.get(i);
      String b = declared.get(i);
      if (a == null || b == null) continue;
      if (!erase(a).equals(erase(b))) return false;
    }
    return true;
  }

  private static String erase(String type) {
    int lt = type.indexOf('<');
    if (lt < 0) return type;
    int gt = type.lastIndexOf('>');
    return type.substring(0, lt) + (gt >= 0 ? type.substring(gt + 1) : "");
  }

  /** The program class that declares field {@code name} as seen through {@code owner}, else {@code owner}. */
  String fieldOwner(String owner, String name) {
    String current = owner;
    Set<String> seen = new LinkedHashSet<>();
    while (current != null && seen.add(current)) {
      ClassFacts c = classes.get(current);
      if (c == null) return current.equals(owner) ? owner : current;
      for (FieldDecl f : c.fields()) if (f.name().equals(name)) return current;
      current = c.superName();
    }
    return owner;
  }

  /** The declaration of a field of a program class, or null. */
  FieldDecl fieldDecl(String owner, String name) {
    ClassFacts c = classes.get(owner);
    if (c == null) return null;
    for (FieldDecl f : c.fields()) if (f.name().equals(name)) return f;
    return null;
  }
}
