package io.github.sockcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsTest {

  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("labels.yaml"), yaml);
  }

  /**
   * Loads the labels file of {@link #PROJECTS} followed by {@code sites:} and {@code siteLines}.
   */
  private Labels projectsWithSites(String siteLines) throws IOException {
    return Labels.load(write(PROJECTS + "sites:\n" + siteLines));
  }

  private static final String PROJECTS =
      """
      projects:
        lib:
          codebase: lib
          title: A library
          maven: org.example:lib:1.0
        app:
          codebase: app
          title: An application
          github: example/app
          commit: 0123456789abcdef0123456789abcdef01234567
          scan: [src/main/java]
          classpath: [org.example:api:2.0]
      """;

  @Test
  void readsProjectsAndSites() throws IOException {
    Labels labels =
        projectsWithSites(
            """
          - id: open-then-join
            project: lib
            path: org/example/Receiver.java
            line: 12
            end-line: 13
            rule: datagram-channel-no-family-multicast
            verdict: hazard
            flow: [field, fluent]
            why: 'open() at l.12, joined at l.20'
            gap: not followed through fields
          - id: explicit-family
            project: app
            path: src/main/java/App.java
            line: 5
            rule: datagram-channel-no-family-multicast
            verdict: safe
            flow: [local]
            why: open(INET)
            expected-today: {source: false-positive}
        """);
    assertEquals(List.of("lib", "app"), List.copyOf(labels.projects().keySet()));
    Project app = labels.projects().get("app");
    assertEquals(Set.of(Engines.SOURCE), app.engines());
    assertEquals("example/app@0123456789abcdef0123456789abcdef01234567", app.origin());
    assertEquals(
        "example/app@0123456789abcdef0123456789abcdef01234567|src/main/java|org.example:api:2.0",
        app.stamp());
    assertEquals(Set.of(Engines.SOURCE, Engines.BYTECODE), labels.projects().get("lib").engines());
    Site first = labels.sites().get(0);
    assertEquals(13, first.endLine());
    assertEquals(Verdict.HAZARD, first.verdict());
    assertEquals(List.of("field", "fluent"), first.flow());
    assertEquals("not followed through fields", first.gap());
    assertEquals(Set.of(), first.wrongToday());
    Site second = labels.sites().get(1);
    assertEquals(5, second.endLine());
    assertEquals(Set.of(Engines.SOURCE), second.wrongToday());
  }

  @Test
  void expectedTodayWithoutEnginesAppliesToBoth() throws IOException {
    Labels labels =
        projectsWithSites(
            """
          - {id: a, project: lib, path: A.java, line: 1, rule: r, verdict: hazard, flow: [local], why: w, expected-today: miss}
        """);
    assertEquals(Set.of(Engines.SOURCE, Engines.BYTECODE), labels.sites().get(0).wrongToday());
  }

  @Test
  void reportsEveryProblemOfTheFileAtOnce() throws IOException {
    Path file =
        write(
            PROJECTS
                + """
          broken:
            codebase: x
            title: no origin
        sites:
          - id: a
            project: nowhere
            path: A.java
            line: 0
            rule: r
            verdict: maybe
            flow: []
            why: w
            colour: red
          - {id: a, project: lib, path: A.java, line: 3, end-line: 2, rule: r, verdict: safe, flow: [x], why: w, expected-today: miss}
        """);
    String message = assertThrows(IOException.class, () -> Labels.load(file)).getMessage();
    for (String expected :
        List.of(
            "project 'broken': give exactly one of 'maven', 'github' or 'local: true'",
            "site 'a': unknown key 'colour'",
            "site 'a': unknown project 'nowhere'",
            "site 'a': 'line' must be a positive integer",
            "site 'a': verdict must be 'hazard' or 'safe', not 'maybe'",
            "site 'a': 'flow' must name at least one shape",
            "site 'a': duplicate id",
            "site 'a': 'end-line' is before 'line'",
            "site 'a': 'expected-today' of a safe site can only be 'false-positive', not 'miss'")) {
      assertTrue(message.contains(expected), "missing <" + expected + "> in:\n" + message);
    }
    assertTrue(message.startsWith(file.toString() + ": "), message);
  }

  @Test
  void rejectsUnsafeScanPathsAndBadCoordinates() throws IOException {
    Path file =
        write(
            """
        projects:
          p:
            codebase: p
            title: t
            github: not-a-repo
            scan: [../outside]
            classpath: [just-a-name]
        sites:
          - {id: a, project: p, path: A.java, line: 1, rule: r, verdict: safe, flow: [local], why: w}
        """);
    String message = assertThrows(IOException.class, () -> Labels.load(file)).getMessage();
    assertTrue(message.contains("'github' must be owner/name"), message);
    assertTrue(message.contains("a GitHub project needs 'commit'"), message);
    assertTrue(message.contains("scan path '../outside' must stay inside the tree"), message);
    assertTrue(
        message.contains("classpath entry 'just-a-name' is not groupId:artifactId:version"),
        message);
  }

  @Test
  void namesUnknownRules() throws IOException {
    Labels labels =
        projectsWithSites(
            """
          - {id: a, project: lib, path: A.java, line: 1, rule: no-such-rule, verdict: safe, flow: [local], why: w}
        """);
    String message =
        assertThrows(IOException.class, () -> labels.requireRules(Set.of("raw-socket-sentinel")))
            .getMessage();
    assertTrue(message.contains("site 'a': unknown rule 'no-such-rule'"), message);
  }

  @Test
  void invalidYamlNamesTheFile() throws IOException {
    Path file = write("projects: [unclosed");
    String message = assertThrows(IOException.class, () -> Labels.load(file)).getMessage();
    assertTrue(message.startsWith(file + ": not valid YAML"), message);
  }
}
