package io.github.sockcheck.bytecode;

import io.github.sockcheck.bytecode.facts.ClassBytes;
import io.github.sockcheck.bytecode.facts.ConstantPool;
import io.github.sockcheck.bytecode.input.ClassFiles;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.flow.Need;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The classes of the scanned program (class roots, and dependency jars when they are scanned), as
 * the constant-pool pass saw them: which ones the pre-filter keeps, and which ones can answer the
 * value-flow solver's {@link Need}s (callers by method reference, accessors by field reference, a
 * class by name). Class bytes are read again when a later round asks for a class, so only the kept
 * ones stay in memory.
 */
final class ProgramClasses implements ClassBytes, AutoCloseable {

  /** Where an analysed class came from: a project class root, or a dependency jar. */
  record Root(Path path, Dependency dependency) {}

  /**
   * One class file of the program.
   *
   * @param id position in scan order (roots in order, files sorted), for stable answers
   * @param where the file ({@code target/classes/a/B.class} or {@code lib.jar!/a/B.class}), for
   *     notifications
   */
  record Input(int id, String name, Root root, String where) {
    String packageName() {
      int slash = name.lastIndexOf('/');
      return slash < 0 ? "" : name.substring(0, slash).replace('/', '.');
    }
  }

  private final ClassFiles.Limits limits;
  private final List<Input> inputs = new ArrayList<>();
  private final Map<String, Input> byName = new HashMap<>();
  private final List<Input> relevant = new ArrayList<>();
  private final Map<Input, byte[]> kept = new HashMap<>();
  private final Map<String, List<Input>> byMethodRef = new HashMap<>();
  private final Map<String, List<Input>> byFieldRef = new HashMap<>();
  private final Map<String, List<String>> directSubtypes = new HashMap<>();
  private final Map<Path, ZipFile> jars = new HashMap<>();

  ProgramClasses(ClassFiles.Limits limits) {
    this.limits = limits;
  }

  /**
   * Adds a class file read from {@code root}. A name already seen (the same class in two roots) is
   * ignored: the first root wins, as on a class path.
   *
   * @param keep whether its bytes are kept for the first round (it passed the pre-filter)
   */
  void add(Root root, String where, ConstantPool pool, byte[] bytes, boolean keep) {
    if (byName.containsKey(pool.name())) return;
    Input input = new Input(inputs.size(), pool.name(), root, where);
    inputs.add(input);
    byName.put(pool.name(), input);
    for (String ref : pool.methodRefs())
      byMethodRef.computeIfAbsent(ref, k -> new ArrayList<>(2)).add(input);
    for (String ref : pool.fieldRefs())
      byFieldRef.computeIfAbsent(ref, k -> new ArrayList<>(2)).add(input);
    for (String s : pool.supertypes())
      directSubtypes.computeIfAbsent(s, k -> new ArrayList<>(2)).add(pool.name());
    if (keep) {
      relevant.add(input);
      kept.put(input, bytes);
    }
  }

  boolean isEmpty() {
    return inputs.isEmpty();
  }

  int size() {
    return inputs.size();
  }

  boolean contains(String internalName) {
    return byName.containsKey(internalName);
  }

  Input named(String internalName) {
    return byName.get(internalName);
  }

  /** The classes the pre-filter kept: the first round. */
  List<Input> relevant() {
    return List.copyOf(relevant);
  }

  /**
   * Also keeps for the first round the classes that reference a member on a program subtype of one
   * of its owners ({@code class MyBootstrap extends Bootstrap}, maybe in another jar: {@code
   * myBootstrap.connect(a)} references {@code MyBootstrap.connect}), which only every class header
   * together tells. Their bytes are read again when analysed.
   *
   * @param ownersByMember member → owner internal names (the index's {@code throughSubtypes})
   */
  void keepCallersThroughSubtypes(Map<String, Set<String>> ownersByMember) {
    Set<Input> more = new HashSet<>();
    for (Map.Entry<String, Set<String>> e : ownersByMember.entrySet()) {
      for (String owner : e.getValue()) {
        for (String subtype : subtypes(owner))
          more.addAll(byMethodRef.getOrDefault(subtype + "." + e.getKey(), List.of()));
      }
    }
    more.removeAll(new HashSet<>(relevant));
    if (more.isEmpty()) return;
    relevant.addAll(more);
    relevant.sort(Comparator.comparingInt(Input::id));
  }

