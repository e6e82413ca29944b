package io.github.sockcheck.bytecode.facts;

import io.github.sockcheck.core.flow.Access;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.FieldDecl;
import io.github.sockcheck.core.flow.MethodFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Class bytes → the value-flow layer's local facts ({@link ClassFacts}), the bytecode front end of
 * {@code core/flow}. Each method runs through an ASM {@link Analyzer} with {@link
 * ProducerInterpreter}, whose frames say which instructions may have produced each value:
 * flow-sensitive reaching definitions through branches, loops and exception handlers. Thread-safe;
 * one instance serves a whole scan.
 */
public final class ClassFactsExtractor {

  /**
   * The facts of one class, with what could not be analysed.
   *
   * @param descriptors the JVM descriptor of each method, parallel to {@code facts.methods()}
   * @param problems methods whose code could not be analysed (they keep their signature, without
   *     facts)
   */
  public record Extracted(ClassFacts facts, List<String> descriptors, List<String> problems) {}

  private final ClassHeaders headers;
  private final Predicate<String> program;

  /**
   * @param headers supertypes and static fields of the types the code names (program, classpath,
   *     JDK)
   * @param program whether an internal name ({@code a/b/C}) is a class of the scanned program
   */
  public ClassFactsExtractor(ClassHeaders headers, Predicate<String> program) {
    this.headers = headers;
    this.program = program;
  }

  public Extracted extract(byte[] bytes) throws BadClassFileException {
    BadClassFileException.checkMagic(bytes);
    ClassNode node = new ClassNode();
    try {
      new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
    } catch (RuntimeException e) {
      throw BadClassFileException.of(e);
    }
    String sourcePath = sourcePath(node);
    ExtractionContext context = new ExtractionContext(headers, sourcePath, program);
    List<MethodFacts> methods = new ArrayList<>();
    List<String> descriptors = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (MethodNode method : node.methods) {
      methods.add(method(node, method, context, problems));
      descriptors.add(method.desc);
    }
    List<FieldDecl> fields = new ArrayList<>();
    for (FieldNode f : node.fields) {
      fields.add(
          new FieldDecl(
              f.name,
              access(f.access),
              (f.access & Opcodes.ACC_STATIC) != 0,
              (f.access & Opcodes.ACC_FINAL) != 0));
    }
    List<String> interfaces = node.interfaces.stream().map(Descriptors::dotted).toList();
    ClassFacts facts =
        new ClassFacts(
            Descriptors.dotted(node.name),
            node.superName == null ? null : Descriptors.dotted(node.superName),
            interfaces,
            access(classAccess(node)),
            sourcePath,
            enclosingMethod(node),
            fields,
            methods);
    return new Extracted(facts, descriptors, problems);
  }

  private static MethodFacts method(
      ClassNode owner, MethodNode method, ExtractionContext context, List<String> problems) {
    if (method.instructions.size() == 0) return emptyMethod(method);
    try {
      List<List<Integer>> successors = new ArrayList<>();
      for (int i = 0; i < method.instructions.size(); i++) successors.add(new ArrayList<>(2));
      Analyzer<Producers> analyzer =
          new Analyzer<>(
              new ProducerInterpreter(method.desc, (method.access & Opcodes.ACC_STATIC) != 0)) {
            @Override
            protected void newControlFlowEdge(int insn, int successor) {
              List<Integer> next = successors.get(insn);
              if (!next.contains(successor)) next.add(successor);
            }

            @Override
            protected boolean newControlFlowExceptionEdge(int insn, int successor) {
              newControlFlowEdge(insn, successor);
              return true;
            }
          };
      Frame<Producers>[] frames = analyzer.analyze(owner.name, method);
      return new MethodFactsBuilder(method, frames, successors, context).build();
    } catch (AnalyzerException | RuntimeException e) {
      problems.add("method " + method.name + method.desc + " not analysed: " + e.getMessage());
      return emptyMethod(method);
    }
  }

  private static MethodFacts emptyMethod(MethodNode method) {
    return new MethodFacts(
        method.name,
        Descriptors.parameterTypes(method.desc),
        Descriptors.returnType(method.desc),
        access(method.access),
        (method.access & Opcodes.ACC_STATIC) != 0,
        (method.access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  static Access access(int flags) {
    if ((flags & Opcodes.ACC_PUBLIC) != 0) return Access.PUBLIC;
    if ((flags & Opcodes.ACC_PROTECTED) != 0) return Access.PROTECTED;
    if ((flags & Opcodes.ACC_PRIVATE) != 0) return Access.PRIVATE;
    return Access.PACKAGE;
  }

  /**
   * A nested class's own InnerClasses entry has its declared access (the class file says public or
   * package).
   */
  private static int classAccess(ClassNode node) {
    for (InnerClassNode inner : node.innerClasses) {
      if (inner.name.equals(node.name)) return inner.access;
    }
    return node.access;
  }

  /**
   * {@code Outer#name/arity} of the method a local or anonymous class is declared in, else null.
   */
  private static String enclosingMethod(ClassNode node) {
    if (node.outerClass == null || node.outerMethod == null || node.outerMethodDesc == null)
      return null;
    return Descriptors.dotted(node.outerClass)
        + "#"
        + node.outerMethod
        + "/"
        + Type.getArgumentTypes(node.outerMethodDesc).length;
  }

  /**
   * {@code pkg/dir/Foo.java} from the package and the SourceFile attribute (the outer class's name
   * without one).
   */
  static String sourcePath(ClassNode node) {
    String name = node.name;
    int slash = name.lastIndexOf('/');
    String dir = slash < 0 ? "" : name.substring(0, slash + 1);
    String file = node.sourceFile;
    if (file == null || file.isEmpty()) {
      String simple = name.substring(slash + 1);
      int dollar = simple.indexOf('$');
      file = (dollar > 0 ? simple.substring(0, dollar) : simple) + ".java";
    }
    return dir + file;
  }
}
