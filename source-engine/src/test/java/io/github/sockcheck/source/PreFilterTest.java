package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreFilterTest {

  @TempDir Path root;

  @Test
  void fileWithoutAnyTokenIsNeverParsed() throws Exception {
    TestSupport.write(root, "a/Plain.java", "package a; class Plain { int socketCount() { return 1; } }\n");
    TestSupport.write(root, "a/Uses.java", "package a; class Uses { Object m() throws Exception { return System.inheritedChannel(); } }\n");
    // Not even parseable: were it parsed, there would be a notification.
    TestSupport.write(root, "a/Broken.java", "package a; class Broken { void m( { }\n");
    TestSupport.Sink sink = new TestSupport.Sink();
    SourceEngine engine = new SourceEngine();
    engine.run(TestSupport.context(root, TestSupport.pack(), List.of(), 2), sink);
    assertEquals(new SourceEngine.Stats(3, 1, 1), engine.lastStats());
    assertEquals(List.of(), sink.notes);
  }

  @Test
  void tokensMatchWholeIdentifiersOnly() {
    TokenFilter filter = new TokenFilter(List.of("socket", "DatagramChannel"));
    assertFalse(filter.mentionsAny("int socketCount; MyDatagramChannels x;"));
    assertTrue(filter.mentionsAny("x.socket(1)"));
    assertTrue(filter.mentionsAny("DatagramChannel"));
  }

  @Test
  void includesAndExcludesAreGlobsRelativeToTheRoot() throws Exception {
    TestSupport.write(root, "src/main/java/a/A.java", "package a; class A { Object m() throws Exception { return System.inheritedChannel(); } }\n");
    TestSupport.write(root, "src/test/java/a/T.java", "package a; class T { Object m() throws Exception { return System.inheritedChannel(); } }\n");
    TestSupport.Sink sink = new TestSupport.Sink();
    var ctx = new io.github.sockcheck.core.engine.ScanContext(root, TestSupport.pack(), List.of(root), List.of(),
        List.of(), List.of(), List.of(), List.of(), null, false, 1, List.of("**/*.java"), List.of("src/test/**"));
    new SourceEngine().run(ctx, sink);
    assertEquals(1, sink.sites.size());
    assertEquals("src/main/java/a/A.java", sink.sites.get(0).location().path());
  }
}
