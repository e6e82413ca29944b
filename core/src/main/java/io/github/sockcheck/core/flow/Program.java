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
 * overriding methods of subtypes), fields to the class that declares them, and types to their
 * supertypes.
 */
final class Program {

  /**
   * A method of the program; {@code index} is its position in {@link #methods()}, which alone
   * identifies it.
   */
  record MethodRef(int index, ClassFacts owner, MethodFacts method, String id) {
    @Override
    public boolean equals(Object o) {
      return o instanceof MethodRef m && m.index == index && m.method == method;
    }

    @Override
    public int hashCode() {
      return index;
    }
  }

  private final Map<String, ClassFacts> classes = new LinkedHashMap<>();
  private final List<MethodRef> methods = new ArrayList<>();

  /**
   * {@code owner#name} → the owner's methods of that name: linking a call looks only at its
   * candidates.
   */
  private final Map<String, List<MethodRef>> methodsByOwnerAndName = new HashMap<>();

  private final Map<String, List<MethodRef>> methodsByName = new HashMap<>();
  private final Map<CallFact, List<MethodRef>> targets = new java.util.IdentityHashMap<>();
  private final Map<String, Set<String>> supertypesCache = new HashMap<>();
  private final Map<String, Set<String>> subtypesCache = new HashMap<>();
  private final Map<String, MethodRef> methodsById = new HashMap<>();
  private final Map<String, Set<String>> directSubtypes = new HashMap<>();

  Program(List<ClassFacts> classFacts) {
    for (ClassFacts c : classFacts) classes.putIfAbsent(c.name(), c);
    // Every declaration keeps its methods, also a second class of the same name (two projects side
    // by side
    // in one scan, a copied class): its calls are sites of their own, and calls to the name link to
    // both.
    Set<ClassFacts> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (ClassFacts c : classFacts) {
      if (!seen.add(c)) continue;
      for (MethodFacts m : c.methods()) {
        MethodRef ref = new MethodRef(methods.size(), c, m, m.id(c.name()));
        methods.add(ref);
        methodsByOwnerAndName
            .computeIfAbsent(c.name() + "#" + m.name(), k -> new ArrayList<>())
            .add(ref);
        methodsByName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(ref);
        methodsById.putIfAbsent(ref.id(), ref);
      }
      if (c.superName() != null)
        directSubtypes.computeIfAbsent(c.superName(), k -> new LinkedHashSet<>()).add(c.name());
      for (String i : c.interfaces())
        directSubtypes.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(c.name());
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
    Set<String> cached = supertypesCache.get(type);
    if (cached != null) return cached;
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
    found = java.util.Collections.unmodifiableSet(found);
    supertypesCache.put(type, found);
    return found;
  }

  /** Program classes that extend or implement {@code type}, transitively. */
  Set<String> subtypes(String type) {
    Set<String> cached = subtypesCache.get(type);
    if (cached != null) return cached;
    Set<String> found = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>(List.of(type));
    for (int i = 0; i < queue.size(); i++) {
      for (String s : directSubtypes.getOrDefault(queue.get(i), Set.of()))
        if (found.add(s)) queue.add(s);
    }
    found = java.util.Collections.unmodifiableSet(found);
    subtypesCache.put(type, found);
    return found;
  }

  /**
   * The methods a call may run; empty for library calls. Computed once per call (the graph asks
   * several times).
   */
  List<MethodRef> targets(CallFact call) {
    List<MethodRef> cached = targets.get(call);
    if (cached == null) {
      cached = List.copyOf(findTargets(call));
      targets.put(call, cached);
    }
    return cached;
  }

  /**
   * The method {@code type} runs for {@code name/arity} when code outside calls it (a library
   * calling a listener back): declared by the type or inherited from its nearest program supertype.
   */
  List<MethodRef> implementation(String type, String name, int arity) {
    List<String> owners = new ArrayList<>();
    owners.add(type);
    owners.addAll(supertypes(type));
    for (String owner : owners) {
      List<MethodRef> found = new ArrayList<>();
      for (MethodRef m : methodsByOwnerAndName.getOrDefault(owner + "#" + name, List.of())) {
        if (m.method().paramTypes().size() == arity && !m.method().isStatic()) found.add(m);
      }
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  private Set<MethodRef> findTargets(CallFact call) {
    Set<MethodRef> found = new LinkedHashSet<>();
    if (call.owner() == null || call.owner().equals("*")) return found;
    switch (call.kind()) {
      case LAMBDA ->
          found.addAll(
              methodsByOwnerAndName.getOrDefault(call.owner() + "#" + call.member(), List.of()));
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
        // Overrides in subtypes: look at the methods of that name (few), not at every subtype (all
        // classes for Object).
        Set<String> subtypes = subtypes(call.owner());
        if (!subtypes.isEmpty()) {
          for (MethodRef m : methodsByName.getOrDefault(call.member(), List.of())) {
            if (subtypes.contains(m.owner().name()) && fits(m, call)) found.add(m);
          }
        }
      }
    }
    return found;
  }

  private void addDeclared(String owner, CallFact call, Set<MethodRef> into) {
    for (MethodRef m : methodsByOwnerAndName.getOrDefault(owner + "#" + call.member(), List.of())) {
      if (fits(m, call)) into.add(m);
    }
  }

  private static boolean fits(MethodRef m, CallFact call) {
    MethodFacts facts = m.method();
    return facts.paramTypes().size() == call.args().size()
        && sameParameters(call.paramTypes(), facts.paramTypes());
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

  /**
   * The program class that declares field {@code name} as seen through {@code owner}, else {@code
   * owner}.
   */
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
