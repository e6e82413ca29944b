package io.github.sockcheck.core.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which comment opener a file's suppressions are read from, by file name. */
class CommentStyleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "src/A.java, SLASHES",
    "build.gradle.kts, SLASHES",
    "B.KT, SLASHES",
    "x.groovy, SLASHES",
    "Build.scala, SLASHES",
    "build.gradle, SLASHES",
    "pom.xml, XML",
    "lib/x.pom, XML",
    "app/server.py, HASH",
    "stubs.pyi, HASH",
    "requirements.txt, HASH",
    "requirements.in, HASH",
    "pyproject.toml, HASH",
    "deploy/app.yaml, HASH",
    "a.yml, HASH",
    "setup.cfg, HASH",
    "tox.ini, HASH",
    "gunicorn.conf, HASH",
    "app.properties, HASH",
    "run.sh, HASH",
    ".env, HASH",
    "Dockerfile, HASH",
    "docker/Dockerfile.prod, HASH",
    "api.dockerfile, HASH",
    "Containerfile, HASH",
    "Procfile, HASH",
    "procfile, HASH",
  })
  void knownFileTypesHaveOneStyle(String path, CommentStyle style) {
    assertEquals(List.of(style), CommentStyle.of(path));
  }

  @ParameterizedTest
  @CsvSource({"README", "notes.md", "dir.d/file", "Makefile"})
  void unknownFileTypesAllowEveryStyle(String path) {
    assertEquals(
        List.of(CommentStyle.SLASHES, CommentStyle.HASH, CommentStyle.XML), CommentStyle.of(path));
  }
}
