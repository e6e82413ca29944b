package io.github.sockcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppressCommentTest {

  @Test
  void eachFileKindItsCommentStyle() {
    assertEquals(
        Optional.of("// sockcheck:ignore r -- <reason>"), SuppressComment.of("src/A.java", "r"));
    assertEquals(
        Optional.of("<!-- sockcheck:ignore r: <reason> -->"), SuppressComment.of("m/pom.xml", "r"));
    for (String hash :
        new String[] {
          "app.py",
          "requirements-dev.txt",
          "pyproject.toml",
          "Pipfile",
          "Dockerfile",
          "api.dockerfile",
          "docker-compose.yml",
          "Procfile",
          "start.sh",
          "setup.cfg"
        }) {
      assertEquals(
          Optional.of("# sockcheck:ignore r -- <reason>"),
          SuppressComment.of("x/" + hash, "r"),
          hash);
    }
    assertEquals(Optional.empty(), SuppressComment.of("runtime.txt", "r"));
    assertEquals(Optional.empty(), SuppressComment.of("Pipfile.lock", "r"));
  }
}
