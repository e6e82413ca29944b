package io.github.sockcheck.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.bytecode.ProgramClasses.Input;
import io.github.sockcheck.bytecode.ProgramClasses.Root;
import io.github.sockcheck.bytecode.input.ClassFiles;
import io.github.sockcheck.core.engine.CollectingSink;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.index.CallPatternIndex;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The class-file pre-filter on a {@code subtypes: true} pattern whose owner the API model knows
 * ({@code AbstractBootstrap}): a call on the owner, a modelled subtype or a program subtype (in
 * another root) keeps the class; a call of a method of the same name on an unrelated type does not.
 */
class SubtypesPrefilterTest {

  static Path work;
  static Path project;
  static Path library;
  static Path netty;
  static RulePack pack;

  @BeforeAll
  static void compile() throws Exception {
    work = Path.of("target/test-work/subtypes-prefilter").toAbsolutePath();
    FixtureCompiler.deleteTree(work);
    // Stand-ins for Netty's types, on the classpath only: the model knows these names.
    Path stubs = work.resolve("stubs-src");
    FixtureCompiler.writeSource(
        stubs,
        "io/netty/bootstrap/AbstractBootstrap.java",
        "package io.netty.bootstrap; public abstract class AbstractBootstrap {"
            + " public Object bind(java.net.SocketAddress a) { return null; } }");
    FixtureCompiler.writeSource(
        stubs,
        "io/netty/bootstrap/Bootstrap.java",
        "package io.netty.bootstrap; public class Bootstrap extends AbstractBootstrap {"
            + " public Object connect(java.net.SocketAddress a) { return null; } }");
    netty =
        FixtureCompiler.compile(FixtureCompiler.javaFiles(stubs), List.of(), work.resolve("stubs"));
    // A program subtype of Bootstrap, in a jar of its own.
    Path libSrc = work.resolve("lib-src");
    FixtureCompiler.writeSource(
        libSrc,
        "q/MyBootstrap.java",
        "package q; public class MyBootstrap extends io.netty.bootstrap.Bootstrap {}");
    FixtureCompiler.writeSource(
        libSrc, "q/Deeper.java", "package q; public class Deeper extends MyBootstrap {}");
    Path libClasses =
        FixtureCompiler.compile(
            FixtureCompiler.javaFiles(libSrc), List.of(netty), work.resolve("lib-classes"));
    library = work.resolve("lib.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(library))) {
      for (String name : List.of("q/MyBootstrap.class", "q/Deeper.class")) {
        out.putNextEntry(new JarEntry(name));
        out.write(Files.readAllBytes(libClasses.resolve(name)));
        out.closeEntry();
      }
    }
    Path src = work.resolve("src");
    String addr = "java.net.SocketAddress a = new java.net.InetSocketAddress(1);";
    FixtureCompiler.writeSource(
        src,
        "p/Direct.java",
        "package p; class Direct { void f() { "
            + addr
            + " new io.netty.bootstrap.Bootstrap().connect(a); } }");
    FixtureCompiler.writeSource(
        src,
        "p/ThroughMine.java",
        "package p; class ThroughMine { void f() { "
            + addr
            + " new q.MyBootstrap().connect(a); } }");
    FixtureCompiler.writeSource(
        src,
        "p/ThroughDeeper.java",
        "package p; class ThroughDeeper { void f() { " + addr + " new q.Deeper().bind(a); } }");
    FixtureCompiler.writeSource(
        src,
        "p/Unrelated.java",
        "package p; class Unrelated { static class Pipe { void connect(Object o) {} }"
            + " void f() { new Pipe().connect(1); } }");
    project =
        FixtureCompiler.compile(
            FixtureCompiler.javaFiles(src), List.of(netty, libClasses), work.resolve("classes"));
    pack =
        TestContexts.pack(
            "test-bootstrap",
            "  calls:\n"
                + "    - {owner: io.netty.bootstrap.AbstractBootstrap, subtypes: true, member: connect,"
                + " params: [java.net.SocketAddress]}\n"
                + "    - {owner: io.netty.bootstrap.AbstractBootstrap, subtypes: true, member: bind,"
                + " params: [java.net.SocketAddress]}\n");
  }

  @Test
  void aCallOnTheOwnerOrAProgramSubtypeKeepsTheClassAnUnrelatedOwnerDoesNot() throws Exception {
    CallPatternIndex.ClassFileProbes probes =
        pack.index().classFileProbes(BytecodeEngine::modelledSubtypes);
    assertEquals(
        Set.of(
            "io/netty/bootstrap/AbstractBootstrap",
            "io/netty/bootstrap/Bootstrap",
            "io/netty/bootstrap/ServerBootstrap"),
        Set.copyOf(probes.owners().get("connect")));
    for (int threads : List.of(1, 2)) {
      ProgramClasses program =
          new ConstantPoolPass(ClassFiles.Limits.DEFAULT, probes, Set.of(), true, Location::file)
              .read(List.of(new Root(project, null), new Root(library, null)), threads, n -> {});
      assertEquals(
          List.of("p/Direct", "p/ThroughDeeper", "p/ThroughMine"),
          names(program.relevant()),
          "threads " + threads);
      // a class kept only after the pass is read again when analysed
      assertTrue(program.bytes(program.named("p/ThroughMine")).length > 0);
    }
  }

  @Test
  void theEngineReportsTheCallOnAProgramSubtypeInAnotherRoot() throws Exception {
    CollectingSink sink = new CollectingSink();
    new BytecodeEngine()
        .run(
            TestContexts.context(work, pack, List.of(), List.of(project, library), List.of(netty)),
            sink);
    Set<String> in = new TreeSet<>();
    sink.callSites().forEach(s -> in.add(s.enclosing()));
    assertTrue(in.stream().anyMatch(e -> e.startsWith("p.ThroughMine")), in::toString);
    assertTrue(in.stream().anyMatch(e -> e.startsWith("p.Direct")), in::toString);
    assertTrue(in.stream().noneMatch(e -> e.startsWith("p.Unrelated")), in::toString);
  }

  private static List<String> names(List<Input> inputs) {
    List<String> names = new ArrayList<>();
    for (Input i : inputs) names.add(i.name());
    return names;
  }
}
