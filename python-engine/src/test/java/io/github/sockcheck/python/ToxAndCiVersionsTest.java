package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.python.ci.CiJob;
import io.github.sockcheck.python.ci.ToxIniReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The interpreters tox and CI configurations test on, as versions or ranges, and the files tox
 * installs.
 */
class ToxAndCiVersionsTest {

  @TempDir Path root;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "3.11 | 3.11",
        "3.11.4 | 3.11.4",
        " 3.12 | 3.12",
        "3.13-dev | 3.13",
        "3.x | ==3.*",
        "3 | ==3.*",
        "3.12.x | ==3.12.*",
        "pypy3.9 | ``",
        "pypy-3.10 | ``",
        "${{ matrix.python }} | ``",
        "3.13.0-beta.1 | 3.13.0-beta.1",
        "`` | ``",
        "3.14t | ``",
        "3.13.0rc1 | 3.13.0rc1",
        "latest | ``"
      })
  void ciVersionSpellings(String text, String expected) {
    CiJob job = new CiJob(root.resolve("ci.yml"));
    job.version(text, Location.line("ci.yml", 1), "ci");
    assertEquals(
        expected,
        job.versions().stream()
            .map(v -> v.version() != null ? v.version() : v.constraint())
            .collect(Collectors.joining(",")));
  }

  private List<CiJob> tox(String text) throws Exception {
    Path file = root.resolve("tox.ini");
    Files.writeString(file, text);
    return ToxIniReader.read(new RecordingSink().facts(root), file);
  }

  private static String versions(List<CiJob> jobs) {
    return jobs.stream()
        .flatMap(j -> j.versions().stream())
        .map(v -> v.version() + "@" + v.at().startLine() + " " + v.source())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void toxEnvironmentsAndBasepython() throws Exception {
    List<CiJob> jobs =
        tox(
            String.join(
                "\n",
                "; a comment",
                "[tox]",
                "envlist = py{38,39}-django{3, 4}, py3.10,",
                "    python311, lint, pypy3, py27",
                "    py38-extra",
                "[testenv]",
                "basepython = python3.12",
                "deps =",
                "    -r{toxinidir}/requirements.txt",
                "    -c {toxinidir}/constraints.txt",
                "    -rmissing.txt",
                "[testenv:lint]",
                "basepython = python3",
                "envlist = py36",
                "[other]",
                "envlist = py35",
                "not a key line",
                "    py34"));
    assertEquals(
        String.join(
            "\n",
            "3.8@3 tox env py38-django3",
            "3.9@3 tox env py39-django3",
            "3.10@3 tox env py3.10",
            "3.11@4 tox env python311",
            "3.12@7 tox basepython"),
        versions(jobs));
    assertEquals(1, jobs.size());
    assertEquals(
        List.of(), jobs.get(0).pips(), "deps name files that do not exist: nothing to link");
    Files.writeString(root.resolve("requirements.txt"), "x\n");
    Files.writeString(root.resolve("constraints.txt"), "x\n");
    List<CiJob> again =
        tox(
            "[testenv]\ndeps =\n    -r{toxinidir}/requirements.txt\n    -c {toxinidir}/constraints.txt\n"
                + "[testenv:x]\ndeps = -rrequirements.txt\n");
    assertEquals(
        List.of(
            new CiJob.Pip(List.of(root.resolve("requirements.txt")), List.of()),
            new CiJob.Pip(List.of(), List.of(root.resolve("constraints.txt"))),
            new CiJob.Pip(List.of(root.resolve("requirements.txt")), List.of())),
        again.get(0).pips());
  }

  @Test
  void envlistExpansion() throws Exception {
    assertEquals(
        "3.8@2 tox env py38-a\n3.9@2 tox env py39-a",
        versions(tox("[tox]\nenv_list = py{38,39}-{a,b}\n")),
        "each interpreter once, with the first environment that names it");
  }
}
