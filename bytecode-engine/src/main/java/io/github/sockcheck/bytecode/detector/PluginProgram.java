package io.github.sockcheck.bytecode.detector;

import io.github.sockcheck.bytecode.facts.BadClassFileException;
import io.github.sockcheck.bytecode.facts.ClassBytes;
import io.github.sockcheck.bytecode.facts.ClassFactsExtractor;
import io.github.sockcheck.bytecode.facts.ClassHeaders;
import io.github.sockcheck.bytecode.facts.ConstantPool;
import io.github.sockcheck.bytecode.facts.JdkClassBytes;
import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.flow.CallFact;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.FlowSolver;
import io.github.sockcheck.core.flow.MethodFacts;
import io.github.sockcheck.core.flow.ProgramSites;
import io.github.sockcheck.core.index.CallPatternIndex;
import io.github.sockcheck.core.rules.FlowModelLoader;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RulePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The classes one SpotBugs analysis visited, solved as one program: every class's facts (SpotBugs
 * hands the plugin the whole application at once, so no rounds are needed), the call sites a rule
 * may match, and the JVM signature of the method each call is in (SpotBugs annotates bugs with it).
 */
final class PluginProgram {

  /**
   * The rules the plugin reports: call rules that run in the bytecode engine (one bug pattern
   * each).
   */
  static RulePack rules() {
    return RulesHolder.PACK;
  }

  private static final class RulesHolder {
    static final RulePack PACK =
        BuiltinRules.pack().filter(r -> r.kind() == RuleKind.CALL && r.runsIn(EngineId.BYTECODE));
  }

  /** A method of the program as SpotBugs names it. */
  record Method(String className, String name, String descriptor, boolean isStatic) {}

  private final List<CallSite> sites;
  private final Map<String, Method> methodsByCall;

  private PluginProgram(List<CallSite> sites, Map<String, Method> methodsByCall) {
    this.sites = sites;
    this.methodsByCall = methodsByCall;
  }

  List<CallSite> sites() {
    return sites;
  }

  /** The method a call site is in (by class, method name and line), or null. */
  Method methodOf(CallSite site) {
    return methodsByCall.get(key(site.enclosing(), site.location().startLine()));
  }

  /**
   * @param classes internal name → class file of every class SpotBugs analysed
   * @param classpath where else supertypes and library fields are looked up (before the running
   *     JDK)
   * @param problems receives a message per class or method that could not be analysed
   */
  static PluginProgram solve(
      Map<String, byte[]> classes, ClassBytes classpath, Consumer<String> problems) {
    RulePack pack = rules();
    CallPatternIndex index = pack.index();
    if (index.noJavaPatterns() || !anyRelevant(classes, index))
      return new PluginProgram(List.of(), Map.of());
    ClassBytes program = classes::get;
    ClassHeaders headers =
        new ClassHeaders(program.orElse(classpath).orElse(JdkClassBytes.instance()));
    ClassFactsExtractor extractor = new ClassFactsExtractor(headers, classes::containsKey);
    List<ClassFacts> facts = new ArrayList<>();
    Map<String, Method> methods = new HashMap<>();
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      try {
        ClassFactsExtractor.Extracted extracted = extractor.extract(c.getValue());
        extracted.problems().forEach(p -> problems.accept("sockcheck: " + c.getKey() + ": " + p));
        facts.add(extracted.facts());
        index(extracted, methods);
      } catch (BadClassFileException | RuntimeException e) {
        problems.accept("sockcheck: class " + c.getKey() + " not analysed: " + e.getMessage());
      }
    }
    FlowSolver solver = new FlowSolver(facts, FlowModelLoader.builtIn());
    return new PluginProgram(ProgramSites.sites(solver, index, EngineId.BYTECODE.id()), methods);
  }

  /**
   * Cheap first look: without a class the pre-filter keeps, nothing can match and nothing is
   * extracted.
   */
  private static boolean anyRelevant(Map<String, byte[]> classes, CallPatternIndex index) {
    Map<String, Set<String>> probes = index.classFileProbes();
    Set<String> literals = new HashSet<>();
    for (String type : index.classLiteralTypes()) literals.add(type.replace('.', '/'));
    for (byte[] bytes : classes.values()) {
      try {
        if (ConstantPool.read(bytes, probes, literals).relevant()) return true;
      } catch (BadClassFileException e) {
        // reported when the class is extracted
      }
    }
    return false;
  }

  private static void index(ClassFactsExtractor.Extracted extracted, Map<String, Method> methods) {
    ClassFacts c = extracted.facts();
    for (int m = 0; m < c.methods().size(); m++) {
      MethodFacts facts = c.methods().get(m);
      Method method =
          new Method(c.name(), facts.name(), extracted.descriptors().get(m), facts.isStatic());
      Set<Integer> lines = new HashSet<>();
      for (CallFact call : facts.calls()) lines.add(call.location().startLine());
      for (int line : lines) methods.putIfAbsent(key(c.name() + "#" + facts.name(), line), method);
    }
  }

  private static String key(String enclosing, int line) {
    return enclosing + "@" + line;
  }
}
