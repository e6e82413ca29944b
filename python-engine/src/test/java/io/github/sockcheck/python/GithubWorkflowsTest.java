package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.python.ci.CiJob;
import io.github.sockcheck.python.ci.GithubWorkflowReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GitHub Actions jobs: the interpreters they test on, placed at the value that names each, their
 * directories and pip files.
 */
class GithubWorkflowsTest {

  @TempDir Path root;

  private List<CiJob> read(String yaml) throws Exception {
    Path file = root.resolve(".github/workflows/ci.yml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return GithubWorkflowReader.read(new RecordingSink().facts(root), file);
  }

  private static String versions(CiJob job) {
    return job.versions().stream()
        .map(
            v ->
                (v.version() != null ? v.version() : v.constraint())
                    + "@"
                    + v.at().startLine()
                    + ":"
                    + v.at().startColumn()
                    + " "
                    + v.source())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void setupPythonVersionsMatricesAndContainers() throws Exception {
    List<CiJob> jobs =
        read(
            String.join(
                "\n",
                "jobs:",
                "  lines:",
                "    steps:",
                "      - uses: actions/setup-python@v5",
                "        with:",
                "          python-version: |",
                "            3.9",
                "",
                "            3.x",
                "      - uses: actions/checkout@v4",
                "        with: {python-version: '3.6'}",
                "  matrix:",
                "    strategy:",
                "      matrix:",
                "        py: ['3.10', '3.11']",
                "        include:",
                "          - py: '3.12'",
                "          - os: windows",
                "    container: python:${{ matrix.py }}-slim",
                "    steps:",
                "      - uses: actions/setup-python@v4",
                "        with:",
                "          python-version: ${{ matrix.py }}",
                "  single:",
                "    strategy: {matrix: {py: '3.8'}}",
                "    container: {image: 'ubuntu:22.04'}",
                "    steps:",
                "      - uses: actions/setup-python@v5",
                "        with: {python-version: '${{matrix.py}}'}",
                "  image:",
                "    container:",
                "      image: python:3.7",
                ""));
    assertEquals(4, jobs.size());
    assertEquals("3.9@6:27 setup-python\n==3.*@6:27 setup-python", versions(jobs.get(0)));
    assertEquals(
        String.join(
            "\n",
            "3.10@19:16 GitHub Actions container python:3.10-slim",
            "3.11@19:16 GitHub Actions container python:3.11-slim",
            "3.12@19:16 GitHub Actions container python:3.12-slim",
            "3.10@15:15 setup-python (matrix.py)",
            "3.11@15:23 setup-python (matrix.py)",
            "3.12@17:18 setup-python (matrix.py)"),
        versions(jobs.get(1)));
    assertEquals("3.8@25:30 setup-python (matrix.py)", versions(jobs.get(2)));
    assertEquals("3.7@32:14 GitHub Actions container python:3.7", versions(jobs.get(3)));
  }

  @Test
  void directoriesAndPipFiles() throws Exception {
    Files.createDirectories(root.resolve("api"));
    Files.writeString(root.resolve("api/requirements.txt"), "x\n");
    Files.writeString(root.resolve("requirements.txt"), "x\n");
    Files.writeString(root.resolve("constraints.txt"), "x\n");
    List<CiJob> jobs =
        read(
            String.join(
                "\n",
                "defaults:",
                "  run:",
                "    working-directory: api",
                "jobs:",
                "  a:",
                "    steps:",
                "      - run: pip install -r requirements.txt -c ../constraints.txt",
                "      - run: pip install -r requirements.txt",
                "        working-directory: .",
                "      - run: echo ${{ x }}",
                "        working-directory: ${{ matrix.dir }}",
                "  b:",
                "    defaults: {run: {working-directory: '${{ inputs.dir }}'}}",
                "    steps:",
                "      - run: pip install -r api/requirements.txt -r missing.txt",
                "      - uses: actions/checkout@v4",
                ""));
    assertEquals(
        List.of(root.resolve("api"), root),
        List.copyOf(jobs.get(0).directories()),
        "the workflow's default and each step's own; not an expression");
    assertEquals(
        List.of(
            new CiJob.Pip(
                List.of(root.resolve("api/requirements.txt")),
                List.of(root.resolve("constraints.txt"))),
            new CiJob.Pip(List.of(root.resolve("requirements.txt")), List.of())),
        jobs.get(0).pips(),
        "relative to the step's directory, else the job's, else the repository");
    assertEquals(
        List.of(root.resolve("api")),
        List.copyOf(jobs.get(1).directories()),
        "an expression as the job's directory leaves the workflow's");
    assertEquals(
        List.of(new CiJob.Pip(List.of(root.resolve("api/requirements.txt")), List.of())),
        jobs.get(1).pips());
  }

  @Test
  void aWorkflowWithoutJobsHasNone() throws Exception {
    assertEquals(List.of(), read("on: push\n"));
    assertEquals(List.of(), read("jobs: [a]\n"));
  }
}
