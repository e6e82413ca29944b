package io.github.sockcheck.apimodel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Supertypes and method signatures of the library types the rules name, generated at build time
 * from the real jars ({@link ApiModelGenerator}); used when a scan has no classpath, so that a
 * receiver typed {@code EpollSocketChannel} still tells that {@code fd()} returns a {@code
 * FileDescriptor}.
 *
 * <p>The resource holds one line per type ({@code T name super interface,interface}) and per method
 * ({@code M owner name param,param return static}), tab-separated, types fully qualified with
 * {@code $} for nesting; {@code -} stands for none.
 */
public final class ApiModel {

  public static final String RESOURCE = "/io/github/sockcheck/apimodel/api-model.tsv";

  /** A method as the model knows it; {@code owner} is the type that declares it. */
  public record Method(
      String owner, String name, List<String> params, String returnType, boolean isStatic) {}

  private record Type(String superName, List<String> interfaces) {}

  private static volatile ApiModel builtIn;

  private final Map<String, Type> types = new HashMap<>();
  private final Map<String, List<Method>> methods = new HashMap<>();

  /** The model shipped with sockcheck; empty when the resource is missing. */
  public static ApiModel builtIn() {
    ApiModel model = builtIn;
    if (model != null) return model;
    try (InputStream in = ApiModel.class.getResourceAsStream(RESOURCE)) {
      model = in == null ? new ApiModel() : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API model " + RESOURCE, e);
    }
    builtIn = model;
    return model;
  }

  static ApiModel read(InputStream in) throws IOException {
    ApiModel model = new ApiModel();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f[0].equals("T") && f.length == 4) {
        model.types.put(f[1], new Type(none(f[2]), list(f[3])));
      } else if (f[0].equals("M") && f.length == 6) {
        model
            .methods
            .computeIfAbsent(f[1], k -> new ArrayList<>())
            .add(new Method(f[1], f[2], list(f[3]), f[4], f[5].equals("static")));
      }
    }
    return model;
  }

  private static String none(String s) {
    return s.equals("-") ? null : s;
  }

  private static List<String> list(String s) {
    return s.equals("-") || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
  }

  public boolean knows(String type) {
    return types.containsKey(type);
  }

  /** Every supertype the model knows, nearest first. */
  public Set<String> supertypes(String type) {
    Set<String> found = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>(List.of(type));
    for (int i = 0; i < queue.size(); i++) {
      Type t = types.get(queue.get(i));
      if (t == null) continue;
      List<String> direct = new ArrayList<>();
      if (t.superName() != null) direct.add(t.superName());
      direct.addAll(t.interfaces());
      for (String s : direct) if (found.add(s)) queue.add(s);
    }
    return found;
  }

  /**
   * The subtypes of a type the model knows ({@link #subtypes}); null for a type it does not know,
   * whose subtypes it cannot list. What both pre-filters ask of a {@code subtypes: true} pattern.
   */
  public Set<String> subtypesIfKnown(String type) {
    return knows(type) ? subtypes(type) : null;
  }

  /** Every type the model knows whose supertypes include {@code type}. */
  public Set<String> subtypes(String type) {
    Set<String> found = new TreeSet<>();
    for (String candidate : types.keySet())
      if (supertypes(candidate).contains(type)) found.add(candidate);
    return found;
  }

  /**
   * The methods named {@code name} with {@code arity} parameters a call on {@code type} may reach
   * (declared or inherited).
   */
  public List<Method> methods(String type, String name, int arity) {
    List<Method> found = new ArrayList<>();
    List<String> lookIn = new ArrayList<>(List.of(type));
    lookIn.addAll(supertypes(type));
    for (String t : lookIn) {
      for (Method m : methods.getOrDefault(t, List.of())) {
        if (m.name().equals(name) && m.params().size() == arity) found.add(m);
      }
      if (!found.isEmpty()) break; // the nearest declaration hides inherited ones
    }
    return found;
  }

  /** The return type of {@code type.name(..)} when every overload of that arity agrees. */
  public Optional<String> returnType(String type, String name, int arity) {
    Set<String> returns = new LinkedHashSet<>();
    for (Method m : methods(type, name, arity)) returns.add(m.returnType());
    return returns.size() == 1 ? Optional.of(returns.iterator().next()) : Optional.empty();
  }
}