  /** Classes that can hold what the solver needs, in scan order. */
  List<Input> inputsFor(SortedSet<Need> needs) {
    SortedSet<Input> found = new TreeSet<>((a, b) -> Integer.compare(a.id(), b.id()));
    for (Need need : needs) {
      if (need instanceof Need.CallersOf c) {
        referencing(
            byMethodRef,
            c.owner(),
            c.method(),
            c.method().equals("<init>"),
            c.samePackage(),
            found);
      } else if (need instanceof Need.AccessorsOf a) {
        referencing(byFieldRef, a.owner(), a.field(), false, a.samePackage(), found);
      } else if (need instanceof Need.ClassNamed n) {
        Input input = byName.get(internal(n.type()));
        if (input != null) found.add(input);
      }
    }
    return new ArrayList<>(found);
  }

  /**
   * Classes whose pool references {@code owner.member}, or the member through a program subtype of
   * owner.
   */
  private void referencing(
      Map<String, List<Input>> refs,
      String owner,
      String member,
      boolean exactOwner,
      boolean samePackage,
      Set<Input> into) {
    String ownerInternal = internal(owner);
    Set<String> owners = new LinkedHashSet<>(List.of(ownerInternal));
    if (!exactOwner) owners.addAll(subtypes(ownerInternal));
    String pkg = Need.packageOf(owner);
    for (String o : owners) {
      for (Input input : refs.getOrDefault(o + "." + member, List.of())) {
        if (!samePackage || input.packageName().equals(pkg)) into.add(input);
      }
    }
  }

  private Set<String> subtypes(String internalName) {
    Set<String> found = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>(List.of(internalName));
    for (int i = 0; i < queue.size(); i++) {
      for (String s : directSubtypes.getOrDefault(queue.get(i), List.of()))
        if (found.add(s)) queue.add(s);
    }
    return found;
  }

  private static String internal(String dotted) {
    return dotted.replace('.', '/');
  }

  /**
   * The bytes of a program class: kept from the first pass, else read again (null when that fails
   * now).
   */
  byte[] bytes(Input input) throws IOException {
    byte[] bytes;
    synchronized (kept) {
      bytes = kept.remove(input);
    }
    return bytes != null ? bytes : reread(input);
  }

  @Override
  public byte[] find(String internalName) {
    Input input = byName.get(internalName);
    if (input == null) return null;
    synchronized (kept) {
      byte[] bytes = kept.get(input);
      if (bytes != null) return bytes;
    }
    try {
      return reread(input);
    } catch (IOException e) {
      return null;
    }
  }

  private byte[] reread(Input input) throws IOException {
    int bang = input.where().indexOf("!/");
    if (bang < 0) {
      Path file = Path.of(input.where());
      if (Files.size(file) > limits.maxClassBytes())
        throw new IOException("class file larger than " + limits.maxClassBytes() + " bytes");
      return Files.readAllBytes(file);
    }
    ZipFile zip = jar(input.root().path());
    ZipEntry entry = zip.getEntry(input.where().substring(bang + 2));
    if (entry == null) throw new IOException("entry vanished from " + input.root().path());
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] bytes =
          in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxClassBytes() + 1));
      if (bytes.length > limits.maxClassBytes())
        throw new IOException("larger than " + limits.maxClassBytes() + " bytes");
      return bytes;
    }
  }

  private synchronized ZipFile jar(Path path) throws IOException {
    ZipFile zip = jars.get(path);
    if (zip == null) {
      zip = new ZipFile(path.toFile());
      jars.put(path, zip);
    }
    return zip;
  }

  @Override
  public synchronized void close() {
    for (ZipFile zip : jars.values()) {
      try {
        zip.close();
      } catch (IOException e) {
        // read-only
      }
    }
    jars.clear();
  }
}
