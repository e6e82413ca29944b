package io.github.sockcheck.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFolderTest {

  @TempDir Path dir;

  @Test
  void topLevelSourcesAreTheFixturesAndOutermostFoldersWithFilesAreTheCases() throws Exception {
    write("PositiveA.java", "");
    write("NegativeA.java", "");
    write("calls.py", "");
    write("expected-findings.txt", "");
    write("4.2.9.Final/pom.xml", "");
    write("4.2.9.Final/src/main/java/combo/App.java", "");
    write("parent-managed/pom.xml", "");
    write("parent-managed/app/pom.xml", "");
    write("python/README.md", "groups the Python cases");
    write("python/req-gevent/requirements.txt", "");
    write("python/req-gevent/requirements/base.txt", "");
    write("python/deeper/still/.python-version", "");
    write("target/classes/x.class", "");
    RuleFolder folder = new RuleFolder("some-rule", dir);
    assertEquals(List.of("NegativeA.java", "PositiveA.java"), names(folder, folder.javaFiles()));
    assertEquals(List.of("calls.py"), names(folder, folder.pythonFiles()));
    assertEquals(
        List.of("4.2.9.Final", "parent-managed", "python/deeper/still", "python/req-gevent"),
        names(folder, folder.cases()));
  }

  private static List<String> names(RuleFolder folder, List<Path> paths) {
    return paths.stream().map(folder::relative).toList();
  }

  private void write(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
