package io.github.sockcheck.apimodel;

import io.github.sockcheck.core.flow.FlowModel;
import io.github.sockcheck.core.index.CallPatternIndex;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.FlowModelLoader;
import io.github.sockcheck.core.rules.MemberPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.ValueTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Writes the {@link ApiModel} resource at build time: the library types the built-in rules and the
 * flow model name, their supertypes, and the types their public methods return (two steps out),
 * each with its public methods' signatures, read from the real jars with ASM. Run by the build
 * (exec-maven-plugin).
 */
public final class ApiModelGenerator {

  /** How many steps of "returned by a method of" the model follows from the named types. */
  private static final int RETURN_DEPTH = 2;

  record ClassInfo(
      String name, String superName, List<String> interfaces, List<String> methods, String jar) {}

  private ApiModelGenerator() {}

  /**
   * @param args the file listing the library jars (path-separated), and the resource file to write
   */
  public static void main(String[] args) throws Exception {
    List<Path> jars = new ArrayList<>();
    for (String entry :
        Files.readString(Path.of(args[0])).trim().split(java.io.File.pathSeparator)) {
      if (entry.endsWith(".jar")) jars.add(Path.of(entry));
    }
    Map<String, ClassInfo> classes = index(jars);
    Set<String> wanted = closure(namedTypes(), classes);
    Path out = Path.of(args[1]);
    Files.createDirectories(out.getParent());
    Files.writeString(out, render(wanted, classes), StandardCharsets.UTF_8);
  }

  /**
   * Types the built-in rules and the flow model name (owners, parameter and return types, value
   * tests).
   */
  static Set<String> namedTypes() throws Exception {
    Set<String> types = new TreeSet<>();
    for (Rule rule : new RuleLoader().loadBuiltIn().rules()) {
      for (CallPattern p : CallPatternIndex.patternsOf(rule)) {
        if (p.owner() != null && !p.owner().equals("*")) types.add(p.owner());
        if (p.params() != null) types.addAll(p.params());
        if (p.returns() != null) types.add(p.returns());
      }
      if (rule.call() != null) addConditionTypes(rule.call().where(), types);
    }
    FlowModel model = FlowModelLoader.builtIn();
    for (MemberPattern call : model.calls()) types.add(call.owner());
    types.removeIf(t -> t.equals("*") || !t.contains("."));
    return types;
  }

  private static void addConditionTypes(Condition c, Set<String> types) {
    if (c instanceof Condition.All all) all.conditions().forEach(x -> addConditionTypes(x, types));
    else if (c instanceof Condition.Any any)
      any.conditions().forEach(x -> addConditionTypes(x, types));
    else if (c instanceof Condition.Not not) addConditionTypes(not.condition(), types);
    else if (c instanceof Condition.ResultCastTo cast) types.addAll(cast.types());
    else if (c instanceof Condition.ChannelClass channel) types.addAll(channel.globs());
    else if (c instanceof Condition.ResultUsedBy used)
      used.calls().forEach(p -> types.add(p.owner()));
    else if (c instanceof Condition.GuardedBy guarded)
      guarded.calls().forEach(p -> types.add(p.owner()));
    else if (c instanceof Condition.Arg arg && arg.test() instanceof ValueTest.FromCall from) {
      for (MemberPattern p : from.calls()) types.add(p.owner());
    }
  }

