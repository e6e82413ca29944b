package io.github.sockcheck.bytecode.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Class headers (supertypes, static fields) of any type the analysed code names, read lazily with
 * ASM from {@link ClassBytes} and cached for the scan. A type whose class file cannot be found or
 * read has no header: its supertypes are then the part of the hierarchy that is known.
 */
public final class ClassHeaders {

  /** A static field: its access flags and its {@code ConstantValue}, if any. */
  public record StaticField(int access, Object constantValue) {
    public boolean isFinal() {
      return (access & Opcodes.ACC_FINAL) != 0;
    }
  }

  /** What a class file says about its type. */
  record Header(String superName, List<String> interfaces, Map<String, StaticField> staticFields) {}

  private final ClassBytes bytes;
  private final Map<String, Optional<Header>> headers = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> supertypes = new ConcurrentHashMap<>();

  public ClassHeaders(ClassBytes bytes) {
    this.bytes = bytes;
  }

  /** Whether the class file of {@code internalName} was found and read. */
  public boolean known(String internalName) {
    return header(internalName) != null;
  }

  /**
   * Every known proper supertype of {@code internalName}, as dotted names ({@code $} kept), nearest
   * first.
   */
  public Set<String> supertypes(String internalName) {
    Set<String> cached = supertypes.get(internalName);
    if (cached != null) return cached;
    Set<String> found = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(internalName));
    Set<String> seen = new LinkedHashSet<>(todo);
    while (!todo.isEmpty()) {
      Header h = header(todo.poll());
      if (h == null) continue;
      List<String> direct = new ArrayList<>();
      if (h.superName() != null) direct.add(h.superName());
      direct.addAll(h.interfaces());
      for (String s : direct) {
        if (seen.add(s)) {
          found.add(s.replace('/', '.'));
          todo.add(s);
        }
      }
    }
    Set<String> result = Set.copyOf(found);
    supertypes.put(internalName, result);
    return result;
  }

  /**
   * The static field {@code name} as seen through {@code owner} (declared there or in a supertype),
   * or null when it is not found (unknown class, instance field, no such field).
   */
  public StaticField staticField(String owner, String name) {
    Deque<String> todo = new ArrayDeque<>(List.of(owner));
    Set<String> seen = new LinkedHashSet<>(todo);
    while (!todo.isEmpty()) {
      Header h = header(todo.poll());
      if (h == null) continue;
      StaticField f = h.staticFields().get(name);
      if (f != null) return f;
      List<String> direct = new ArrayList<>(h.interfaces());
      if (h.superName() != null) direct.add(h.superName());
      for (String s : direct) if (seen.add(s)) todo.add(s);
    }
    return null;
  }

  private Header header(String internalName) {
    Optional<Header> cached = headers.get(internalName);
    if (cached == null) {
      cached = Optional.ofNullable(read(internalName));
      Optional<Header> raced = headers.putIfAbsent(internalName, cached);
      if (raced != null) cached = raced;
    }
    return cached.orElse(null);
  }

  private Header read(String internalName) {
    if (internalName.startsWith("[")) return null;
    byte[] data = bytes.find(internalName);
    if (data == null) return null;
    try {
      ClassReader reader = new ClassReader(data);
      Map<String, StaticField> fields = new HashMap<>();
      reader.accept(
          new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(
                int access, String name, String descriptor, String signature, Object value) {
              if ((access & Opcodes.ACC_STATIC) != 0)
                fields.put(name, new StaticField(access, value));
              return null;
            }
          },
          ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      return new Header(reader.getSuperName(), List.of(reader.getInterfaces()), Map.copyOf(fields));
    } catch (RuntimeException e) {
      return null; // unreadable: treated as unknown, like a class that is not on the classpath
    }
  }
}
