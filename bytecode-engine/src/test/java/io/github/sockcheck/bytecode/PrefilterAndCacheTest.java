package io.github.sockcheck.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.bytecode.input.ClassFiles;
import io.github.sockcheck.core.engine.CachedFile;
import io.github.sockcheck.core.engine.CollectingSink;
import io.github.sockcheck.core.engine.FactCache;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code -Dsockcheck.bytecode.prefilter=false} and the engine's use of the result cache. */
class PrefilterAndCacheTest {

  static Path work;
  static Path classes;
  static RulePack pack;

  @BeforeAll
  static void compile() throws Exception {
    work = Path.of("target/test-work/prefilter-cache").toAbsolutePath();
    FixtureCompiler.deleteTree(work);
    Path src = work.resolve("src");
    FixtureCompiler.writeSource(
        src, "p/Plain.java", "package p; class Plain { int f() { return 1; } }");
    FixtureCompiler.writeSource(
        src,
        "p/Uses.java",
        "package p; class Uses { interface Libc { int socket(int d, int t, int q); } int g(Libc l) { return l.socket(2, 3, -1); } }");
    classes =
        FixtureCompiler.compile(FixtureCompiler.javaFiles(src), List.of(), work.resolve("classes"));
    pack =
        TestContexts.pack(
            "test-socket",
            "  calls:\n    - {owner: \"*\", member: socket, roles: {protocol: 2}}\n");
  }

  @Test
  void thePrefilterPropertyIsNamedAsTheBenchmarkExpects() {
    assertEquals("sockcheck.bytecode.prefilter", BytecodeEngine.PREFILTER_PROPERTY);
  }

  @Test
  void withoutThePrefilterEveryClassIsAnalysed() throws Exception {
    Path plainOnly = work.resolve("plain-only");
    FixtureCompiler.deleteTree(plainOnly);
    Files.createDirectories(plainOnly.resolve("p"));
    Files.copy(classes.resolve("p/Plain.class"), plainOnly.resolve("p/Plain.class"));

    int before = BytecodeEngine.classesAnalysed();
    new BytecodeEngine()
        .run(
            TestContexts.context(work, pack, List.of(), List.of(plainOnly), List.of()),
            new CollectingSink());
    assertEquals(
        before,
        BytecodeEngine.classesAnalysed(),
        "with the pre-filter, an irrelevant class is never analysed");

    String old = System.getProperty(BytecodeEngine.PREFILTER_PROPERTY);
    System.setProperty(BytecodeEngine.PREFILTER_PROPERTY, "false");
    try {
      CollectingSink sink = new CollectingSink();
      new BytecodeEngine()
          .run(TestContexts.context(work, pack, List.of(), List.of(plainOnly), List.of()), sink);
      assertEquals(
          before + 1, BytecodeEngine.classesAnalysed(), "without the pre-filter, it is analysed");
      assertEquals(List.of(), sink.callSites());
    } finally {
      if (old == null) System.clearProperty(BytecodeEngine.PREFILTER_PROPERTY);
      else System.setProperty(BytecodeEngine.PREFILTER_PROPERTY, old);
    }
  }

  @Test
  void anUnchangedInputIsReplayedFromTheCacheWithoutAnalysis() throws Exception {
    MemoryCache cache = new MemoryCache();
    BytecodeEngine engine = new BytecodeEngine(ClassFiles.Limits.DEFAULT, ctx -> cache);
    CollectingSink first = new CollectingSink();
    engine.run(TestContexts.context(work, pack, List.of(), List.of(classes), List.of()), first);
    assertEquals(1, first.callSites().size());
    assertEquals(1, cache.entries.size());

    int before = BytecodeEngine.classesAnalysed();
    CollectingSink second = new CollectingSink();
    engine.run(TestContexts.context(work, pack, List.of(), List.of(classes), List.of()), second);
    assertEquals(
        before, BytecodeEngine.classesAnalysed(), "an unchanged input must not be analysed again");
    assertEquals(first.callSites(), second.callSites());

    // A changed class file changes the fingerprint: analysed again.
    Files.write(
        classes.resolve("p/Extra.class"), Files.readAllBytes(classes.resolve("p/Plain.class")));
    CollectingSink third = new CollectingSink();
    engine.run(TestContexts.context(work, pack, List.of(), List.of(classes), List.of()), third);
    assertTrue(BytecodeEngine.classesAnalysed() > before);
    Files.delete(classes.resolve("p/Extra.class"));
  }

  /** A cache in memory, as the scan's file-backed one behaves for one engine. */
  static final class MemoryCache implements FactCache {
    Map<String, CachedFile> entries = new HashMap<>();

    @Override
    public boolean enabled() {
      return true;
    }

    @Override
    public Map<String, CachedFile> load() {
      return entries;
    }

    @Override
    public void save(Map<String, CachedFile> next) {
      entries = new HashMap<>(next);
    }
  }
}
