package io.github.sockcheck.bytecode.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.bytecode.FixtureCompiler;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.FlowSolver;
import io.github.sockcheck.core.flow.FlowSolver.CallRef;
import io.github.sockcheck.core.flow.Origin;
import io.github.sockcheck.core.rules.FlowModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Java sources compiled in the test (javax.tools, or a given javac), every class run through {@link
 * ClassFactsExtractor}, and the facts solved with the built-in flow model: what the bytecode front
 * end tells the solver, checked through the answers the rules read.
 */
final class CompiledProgram {

  final Map<String, byte[]> classes;
  final List<ClassFacts> facts = new ArrayList<>();
  final List<String> problems = new ArrayList<>();
  final FlowSolver solver;

  private CompiledProgram(Map<String, byte[]> classes) throws BadClassFileException {
    this.classes = classes;
    ClassBytes program = classes::get;
    ClassFactsExtractor extractor =
        new ClassFactsExtractor(
            new ClassHeaders(program.orElse(JdkClassBytes.instance())), classes::containsKey);
    for (byte[] bytes : classes.values()) {
      ClassFactsExtractor.Extracted extracted = extractor.extract(bytes);
      facts.add(extracted.facts());
      problems.addAll(extracted.problems());
    }
    assertEquals(List.of(), problems, "methods the analysis rejected");
    solver = new FlowSolver(facts, FlowModelLoader.builtIn());
  }

  /** Compiles {@code relative path → source} pairs with the test JDK's javac (release 17). */
  static CompiledProgram of(String name, String... pathsAndSources) throws Exception {
    Path work = Path.of("target/test-work/flow", name).toAbsolutePath();
    deleteTree(work);
    List<Path> files = write(work.resolve("src"), pathsAndSources);
    return new CompiledProgram(
        read(FixtureCompiler.compile(files, List.of(), work.resolve("classes"))));
  }

  /**
   * Compiles with an external javac ({@code javacArgs} before the file names), e.g. JDK 25 with
   * {@code --release 25}.
   */
  static CompiledProgram withJavac(String name, List<String> javac, String... pathsAndSources)
      throws Exception {
    Path work = Path.of("target/test-work/flow", name).toAbsolutePath();
    deleteTree(work);
    List<Path> files = write(work.resolve("src"), pathsAndSources);
    Path out = Files.createDirectories(work.resolve("classes"));
    List<String> command = new ArrayList<>(javac);
    command.addAll(List.of("-g", "-d", out.toString()));
    files.forEach(f -> command.add(f.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) throw new IllegalStateException("javac failed: " + output);
    return new CompiledProgram(read(out));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  private static List<Path> write(Path dir, String... pathsAndSources) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < pathsAndSources.length; i += 2) {
      files.add(FixtureCompiler.writeSource(dir, pathsAndSources[i], pathsAndSources[i + 1]));
    }
    return files;
  }

  private static Map<String, byte[]> read(Path classesDir) throws IOException {
    Map<String, byte[]> classes = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(classesDir)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classesDir.relativize(p).toString().replace('\\', '/');
        classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(p));
      }
    }
    return classes;
  }

  /** The calls of {@code member} made inside {@code enclosingClass#enclosingMethod}, in order. */
  List<CallRef> calls(String enclosingClass, String enclosingMethod, String member) {
    return solver.calls().stream()
        .filter(
            c ->
                c.owner().name().equals(enclosingClass)
                    && c.method().name().equals(enclosingMethod)
                    && c.fact().member().equals(member))
        .toList();
  }

  CallRef call(String enclosingClass, String enclosingMethod, String member) {
    List<CallRef> found = calls(enclosingClass, enclosingMethod, member);
    assertEquals(
        1,
        found.size(),
        () ->
            "calls of " + member + " in " + enclosingClass + "#" + enclosingMethod + ": " + found);
    return found.get(0);
  }

  /**
   * The origins of argument {@code index} of the one call of {@code member} in the method,
   * described.
   */
  SortedSet<String> origins(
      String enclosingClass, String enclosingMethod, String member, int index) {
    return describe(solver.argumentOrigins(call(enclosingClass, enclosingMethod, member), index));
  }

  /**
   * Origins as short, stable text: {@code -1}, {@code call socket}, {@code param}, {@code field x},
   * {@code INET}.
   */
  static SortedSet<String> describe(SortedSet<Origin> origins) {
    SortedSet<String> out = new TreeSet<>();
    for (Origin o : origins) {
      if (o instanceof Origin.Constant c)
        out.add(c.name() != null ? c.name() : String.valueOf(c.value()));
      else if (o instanceof Origin.Null) out.add("null");
      else if (o instanceof Origin.ClassLiteral c) out.add(c.type() + ".class");
      else if (o instanceof Origin.Call c) out.add("call " + c.member());
      else if (o instanceof Origin.Parameter) out.add("param");
      else if (o instanceof Origin.Field f) out.add("field " + f.name());
      else out.add("unknown");
    }
    return out;
  }

  /** Members of the calls a call's result reaches as receiver. */
  List<String> uses(CallRef call) {
    return solver.uses(call).stream().map(u -> u.fact().member()).collect(Collectors.toList());
  }

  ClassFacts classNamed(String name) {
    return facts.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no class " + name));
  }
}
