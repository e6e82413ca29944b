package io.github.sockcheck.scan.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.bytecode.FixtureCompiler;
import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.scan.InputClassifier;
import io.github.sockcheck.scan.ScanRequest;
import io.github.sockcheck.scan.Sockcheck;
import io.github.sockcheck.testsupport.FixtureLibraries;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytecode engine caches its results as one unit; a class literal it saw must come back from
 * the cache, or a combination rule's {@code type} code use holds on the first run and not on the
 * next.
 */
class BytecodeTypeReferenceCacheTest {

  private static final Path CASE =
      Path.of("..", "testdata", "rules", "netty-epoll-datagram-multicast-all-old-kernel")
          .resolve("channel-class")
          .toAbsolutePath()
          .normalize();

  @Test
  void aCachedRunReportsTheClassLiteralOnlyTheBytecodeEngineSaw(@TempDir Path tmp)
      throws Exception {
    List<Path> libraries = FixtureLibraries.jars();
    Path classes =
        FixtureCompiler.compile(
            FixtureCompiler.javaFiles(CASE.resolve("src/main/java")),
            libraries,
            tmp.resolve("classes"));
    Path cache = tmp.resolve("cache");

    List<String> first = ruleIds(scan(classes, libraries, cache));
    List<String> second = ruleIds(scan(classes, libraries, cache));

    assertEquals(List.of("netty-epoll-datagram-multicast-all-old-kernel"), first);
    assertEquals(first, second);
  }

  private static List<Finding> scan(Path classes, List<Path> libraries, Path cache)
      throws Exception {
    ScanRequest.Builder request =
        InputClassifier.classify(List.of(CASE.resolve("pom.xml")))
            .addTo(ScanRequest.builder(CASE).threads(1));
    return Sockcheck.scan(
            request
                .engines(EngineId.BYTECODE, EngineId.COMBINATION)
                .addClassRoot(classes)
                .classpath(libraries)
                .cacheDir(cache)
                .build())
        .findings();
  }

  private static List<String> ruleIds(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).sorted().toList();
  }
}
