package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.sockcheck.python.gunicorn.ComposeReader;
import io.github.sockcheck.python.gunicorn.WorkerFinder;
import io.github.sockcheck.python.manifest.RuntimeCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compose services: what each builds and runs, and the worker classes it sets, each at its exact
 * place.
 */
class ComposeServicesTest {

  @TempDir Path root;

  @Test
  void servicesBuildsAndImages() throws Exception {
    Path file = root.resolve("deploy/compose.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        String.join(
            "\n",
            "services:",
            "  api:",
            "    build: ../api",
            "  web:",
            "    build:",
            "      context: ../web",
            "      dockerfile: docker/Dockerfile.prod",
            "      target: runtime",
            "  here:",
            "    build: {dockerfile: ''}",
            "  remote:",
            "    build: https://github.com/x/y.git#main",
            "  ssh:",
            "    build: git@github.com:x/y.git",
            "  db:",
            "    image: python:3.9-slim",
            "  redis:",
            "    image: redis:7",
            ""));
    RecordingSink sink = new RecordingSink();
    List<ComposeReader.Service> services = ComposeReader.read(sink.facts(root), file);
    assertEquals(
        List.of("api", "web", "here", "remote", "ssh", "db", "redis"),
        services.stream().map(ComposeReader.Service::name).toList());
    Path dir = file.getParent();
    assertEquals(root.resolve("api"), services.get(0).context());
    assertEquals(root.resolve("api/Dockerfile"), services.get(0).dockerfile());
    assertNull(services.get(0).target());
    assertEquals(root.resolve("web/docker/Dockerfile.prod"), services.get(1).dockerfile());
    assertEquals("runtime", services.get(1).target());
    var targetAt = services.get(1).targetAt();
    assertEquals(List.of("deploy/compose.yaml", 8), List.of(targetAt.path(), targetAt.startLine()));
    assertEquals(
        dir.resolve("Dockerfile"),
        services.get(2).dockerfile(),
        "no context: the compose file's directory");
    assertNull(services.get(3).context(), "a remote context is not in the repository");
    assertNull(services.get(4).context());
    RuntimeCollector runtimes = new RuntimeCollector(sink.facts(root));
    for (ComposeReader.Service s : services) s.runtime(sink.facts(root), runtimes);
    assertEquals(
        "3.9|DEPLOYMENT|deploy/compose.yaml:16:12|compose service `db` image python:3.9-slim",
        sink.runtimes().stream()
            .map(
                r ->
                    r.version()
                        + "|"
                        + r.evidence()
                        + "|"
                        + FactLines.lineOf(r.declaredAt())
                        + ":"
                        + r.declaredAt().startColumn()
                        + "|"
                        + r.source())
            .collect(Collectors.joining("\n")));
  }

  @Test
  void workerClassesOfCommandsAndEnvironments() throws Exception {
    Path file = root.resolve("compose.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "services:",
            "  a:",
            "    command: gunicorn -k gevent app",
            "    environment:",
            "      GUNICORN_CMD_ARGS: --worker-class eventlet",
            "      OTHER: -k tornado",
            "  b:",
            "    entrypoint: [\"gunicorn\", \"--worker-class=gthread\", \"-c\", \"conf.py\"]",
            "    environment:",
            "      - GUNICORN_CMD_ARGS=-k sync",
            "      - OTHER=-k tornado",
            "  c:",
            "    command: [\"celery\", \"-k\", \"x\", 3]",
            "    environment: not-a-map",
            ""));
    RecordingSink sink = new RecordingSink();
    WorkerFinder workers = new WorkerFinder(sink.facts(root));
    for (ComposeReader.Service s : ComposeReader.read(sink.facts(root), file)) s.workers(workers);
    assertEquals(
        String.join(
            "\n", "gevent@3:26-3:32", "eventlet@5:26-5:49", "gthread@8:31-8:53", "sync@10:9-10:34"),
        sink.configs().stream()
            .map(c -> c.value() + "@" + FactLines.range(c.declaredAt()))
            .collect(Collectors.joining("\n")));
    assertEquals(
        List.of("conf.py@8:63"),
        workers.configs().stream()
            .map(c -> c.value() + "@" + c.at().startLine() + ":" + c.at().startColumn())
            .toList());
  }

  @Test
  void aFileWithoutServicesHasNone() throws Exception {
    Path file = root.resolve("compose.yaml");
    Files.writeString(file, "version: '3'\n");
    assertEquals(List.of(), ComposeReader.read(new RecordingSink().facts(root), file));
    Files.writeString(file, "services: [a, b]\n");
    assertEquals(List.of(), ComposeReader.read(new RecordingSink().facts(root), file));
  }
}
