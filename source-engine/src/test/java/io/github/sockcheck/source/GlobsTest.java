package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code includes} / {@code excludes} globs of a scan, matched against repository-relative
 * paths: which files the user asked to scan.
 */
class GlobsTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "*.java, A.java, true",
    "*.java, a/A.java, false",
    "**/*.java, A.java, true",
    "**/*.java, a/b/A.java, true",
    "src/**, src/a/A.java, true",
    "src/**, src, false",
    "src/**/A.java, src/A.java, true",
    "src/**/A.java, src/a/b/A.java, true",
    "src/**/A.java, srcA.java, false",
    "src/**A.java, src/a/XA.java, true",
    "a/?.java, a/B.java, true",
    "a/?.java, a/BC.java, false",
    "a/?.java, a//.java, false",
    "a/*/B.java, a/x/B.java, true",
    "a/*/B.java, a/x/y/B.java, false",
    "a.b/C.java, a.b/C.java, true",
    "a.b/C.java, axb/C.java, false",
    "a\\b/*.java, a/b/C.java, true",
    "(x)+.java, (x)+.java, true",
    "**, any/thing, true",
    "A.java, A.java, true",
    "A.java, A.java.bak, false"
  })
  void globMatchesPath(String glob, String path, boolean matches) {
    assertEquals(matches, Globs.compile(glob).matcher(path).matches());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      no globs accept all           | ''                  | ''              | true  | true
      include only                  | src/**              | ''              | true  | false
      exclude only                  | ''                  | src/test/**     | false | true
      include and exclude           | **/*.java           | src/test/**     | false | true
      any of several includes       | src/main/**;other/** | ''             | false | false
      """)
  void acceptsWhatIsIncludedAndNotExcluded(
      String shape, String includes, String excludes, boolean acceptsTest, boolean acceptsOther) {
    Globs globs = new Globs(split(includes), split(excludes));
    assertEquals(acceptsTest, globs.accepts("src/test/java/a/T.java"), shape);
    assertEquals(acceptsOther, globs.accepts("tools/B.java"), shape);
    assertEquals(true, globs.accepts("src/main/java/a/A.java"), shape);
  }

  private static List<String> split(String globs) {
    return globs.isEmpty() ? List.of() : List.of(globs.split(";"));
  }
}
