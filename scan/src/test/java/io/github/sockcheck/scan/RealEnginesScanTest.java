package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.testsupport.FixtureLibraries;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline with the real engines on a small Maven project: sources, classes and a pom.
 */
class RealEnginesScanTest {

  private static final String RULE = "netty-fd-channel-unvalidated";
  private static final String SERVER =
      """
      package demo;

      import io.netty.channel.epoll.EpollServerSocketChannel;

      public class Server {
        EpollServerSocketChannel plain(int fd) {
          return new EpollServerSocketChannel(fd);
        }

        @SuppressWarnings("sockcheck:netty-fd-channel-unvalidated")
        EpollServerSocketChannel annotated(int fd) {
          return new EpollServerSocketChannel(fd);
        }

        EpollServerSocketChannel commented(int fd) {
          return new EpollServerSocketChannel(fd); // sockcheck:ignore netty-fd-channel-unvalidated -- checked by caller
        }
      }
      """;
  private static final String POM =
      """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>demo</groupId><artifactId>demo</artifactId><version>1</version>
        <properties><maven.compiler.release>17</maven.compiler.release></properties>
      </project>
      """;

  @TempDir Path dir;

  @Test
  void sourceAndBytecodeMergeAndBothSuppressionsApply() throws Exception {
    Path src = dir.resolve("src/main/java/demo/Server.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, SERVER);
    Files.writeString(dir.resolve("pom.xml"), POM);
    List<Path> libs = FixtureLibraries.jars();
    Path classes = Files.createDirectories(dir.resolve("target/classes"));
    String cp = String.join(File.pathSeparator, libs.stream().map(Path::toString).toList());
    assertEquals(
        0,
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-g", "-d", classes.toString(), "-cp", cp, src.toString()));

    ScanRequest request =
        ScanRequest.builder(dir)
            .addSourceRoot(dir.resolve("src/main/java"))
            .addClassRoot(classes)
            .classpath(libs)
            .addBuildFile(dir.resolve("pom.xml"))
            .threads(2)
            .build();
    ScanResult result = Sockcheck.scan(request);

    List<Finding> ours = result.findings().stream().filter(f -> f.ruleId().equals(RULE)).toList();
    assertEquals(3, ours.size(), ours.toString());
    for (Finding f : ours) {
      assertEquals("src/main/java/demo/Server.java", f.location().path());
      assertEquals(Set.of("source", "bytecode"), f.engines(), f.toString());
      assertTrue(f.location().startColumn() > 0, "source columns kept: " + f);
    }
    assertFalse(ours.get(0).suppressed());
    assertEquals(7, ours.get(0).location().startLine());
    assertTrue(ours.get(1).suppressed(), "annotation");
    assertTrue(ours.get(2).suppressed(), "comment");
    assertEquals("checked by caller", ours.get(2).suppression().justification());
    assertEquals(
        List.of(ours.get(0)),
        result.reportable().stream().filter(f -> f.ruleId().equals(RULE)).toList());
    assertTrue(result.notifications().isEmpty(), result.notifications().toString());

    // Determinism over the real engines (threads, SpotBugs): the same bytes twice.
    assertEquals(result.sarif("sockcheck/"), Sockcheck.scan(request).sarif("sockcheck/"));
  }
}
