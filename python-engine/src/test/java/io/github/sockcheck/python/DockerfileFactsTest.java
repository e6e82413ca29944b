package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.python.runtime.PythonImages;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The runtime and the worker a Dockerfile deploys: the stage that runs the server, its FROM chain,
 * its command.
 */
class DockerfileFactsTest extends PythonProjectTest {

  private RecordingSink scan(String dockerfile) throws Exception {
    write("Dockerfile", dockerfile);
    return scan();
  }

  private static String runtimes(RecordingSink sink) {
    return sink.runtimes().stream()
        .map(
            r ->
                r.version()
                    + "@"
                    + r.declaredAt().startLine()
                    + ":"
                    + r.declaredAt().startColumn()
                    + " "
                    + r.evidence())
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private static String workers(RecordingSink sink) {
    return sink.configs().stream()
        .filter(c -> c.key().equals(Facts.WORKER_CLASS))
        .map(c -> c.value() + "@" + c.declaredAt().startLine() + ":" + c.declaredAt().startColumn())
        .sorted()
        .collect(Collectors.joining(", "));
  }

  @Test
  void theLastStageRunsTheServerAndEarlierStagesDoNotCount() throws Exception {
    RecordingSink sink =
        scan(
            String.join(
                "\n",
                "FROM python:3.12-slim AS build",
                "CMD [\"gunicorn\", \"-k\", \"eventlet\", \"app\"]",
                "FROM python:3.8-slim",
                "CMD [\"gunicorn\", \"-k\", \"gevent\", \"app\"]",
                ""));
    assertEquals("3.8@3:6 DEPLOYMENT", runtimes(sink));
    assertEquals("gevent@4:25", workers(sink));
    RuntimeFact fact = sink.runtimes().get(0);
    assertEquals("FROM python:3.8-slim, stage #2 that runs the server", fact.source());
  }

  @Test
  void aStageBuiltOnAnEarlierOneTakesItsInterpreterAndCommand() throws Exception {
    RecordingSink sink =
        scan(
            String.join(
                "\n",
                "FROM python:3.6-slim AS base",
                "ENV GUNICORN_CMD_ARGS=\"--worker-class=gevent\"",
                "FROM node:20 AS assets",
                "FROM base AS runtime",
                "COPY --from=assets /dist /srv/static",
                ""));
    assertEquals("3.6@1:6 DEPLOYMENT", runtimes(sink));
    assertEquals(
        "FROM python:3.6-slim, stage `runtime` that runs the server, built on stage `base`",
        sink.runtimes().get(0).source());
    assertEquals("gevent@2:5", workers(sink));
  }

  @Test
  void whenOnlyAnEarlierStageRunsGunicornThatStageRunsTheServer() throws Exception {
    RecordingSink sink =
        scan(
            String.join(
                "\n",
                "FROM python:3.9-slim AS runtime",
                "CMD gunicorn -k gevent app:app",
                "FROM python:3.12-slim AS test",
                "CMD [\"python\", \"-m\", \"pytest\"]",
                ""));
    assertEquals("3.9@1:6 DEPLOYMENT", runtimes(sink));
    assertEquals("gevent@2:17", workers(sink));
  }

  @Test
  void theComposeTargetNamesTheStage() throws Exception {
    write(
        "svc/Dockerfile",
        String.join("\n", "FROM python:3.6-slim AS runtime", "FROM python:3.12-slim AS test", ""));
    write("svc/requirements.txt", "gunicorn==20.1.0\n");
    write(
        "compose.yaml",
        "services:\n  web:\n    build:\n      context: ./svc\n      target: runtime\n");
    RecordingSink sink = TestSupport.scan(root, TestSupport.rules());
    assertEquals("3.6@1:6 DEPLOYMENT", runtimes(sink));
    assertEquals("svc", sink.runtimes().get(0).project());
    assertTrue(
        sink.runtimes().get(0).source().contains("named by the compose target"),
        sink.runtimes().get(0).source());

    write(
        "compose.yaml",
        "services:\n  web:\n    build:\n      context: ./svc\n      target: prod\n");
    RecordingSink wrong = TestSupport.scan(root, TestSupport.rules());
    assertEquals("3.12@2:6 DEPLOYMENT", runtimes(wrong));
    assertEquals(
        "compose target 'prod' names no stage of svc/Dockerfile",
        wrong.notifications().get(0).message());
    assertEquals("compose.yaml:5", wrong.notifications().get(0).location().toString());
  }

  @Test
  void distributionImagesTakeTheInterpreterTheyInstall() throws Exception {
    RecordingSink sink =
        scan(
            String.join(
                "\n",
                "FROM ubuntu:22.04",
                "RUN apt-get update \\",
                " && apt-get install -y --no-install-recommends python3.9 python3.9-venv \\",
                " && rm -rf /var/lib/apt/lists/*",
                ""));
    assertEquals("3.9@3:48 DEPLOYMENT", runtimes(sink));
    assertEquals("apt-get install python3.9", sink.runtimes().get(0).source());

    RecordingSink bare = scan("FROM debian:bookworm\nRUN apt-get install -y python3\n");
    assertEquals("", runtimes(bare), "the distribution's python3: no version named");
  }

  @Test
  void theMovingTagsSayWhatTheyWereTakenFor() throws Exception {
    RecordingSink sink = scan("FROM python:3-slim\n");
    assertEquals("3.14@1:6 DEPLOYMENT", runtimes(sink));
    assertTrue(
        sink.runtimes()
            .get(0)
            .source()
            .contains(
                "taken as Python 3.14, the version the official image's 3 and latest"
                    + " tags point to since 2025-10-07 (docker-library/python commit e7f6a1c7, checked 2026-06-23)"),
        sink.runtimes().get(0).source());
  }

  @Test
  void testDockerfilesAreTestEvidence() throws Exception {
    write("Dockerfile.test", "FROM python:3.12\n");
    write("Dockerfile", "FROM python:3.8\n");
    RecordingSink sink = TestSupport.scan(root, TestSupport.rules());
    assertEquals("3.12@1:6 TEST, 3.8@1:6 DEPLOYMENT", runtimes(sink));
  }

  @Test
  void execFormCommandAcrossContinuationsWithCommentsIsPlacedOnItsLine() throws Exception {
    RecordingSink sink =
        scan(
            String.join(
                "\n",
                "# syntax=docker/dockerfile:1",
                "ARG PY=3.11",
                "FROM python:${PY}-slim",
                "RUN pip install \\",
                "    # a comment inside the instruction",
                "    gunicorn gevent",
                "CMD [\"gunicorn\", \\",
                "     \"--bind\", \"0.0.0.0:8000\", \\",
                "     \"-k\", \"gevent\", \\",
                "     \"app:app\"]",
                "EXPOSE 8000",
                ""));
    assertEquals("3.11@3:6 DEPLOYMENT", runtimes(sink));
    assertEquals("gevent@9:13", workers(sink));
  }

  @Test
  void execFormMustNameGunicornAsTheProgram() throws Exception {
    RecordingSink sink =
        scan(
            String.join(
                "\n",
                "FROM python:3.11",
                "ENTRYPOINT [\"/docker-entrypoint.sh\"]",
                "CMD [\"celery\", \"-A\", \"tasks\", \"worker\", \"-P\", \"gevent\", \"-c\", \"conf.py\"]",
                ""));
    assertEquals("", workers(sink));
    assertTrue(sink.notifications().isEmpty(), sink.notifications().toString());
  }

  @Test
  void pipInstallNamesRequirementFilesThroughCopyAndWorkdir() throws Exception {
    write("deploy/prod.txt", "gunicorn==21.2.0\n");
    write("deploy/constraints.txt", "gevent==23.9.1\n");
    write("src/reqs/extra.txt", "flask==3.0.3\ngevent\n");
    RecordingSink sink =
        scan(
            String.join(
                "\n",
                "FROM python:3.11",
                "WORKDIR /app",
                "COPY deploy/prod.txt /tmp/requirements.txt",
                "COPY deploy/constraints.txt ./",
                "COPY src/ ./src/",
                "RUN pip install -r /tmp/requirements.txt && \\",
                "    pip install -r src/reqs/extra.txt -c constraints.txt",
                ""));
    String deps =
        sink.dependencies().stream()
            .map(d -> d.name() + "|" + d.version() + "|" + d.declaredAt().path())
            .sorted()
            .collect(Collectors.joining(", "));
    assertEquals(
        "flask|3.0.3|src/reqs/extra.txt, gevent|23.9.1|deploy/constraints.txt, gevent|null|src/reqs/extra.txt,"
            + " gunicorn|21.2.0|deploy/prod.txt",
        deps);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "python:3.6-slim | 3.6",
        "python:3.12-alpine | 3.12",
        "docker.io/library/python:3.11.4-slim-bookworm | 3.11.4",
        "python:3.13.0rc2 | 3.13.0rc2",
        "python:3 | 3.14",
        "python:latest | 3.14",
        "python | 3.14",
        "python:slim-bookworm | 3.14",
        "python:3.10@sha256:0123 | 3.10",
        "cimg/python:3.10 | 3.10",
        "circleci/python:3.6-stretch | 3.6",
        "registry.access.redhat.com/ubi9/python-311 | 3.11",
        "ubi8/python-39:latest | 3.9",
        "tiangolo/uvicorn-gunicorn:python3.8-slim | 3.8",
        "bitnami/python:latest | \"\"",
        "mirror.example.com/python:3 | \"\"",
        "node:20 | \"\"",
        "pypy:3.9 | \"\"",
        "python:$PY | \"\"",
        "python:${PYTHON_VERSION}-slim | \"\"",
      })
  void imageVersions(String image, String expected) {
    PythonImages.ImageVersion v = PythonImages.of(image);
    assertEquals(expected, v == null ? "" : v.version());
    if (v != null && v.version().equals(PythonImages.LATEST) && !image.contains(":3.14")) {
      assertTrue(v.note().contains(PythonImages.LATEST_NOTE), v.note());
    } else if (v != null) {
      assertNull(v.note());
    }
  }

  @Test
  void workerFactsOfDockerfilesAreTheirProjectsOnly() throws Exception {
    write("a/requirements.txt", "gunicorn==21.2.0\n");
    write("a/Dockerfile", "FROM python:3.11\nCMD gunicorn -k gevent app\n");
    write("b/requirements.txt", "gunicorn==21.2.0\n");
    RecordingSink sink = TestSupport.scan(root, TestSupport.rules());
    List<ConfigFact> workers =
        sink.configs().stream().filter(c -> c.key().equals(Facts.WORKER_CLASS)).toList();
    assertEquals(1, workers.size());
    assertEquals("a", workers.get(0).project());
  }
}
