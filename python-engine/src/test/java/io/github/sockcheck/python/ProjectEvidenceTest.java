package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.io.FileTexts;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Project boundaries, the evidence each kind of file gives, what is not deployed, and line numbers.
 */
class ProjectEvidenceTest extends PythonProjectTest {

  private static String runtimes(RecordingSink sink) {
    return sink.runtimes().stream()
        .map(
            r ->
                r.project()
                    + "|"
                    + FactLines.versionOrConstraint(r)
                    + "|"
                    + r.evidence()
                    + "|"
                    + FactLines.lineOf(r.declaredAt()))
        .sorted()
        .collect(Collectors.joining("\n"));
  }

  private static String deps(RecordingSink sink) {
    return sink.dependencies().stream()
        .map(d -> d.project() + "|" + d.name() + "|" + d.version() + "|" + d.scope())
        .sorted()
        .collect(Collectors.joining("\n"));
  }

  @Test
  void eachManifestDirectoryIsAProjectAndFilesBelongToTheNearest() throws Exception {
    write("requirements.txt", "flask==3.0.3\n");
    write("requirements/prod.txt", "gunicorn==21.2.0\n");
    write("svc/requirements.txt", "gevent==23.9.1\n");
    write("svc/bin/start.sh", "exec gunicorn -k gevent app\n");
    write("svc/.python-version", "3.11\n");
    write(
        "libs/common/pyproject.toml",
        "[project]\nname = 'common'\ndependencies = ['requests==2.31.0']\n");
    write("docs/conf.py", "project = 'x'\n");
    RecordingSink sink = scan();
    assertEquals(
        String.join(
            "\n",
            "libs/common|requests|2.31.0|runtime",
            "svc|gevent|23.9.1|runtime",
            "|flask|3.0.3|runtime",
            "|gunicorn|21.2.0|runtime"),
        deps(sink));
    assertEquals("svc|3.11|PIN|svc/.python-version:1", runtimes(sink));
    assertEquals(
        "svc",
        sink.configs().stream()
            .filter(c -> c.key().equals(Facts.WORKER_CLASS))
            .findFirst()
            .orElseThrow()
            .project());
    assertEquals(
        java.util.Set.of("libs/common", "svc"),
        sink.configs().stream()
            .filter(c -> c.key().equals(Facts.PROJECT))
            .map(c -> c.project())
            .collect(Collectors.toSet()));
  }

  @Test
  void ciJobsTestTheProjectsTheyWorkIn() throws Exception {
    write("api/requirements.txt", "gunicorn==21.2.0\n");
    write("web/requirements.txt", "flask==3.0.3\n");
    write(
        ".github/workflows/ci.yml",
        String.join(
            "\n",
            "jobs:",
            "  api:",
            "    strategy:",
            "      matrix:",
            "        py: ['3.9', '3.10']",
            "        include:",
            "          - py: '3.12'",
            "    defaults:",
            "      run:",
            "        working-directory: api",
            "    steps:",
            "      - uses: actions/setup-python@v5",
            "        with:",
            "          python-version: ${{ matrix.py }}",
            "  web:",
            "    container: python:3.8-slim",
            "    steps:",
            "      - run: pip install -r web/requirements.txt",
            "  lint:",
            "    steps:",
            "      - uses: actions/setup-python@v5",
            "        with:",
            "          python-version: |",
            "            3.x",
            "            3",
            "            pypy3.10",
            ""));
    RecordingSink sink = scan();
    assertEquals(
        String.join(
            "\n",
            "api|3.10|TEST|.github/workflows/ci.yml:5",
            "api|3.12|TEST|.github/workflows/ci.yml:7",
            "api|3.9|TEST|.github/workflows/ci.yml:5",
            "web|3.8|TEST|.github/workflows/ci.yml:16",
            "|==3.*|TEST|.github/workflows/ci.yml:23",
            "|==3.*|TEST|.github/workflows/ci.yml:23"),
        runtimes(sink),
        "3.x and 3 both mean the newest 3.x; PyPy is left out");
    assertEquals(java.util.List.of(), sink.notifications());
  }

  @Test
  void gitlabCircleciAndToxName() throws Exception {
    write(
        ".gitlab-ci.yml",
        String.join(
            "\n",
            "image: python:3.11",
            "test:",
            "  image: python:$PY",
            "  parallel:",
            "    matrix:",
            "      - PY: ['3.9', '3.10']",
            "  script:",
            "    - pip install -r requirements-test.txt",
            "lint:",
            "  script: [ruff check .]",
            ""));
    write(".circleci/config.yml", "jobs:\n  build:\n    docker:\n      - image: cimg/python:3.7\n");
    write(
        "tox.ini",
        "[tox]\nenvlist = py{38,39}-django{3,4}, py3.12, lint\n[testenv]\ndeps =\n    -r{toxinidir}/requirements-test.txt\n");
    write("requirements-test.txt", "pytest==8.0.0\n");
    RecordingSink sink = scan();
    assertEquals(
        String.join(
            "\n",
            "|3.10|TEST|.gitlab-ci.yml:3",
            "|3.11|TEST|.gitlab-ci.yml:1",
            "|3.12|TEST|tox.ini:2",
            "|3.7|TEST|.circleci/config.yml:4",
            "|3.8|TEST|tox.ini:2",
            "|3.9|TEST|.gitlab-ci.yml:3",
            "|3.9|TEST|tox.ini:2"),
        runtimes(sink));
    assertEquals("|pytest|8.0.0|runtime", deps(sink), "read once though three files name it");
  }

