package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.rules.RulePack;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The facts the engine emits for each kind of input, and its behaviour on bad input. */
class PythonEngineFactsTest extends PythonProjectTest {

  private static String deps(RecordingSink sink) {
    return sink.dependencies().stream()
        .map(d -> d.name() + "|" + d.version() + "|" + d.constraint() + "|" + d.declaredAt())
        .sorted()
        .collect(Collectors.joining("\n"));
  }

  @Test
  void requirementsTxtSyntax() throws Exception {
    write(
        "requirements.txt",
        String.join(
            "\n",
            "# comment",
            "Django_REST.framework >= 3.0 , <4  # trailing comment",
            "requests[security,socks]==2.31.0 \\",
            "    --hash=sha256:abc",
            "pywin32==306; sys_platform == 'win32'",
            "old==1.0; python_version < \"3.0\"",
            "https://example.com/pkg-1.0.tar.gz",
            "pkg @ https://example.com/pkg.whl",
            "-c constraints.txt",
            "gunicorn",
            "=== not a requirement",
            "zope.interface~=5.4",
            ""));
    write("constraints.txt", "gunicorn==20.0.3\nunrelated==9\n");
    write(".python-version", "3.11.4\n");
    RecordingSink sink = scan();
    assertEquals(
        String.join(
            "\n",
            "django-rest-framework|null|>=3.0,<4|requirements.txt:2:1",
            "gunicorn|20.0.3|null|constraints.txt:1:1",
            "gunicorn|null|null|requirements.txt:10:1",
            "pywin32|306|null|requirements.txt:5:1",
            "requests|2.31.0|null|requirements.txt:3:1",
            "zope-interface|null|~=5.4|requirements.txt:12:1"),
        deps(sink));
    assertEquals(1, sink.notifications().size(), sink.notifications().toString());
    assertEquals("requirements.txt:11", sink.notifications().get(0).location().toString());
    Dependency django =
        sink.dependencies().stream()
            .filter(d -> d.name().startsWith("django"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, django.declaredAt().startLine());
    assertEquals(34, django.declaredAt().endColumn(), "ends after '<4', before the comment");
  }

  @Test
  void includeCyclesAndMissingIncludesAreReportedAndSurvived() throws Exception {
    write("requirements.txt", "-r more/requirements-dev.txt\nflask==2.0\n-r missing.txt\n");
    write("more/requirements-dev.txt", "--requirement=../requirements.txt\npytest==7.0\n");
    RecordingSink sink = scan();
    assertEquals(
        List.of("flask", "pytest"),
        sink.dependencies().stream().map(Dependency::name).sorted().toList());
    assertTrue(
        sink.dependencies().stream().allMatch(d -> d.project().isEmpty()),
        "an included file belongs to the project that includes it");
    String problems = sink.notifications().toString();
    assertTrue(problems.contains("include cycle"), problems);
    assertTrue(problems.contains("missing.txt"), problems);
  }

  @Test
  void aHundredThousandLineRequirementsFileIsReadInOnePass() throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 100_000; i++)
      b.append("package-").append(i).append("==1.").append(i).append(" \\\n  --hash=sha256:ab\n");
    write("requirements.txt", b.toString());
    RecordingSink sink = scan();
    assertEquals(100_000, sink.dependencies().size());
    assertEquals(199_999, sink.dependencies().get(99_999).declaredAt().startLine());
  }

  @Test
  void pyprojectPipfileLocksAndSetupCfg() throws Exception {
    write(
        "pyproject.toml",
        String.join(
            "\n",
            "[project]",
            "requires-python = '>=3.9'",
            "dependencies = [",
            "  'gunicorn>=20.1',",
            "  \"\"\"gevent\"\"\",",
            "]",
            "[tool.poetry.dependencies]",
            "python = '~3.10'",
            "uvicorn = '^0.2.3'",
            "alt = '>=1,<2 || >=3'",
            ""));
    write("Pipfile", "[packages]\nflask = '*'\n[requires]\npython_version = '3.10'\n");
    write("uv.lock", "[[package]]\nname = 'Gunicorn'\nversion = '21.2.0'\n");
    write(
        "setup.cfg", "[options]\ninstall_requires =\n    gevent>=1.3a2\npython_requires = >=3.7\n");
    RecordingSink sink = scan();
    assertEquals(
        String.join(
            "\n",
            "alt|null|>=1,<2|pyproject.toml:10:1",
            "alt|null|>=3|pyproject.toml:10:1",
            "flask|null|null|Pipfile:2:1",
            "gevent|null|>=1.3a2|setup.cfg:3:5",
            "gevent|null|null|pyproject.toml:5:3",
            "gunicorn|21.2.0|null|uv.lock:2:1",
            "gunicorn|null|>=20.1|pyproject.toml:4:3",
            "uvicorn|null|>=0.2.3,<0.3.0|pyproject.toml:9:1"),
        deps(sink));
    String runtimes =
        sink.runtimes().stream()
            .map(r -> r.version() + "|" + r.constraint() + "|" + r.declaredAt())
            .sorted()
            .collect(Collectors.joining("\n"));
    assertEquals(
        String.join(
            "\n",
            "3.10|null|Pipfile:4:1",
            "null|>=3.10,<3.11|pyproject.toml:8:1",
            "null|>=3.7|setup.cfg:4:19",
            "null|>=3.9|pyproject.toml:2:1"),
        runtimes);
    assertEquals(List.of(), sink.notifications());
  }

  @Test
  void interpreterFromVersionFilesAndDockerfiles() throws Exception {
    write(".python-version", "3.12.1\n");
    write("runtime.txt", "python-3.11.4\n");
    write(
        "Dockerfile",
        "FROM --platform=linux/amd64 python:3.9-alpine3.18 AS build\nFROM docker.io/library/python:3.10.2\nFROM python\nFROM node:20\n");
    write(
        "docker/Dockerfile.prod",
        "ARG PYTHON_VERSION=3.8\nFROM registry.example.com/mirror/python:${PYTHON_VERSION}-slim-bookworm\n");
    RecordingSink sink = scan();
    // Only the stage that runs the server counts: the first Dockerfile's last stage is node:20, no
    // Python.
    assertEquals(
        List.of(
            "3.11.4|DEPLOYMENT|runtime.txt:1",
            "3.12.1|PIN|.python-version:1",
            "3.8|DEPLOYMENT|docker/Dockerfile.prod:2"),
        sink.runtimes().stream()
            .map(r -> r.version() + "|" + r.evidence() + "|" + FactLines.lineOf(r.declaredAt()))
            .sorted()
            .toList());
  }

  @Test
  void gunicornWorkerClassFromEverywhere() throws Exception {
    write("Procfile", "web: gunicorn app:app -kgevent\nworker: celery -A app worker\n");
    write(
        "Dockerfile",
        "FROM python:3.11\nENV GUNICORN_CMD_ARGS=\"--worker-class=gevent_pywsgi\"\n"
            + "ENTRYPOINT [\"sh\", \"-c\", \"gunicorn --worker-class egg:gunicorn#gevent_wsgi app:app\"]\n"
            + "CMD gunicorn -k eventlet \\\n   app:app\n");
    write(
        "deploy/run.sh",
        "#!/bin/bash\n# gunicorn -k tornado (a comment)\npython -m gunicorn --worker-class=gthread app:app && echo done\n");
    write(
        "docker-compose.yml",
        "services:\n  a:\n    command: [\"gunicorn\", \"-k\", \"uvicorn.workers.UvicornWorker\", \"m:app\"]\n"
            + "    environment:\n      GUNICORN_CMD_ARGS: \"-k gevent\"\n");
    write(
        "gunicorn.conf.py",
        "import os\nworker_class = os.environ.get('WORKER', 'gunicorn.workers.ggevent.GeventWorker')\n");
    RecordingSink sink = scan();
    String configs =
        sink.configs().stream()
            .map(c -> c.value() + "|" + c.declaredAt().path() + ":" + c.declaredAt().startLine())
            .sorted()
            .collect(Collectors.joining("\n"));
    assertEquals(
        String.join(
            "\n",
            "eventlet|Dockerfile:4",
            "gevent_pywsgi|Dockerfile:2",
            "gevent_wsgi|Dockerfile:3",
            "gevent|Procfile:1",
            "gevent|docker-compose.yml:5",
            "gthread|deploy/run.sh:3",
            "gunicorn.workers.ggevent.GeventWorker|gunicorn.conf.py:2",
            "uvicorn.workers.UvicornWorker|docker-compose.yml:3"),
        configs);
    assertTrue(sink.configs().stream().allMatch(c -> c.key().equals("gunicorn.worker_class")));
    assertTrue(sink.configs().stream().allMatch(c -> c.project().isEmpty()));
    assertEquals(List.of(), sink.notifications());
  }

  @Test
  void badManifestsGiveNotificationsAndTheScanGoesOn() throws Exception {
    write("pyproject.toml", "[project\ndependencies = [\n");
    write("Pipfile.lock", "{\"default\": {\"gunicorn\": ");
    write("docker-compose.yml", "services: [unclosed\n");
    write("requirements.txt", "gunicorn==20.0.3\n???\n");
    write("bad.py", "import socket\nsocket.socket(fileno=3, x='unterminated\n");
    RecordingSink sink = scan();
    assertEquals(List.of("gunicorn"), sink.dependencies().stream().map(Dependency::name).toList());
    String problems =
        sink.notifications().stream()
            .map(n -> n.location().toString())
            .sorted()
            .collect(Collectors.joining(","));
    assertEquals(
        "Pipfile.lock:1,bad.py:2,docker-compose.yml:2,pyproject.toml:1,requirements.txt:2",
        problems);
    assertEquals(1, sink.callSites().size(), "the call before the broken string is still seen");
  }

  @Test
  void callSiteFacts() throws Exception {
    write(
        "pkg/server.py",
        String.join(
            "\n",
            "from gevent import socket as gsocket",
            "class Server:",
            "    def adopt(self, fd, *rest, **kw):",
            "        return gsocket.socket(-2, 0x1, fileno=fd, proto=None)",
            "    def other(self, fd):",
            "        return gsocket.socket(*rest, **kw)",
            "def top(fd):",
            "    return gsocket.socket(2, family.X, 'tcp', fd)",
            ""));
    RulePack pack = TestSupport.rules();
    RecordingSink sink = TestSupport.scan(root, pack);
    assertEquals(3, sink.callSites().size());
    CallSite first = sink.callSites().get(0);
    assertEquals("gevent.socket.socket", first.owner());
    assertEquals("socket", first.member());
    assertEquals("server.py:Server.adopt", first.enclosing());
    assertEquals("pkg/server.py:4:16", first.location().toString());
    assertEquals(30, first.location().endColumn());
    assertEquals(-2L, first.args().get(0).intValue());
    assertEquals(1L, first.args().get(1).intValue());
    assertEquals(ArgOrigin.UNKNOWN, first.keywordArgs().get("fileno").origin());
    assertEquals(ArgOrigin.NULL, first.keywordArgs().get("proto").origin());
    assertTrue(first.resolved());
    CallSite second = sink.callSites().get(1);
    assertEquals(
        ArgOrigin.UNKNOWN, second.keywordArgs().get("proto").origin(), "**kw: unknown, not absent");
    assertEquals(ArgOrigin.UNKNOWN, second.args().get(3).origin(), "*args: every position unknown");
    CallSite third = sink.callSites().get(2);
    assertEquals("server.py:top", third.enclosing());
    assertEquals("family.X", third.args().get(1).constantName());
    assertEquals("tcp", third.args().get(2).constant());
    assertNull(third.keywordArgs().get("proto"));
  }
}
