package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.python.ci.CiJob;
import io.github.sockcheck.python.ci.GitlabAndCircleCiReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * GitLab CI and CircleCI jobs: which keys are jobs, the images they run in and the files their
 * scripts install.
 */
class GitlabAndCircleCiJobsTest extends PythonProjectTest {

  private static String versions(List<CiJob> jobs) {
    return jobs.stream()
        .map(
            j ->
                j.versions().stream()
                    .map(v -> v.version() + "@" + v.at().startLine() + " " + v.source())
                    .collect(Collectors.joining(",")))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void gitlabJobsImagesAndScripts() throws Exception {
    write("requirements.txt", "x\n");
    write("constraints.txt", "x\n");
    Path file =
        write(
            ".gitlab-ci.yml",
            String.join(
                "\n",
                "stages: [test]",
                "variables: {A: b}",
                "default:",
                "  image: python:3.10",
                "before_script: [pip install -r requirements.txt]",
                ".template:",
                "  script: echo",
                "unit:",
                "  image: {name: 'python:3.9-slim', entrypoint: ['']}",
                "  before_script:",
                "    - pip install -r requirements.txt -c constraints.txt",
                "  script: pip install -r missing.txt",
                "matrix:",
                "  image: python:${PY}",
                "  parallel:",
                "    matrix:",
                "      - PY: '3.11'",
                "      - PY: ['3.12', 3.13]",
                "      - OTHER: x",
                "nomatrix:",
                "  image: python:$PY",
                "list: [a, b]",
                ""));
    List<CiJob> jobs = GitlabAndCircleCiReader.gitlab(new RecordingSink().facts(root), file);
    assertEquals(
        String.join(
            "\n",
            "3.10@4 GitLab CI image python:3.10",
            "3.9@9 GitLab CI image python:3.9-slim",
            "3.11@14 GitLab CI image python:3.11,3.12@14 GitLab CI image python:3.12,3.13@14 GitLab CI image python:3.13",
            ""),
        versions(jobs));
    assertEquals(
        List.of(
            new CiJob.Pip(
                List.of(root.resolve("requirements.txt")),
                List.of(root.resolve("constraints.txt"))),
            new CiJob.Pip(List.of(), List.of())),
        jobs.get(1).pips());
    assertEquals(
        List.of(),
        GitlabAndCircleCiReader.gitlab(new RecordingSink().facts(root), write("b.yml", "- a\n")));
  }

  @Test
  void circleciJobsAndExecutors() throws Exception {
    write("api/requirements.txt", "x\n");
    write("requirements.txt", "x\n");
    Path file =
        write(
            ".circleci/config.yml",
            String.join(
                "\n",
                "executors:",
                "  py:",
                "    docker:",
                "      - image: cimg/python:3.8",
                "      - image: redis:7",
                "jobs:",
                "  test:",
                "    docker: []",
                "    steps:",
                "      - checkout",
                "      - run: pip install -r requirements.txt",
                "      - run:",
                "          command: pip install -r requirements.txt",
                "          working_directory: api",
                "      - run:",
                "          command: pip install -r requirements.txt",
                "          working_directory: ~/project",
                ""));
    List<CiJob> jobs = GitlabAndCircleCiReader.circleci(new RecordingSink().facts(root), file);
    assertEquals(2, jobs.size());
    assertEquals(
        "\n3.8@4 CircleCI image cimg/python:3.8", versions(jobs), "jobs first, then executors");
    assertEquals(List.of(root.resolve("api")), List.copyOf(jobs.get(0).directories()));
    assertEquals(
        List.of(
            root.resolve("requirements.txt"),
            root.resolve("api/requirements.txt"),
            root.resolve("requirements.txt")),
        jobs.get(0).pips().stream().flatMap(p -> p.requirements().stream()).toList());
  }
}