  @Test
  void declaredRangesClassifiersAndSetupPy() throws Exception {
    write(
        "setup.py",
        String.join(
            "\n",
            "from setuptools import setup",
            "setup(",
            "    name='legacy',",
            "    python_requires='>=3.6, <4',",
            "    install_requires=['gunicorn==20.0.3', 'gevent>=1.3'],",
            "    classifiers=[",
            "        'Programming Language :: Python :: 3 :: Only',",
            "        'Programming Language :: Python :: 3.6',",
            "    ],",
            ")",
            ""));
    write(
        "svc/setup.cfg", "[metadata]\nclassifiers =\n    Programming Language :: Python :: 3.10\n");
    RecordingSink sink = scan();
    assertEquals(
        String.join(
            "\n",
            "svc|3.10|SUPPORTED|svc/setup.cfg:3",
            "|3.6|SUPPORTED|setup.py:8",
            "|>=3.6,<4|SUPPORTED|setup.py:4"),
        runtimes(sink));
    assertEquals("|gevent|null|runtime\n|gunicorn|20.0.3|runtime", deps(sink));
  }

  @Test
  void thePipfileLockInterpreterIsAPinAndDecidesMarkers() throws Exception {
    write(
        "Pipfile.lock",
        String.join(
            "\n",
            "{",
            "  \"_meta\": {\"requires\": {\"python_version\": \"3.6\"}},",
            "  \"default\": {",
            "    \"gunicorn\": {\"version\": \"==20.1.0\", \"markers\": \"python_version >= '3.5'\"}",
            "  }",
            "}",
            ""));
    write(
        "requirements.txt",
        "gevent==21.12.0; python_version < \"3.7\"\nold==1.0; python_version >= \"3.7\"\n");
    RecordingSink sink = scan();
    assertEquals("|3.6|PIN|Pipfile.lock:2", runtimes(sink));
    assertEquals(
        "|gevent|21.12.0|runtime\n|gunicorn|20.1.0|runtime",
        deps(sink),
        "markers are evaluated against the lock file's interpreter");
  }

  @Test
  void developmentGroupsAreNotDeployed() throws Exception {
    write(
        "pyproject.toml",
        String.join(
            "\n",
            "[project]",
            "name = 'svc'",
            "dependencies = ['gunicorn==21.2.0']",
            "[project.optional-dependencies]",
            "gevent = ['gevent==23.9.1']",
            "test = ['pytest==8.0.0']",
            "docs-build = ['sphinx==7.0.0']",
            "[dependency-groups]",
            "dev = ['ruff==0.4.0']",
            "[tool.poetry.dependencies]",
            "python = '^3.11'",
            "redis = '5.0.1'",
            "[tool.poetry.dev-dependencies]",
            "black = '24.1.0'",
            "[tool.poetry.group.test.dependencies]",
            "mypy = '1.8.0'",
            ""));
    write("Pipfile", "[packages]\nflask = '==3.0.3'\n[dev-packages]\ncoverage = '==7.4.0'\n");
    RecordingSink sink = scan();
    assertEquals(
        String.join(
            "\n",
            "|flask|3.0.3|runtime",
            "|gevent|23.9.1|optional",
            "|gunicorn|21.2.0|runtime",
            "|redis|5.0.1|runtime"),
        deps(sink));
  }

  @Test
  void aLoneCarriageReturnEndsALineAsInCPython() throws Exception {
    write(
        "cr_only.py",
        "import socket\r\r# a comment\rfd = 3\rs = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=fd)\r");
    write("requirements.txt", "flask==3.0.3\rgunicorn==21.2.0\r\ngevent==23.9.1\r");
    RecordingSink sink = scan();
    CallSite site = sink.callSites().get(0);
    assertEquals(
        "cr_only.py:5:5", site.location().toString(), "line 5 as python and GitHub count it");
    FileTexts texts = new FileTexts(root);
    assertTrue(
        texts.line("cr_only.py", 5).orElseThrow().startsWith("s = socket.socket("),
        "the core's line 5 (suppressions, baseline, SARIF line hash) is the same line");
    Dependency gevent =
        sink.dependencies().stream()
            .filter(d -> d.name().equals("gevent"))
            .findFirst()
            .orElseThrow();
    assertEquals(3, gevent.declaredAt().startLine());
    assertEquals("gevent==23.9.1", texts.line("requirements.txt", 3).orElseThrow());
  }

  @Test
  void runtimeFactsSayWhatKindOfEvidenceTheyAre() throws Exception {
    write("runtime.txt", "python-3.10.4\n");
    write(
        "pyproject.toml",
        "[project]\nname = 'x'\nrequires-python = '>=3.8'\n"
            + "classifiers = ['Programming Language :: Python :: 3.9']\n[tool.poetry.dependencies]\npython = '~3.10'\n");
    write("uv.lock", "version = 1\nrequires-python = '>=3.10'\n");
    RecordingSink sink = scan();
    assertEquals(
        String.join(
            "\n",
            "|3.10.4|DEPLOYMENT|runtime.txt:1",
            "|3.9|SUPPORTED|pyproject.toml:4",
            "|>=3.10,<3.11|SUPPORTED|pyproject.toml:6",
            "|>=3.10|SUPPORTED|uv.lock:2",
            "|>=3.8|SUPPORTED|pyproject.toml:3"),
        runtimes(sink));
    assertTrue(sink.runtimes().stream().allMatch(r -> r.runtime().equals("python")));
    RuntimeFact poetry =
        sink.runtimes().stream()
            .filter(r -> "Poetry python".equals(r.source()))
            .findFirst()
            .orElseThrow();
    assertEquals(RuntimeFact.Evidence.SUPPORTED, poetry.evidence());
  }
}
