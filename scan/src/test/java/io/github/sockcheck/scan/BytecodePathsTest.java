package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.engine.ScanInputs;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.rules.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one place a class file's package-relative source path becomes the repository-relative one.
 */
class BytecodePathsTest {

  @TempDir Path root;

  private BytecodePaths paths(Path... sourceRoots) {
    return new BytecodePaths(
        new ScanContext(
            ScanInputs.builder(root).sourceRoots(List.of(sourceRoots)).inputs(),
            new RulePack(List.of())));
  }

  private Path write(String path) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "class X {}");
    return file;
  }

  @Test
  void aPackagePathUnderASourceRootBecomesTheRepositoryPath() throws IOException {
    write("app/src/main/java/com/example/Foo.java");
    BytecodePaths paths = paths(root.resolve("app/src/main/java"));
    assertEquals("app/src/main/java/com/example/Foo.java", paths.map("com/example/Foo.java"));
  }

  @Test
  void aRelativeSourceRootIsTakenFromTheScanRoot() throws IOException {
    write("src/com/example/Foo.java");
    assertEquals("src/com/example/Foo.java", paths(Path.of("src")).map("com/example/Foo.java"));
  }

  @Test
  void aFileOutsideItsPackageFolderIsFoundByItsUniqueName() throws IOException {
    write("testdata/rules/some-rule/Foo.java");
    assertEquals(
        "testdata/rules/some-rule/Foo.java",
        paths(root.resolve("testdata/rules/some-rule")).map("com/example/Foo.java"));
  }

  @Test
  void ofSeveralFilesWithTheNameTheOneEndingInThePackagePathWins() throws IOException {
    write("a/x/Foo.java");
    write("b/com/example/Foo.java");
    assertEquals(
        "b/com/example/Foo.java", paths(root.resolve("a"), root).map("com/example/Foo.java"));
  }

  @Test
  void withoutAMatchThePackagePathStays() throws IOException {
    write("a/x/Foo.java");
    write("b/y/Foo.java");
    assertEquals(
        "com/example/Foo.java",
        paths(root.resolve("a"), root.resolve("b")).map("com/example/Foo.java"));
    assertEquals("com/example/Bar.java", paths(root.resolve("a")).map("com/example/Bar.java"));
  }

  @Test
  void aCallSiteAndItsResultUsesAreMovedTogether() throws IOException {
    write("src/com/example/Foo.java");
    CallSite site =
        CallSite.builder(Language.JAVA, "a.Lib", "open")
            .location(Location.line("com/example/Foo.java", 3))
            .resultUses(
                List.of(
                    new ResultUse("a.Channel", "join", Location.line("com/example/Foo.java", 4))))
            .engine("bytecode")
            .build();
    CallSite mapped = paths(root.resolve("src")).map(site);
    assertEquals(Location.line("src/com/example/Foo.java", 3), mapped.location());
    assertEquals(
        Location.line("src/com/example/Foo.java", 4), mapped.resultUses().get(0).location());
  }
}
