package io.github.sockcheck.bytecode;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import edu.umd.cs.findbugs.DetectorFactory;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import io.github.sockcheck.bytecode.detector.SockcheckCallDetector;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scan mode relies on SpotBugs loading our detector class from our own class loader (its plugin class
 * loader delegates parent-first), so the static {@code ScanHook} is shared. This pins that down.
 */
class ClassLoaderSharingTest {

  @Test
  void spotBugsInstantiatesTheSameDetectorClassAsTheRunnerSees() throws Exception {
    Path work = Path.of("target/test-work/classloader").toAbsolutePath();
    Path src = FixtureCompiler.writeSource(work.resolve("src"), "cl/Calls.java",
        "package cl; class Calls { interface L { int socket(int a, int b, int c); } int f(L l) { return l.socket(2, 3, -1); } }");
    Path classes = FixtureCompiler.compile(List.of(src), List.of(), work.resolve("classes"));
    RulePack pack = TestContexts.pack("test-cl", "  calls:\n    - {owner: \"*\", member: socket}\n");
    CollectingSink sink = new CollectingSink();
    new BytecodeEngine().run(TestContexts.context(work, pack, List.of(), List.of(classes), List.of()), sink);
    assertFalse(sink.callSites.isEmpty(), "call sites travel through the shared hook");

    DetectorFactory factory = DetectorFactoryCollection.instance().getFactoryByClassName(SockcheckCallDetector.class.getName());
    Class<?> loaded = factory.getPlugin().getClassLoader().loadClass(SockcheckCallDetector.class.getName());
    assertSame(SockcheckCallDetector.class, loaded);
  }
}