  /** Every class in the jars: name, supertypes, public method signatures. */
  static Map<String, ClassInfo> index(List<Path> jars) throws IOException {
    Map<String, ClassInfo> classes = new TreeMap<>();
    for (Path jar : jars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
          JarEntry entry = e.nextElement();
          if (!entry.getName().endsWith(".class") || entry.getName().contains("-")) continue;
          try (InputStream in = file.getInputStream(entry)) {
            ClassInfo info = read(in.readAllBytes(), jar.getFileName().toString());
            if (info != null) classes.putIfAbsent(info.name(), info);
          }
        }
      }
    }
    return classes;
  }

  private static ClassInfo read(byte[] bytes, String jar) {
    List<String> methods = new ArrayList<>();
    String[] header = new String[2];
    List<String> interfaces = new ArrayList<>();
    new ClassReader(bytes)
        .accept(
            new ClassVisitor(Opcodes.ASM9) {
              @Override
              public void visit(
                  int version,
                  int access,
                  String name,
                  String signature,
                  String superName,
                  String[] ifaces) {
                header[0] = dotted(name);
                header[1] =
                    superName == null || superName.equals("java/lang/Object")
                        ? null
                        : dotted(superName);
                if (ifaces != null) for (String i : ifaces) interfaces.add(dotted(i));
              }

              @Override
              public MethodVisitor visitMethod(
                  int access,
                  String name,
                  String descriptor,
                  String signature,
                  String[] exceptions) {
                boolean visible = (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
                if (visible
                    && (access & Opcodes.ACC_SYNTHETIC) == 0
                    && (access & Opcodes.ACC_BRIDGE) == 0) {
                  List<String> params = new ArrayList<>();
                  for (Type t : Type.getArgumentTypes(descriptor)) params.add(typeName(t));
                  String ret = typeName(Type.getReturnType(descriptor));
                  methods.add(
                      String.join(
                          "\t",
                          name,
                          params.isEmpty() ? "-" : String.join(",", params),
                          ret,
                          (access & Opcodes.ACC_STATIC) != 0 ? "static" : "instance"));
                }
                return null;
              }
            },
            ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return header[0] == null ? null : new ClassInfo(header[0], header[1], interfaces, methods, jar);
  }

  private static String dotted(String internal) {
    return internal.replace('/', '.');
  }

  private static String typeName(Type t) {
    return switch (t.getSort()) {
      case Type.ARRAY -> typeName(t.getElementType()) + "[]".repeat(t.getDimensions());
      case Type.OBJECT -> dotted(t.getInternalName());
      default -> t.getClassName();
    };
  }

  /** The named types present in the jars, their supertypes, and the types their methods return. */
  static Set<String> closure(Set<String> named, Map<String, ClassInfo> classes) {
    Set<String> wanted = new TreeSet<>();
    List<String> frontier = new ArrayList<>();
    for (String n : named) if (classes.containsKey(n)) frontier.add(n);
    for (int depth = 0; depth <= RETURN_DEPTH && !frontier.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (String type : frontier) {
        for (String t : withSupertypes(type, classes)) {
          if (!wanted.add(t)) continue;
          for (String m : classes.get(t).methods()) {
            String ret = m.split("\t")[2];
            if (classes.containsKey(ret) && !wanted.contains(ret)) next.add(ret);
          }
        }
      }
      frontier = next;
    }
    return wanted;
  }

  private static List<String> withSupertypes(String type, Map<String, ClassInfo> classes) {
    List<String> all = new ArrayList<>();
    List<String> queue = new ArrayList<>(List.of(type));
    for (int i = 0; i < queue.size(); i++) {
      ClassInfo c = classes.get(queue.get(i));
      if (c == null || all.contains(c.name())) continue;
      all.add(c.name());
      if (c.superName() != null) queue.add(c.superName());
      queue.addAll(c.interfaces());
    }
    return all;
  }

  static String render(Set<String> wanted, Map<String, ClassInfo> classes) {
    StringBuilder out = new StringBuilder();
    out.append(
        "# Generated by ApiModelGenerator from the library jars in fixture-libs; do not edit.\n");
    Set<String> jars = new TreeSet<>();
    for (String t : wanted) jars.add(classes.get(t).jar());
    for (String jar : jars) out.append("# from ").append(jar).append('\n');
    for (String t : wanted) {
      ClassInfo c = classes.get(t);
      out.append("T\t")
          .append(t)
          .append('\t')
          .append(c.superName() == null ? "-" : c.superName())
          .append('\t')
          .append(c.interfaces().isEmpty() ? "-" : String.join(",", c.interfaces()))
          .append('\n');
    }
    for (String t : wanted) {
      for (String m : new TreeSet<>(classes.get(t).methods()))
        out.append("M\t").append(t).append('\t').append(m).append('\n');
    }
    return out.toString();
  }
}
