package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.python.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputClassifierTest {

  @TempDir Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void sortsAProjectIntoItsKinds() throws IOException {
    write("src/main/java/com/example/Foo.java", "/* c */\npackage com.example;\nclass Foo {}\n");
    write("src/test/java/com/example/FooTest.java", "package com.example;\nclass FooTest {}\n");
    write("target/generated/Gen.java", "class Gen {}\n");
    write(".git/hooks/x.sh", "echo\n");
    write("node_modules/m/setup.py", "pass\n");
    write("pom.xml", "<project/>");
    write("app/requirements.txt", "gunicorn==20.1.0\n");
    write("app/requirements-dev.txt", "pytest\n");
    write("app/gunicorn.conf.py", "worker_class = 'gevent'\n");
    write("app/server.py", "import socket\n");
    write("app/pkg/util.py", "pass\n");
    write("Dockerfile.prod", "FROM python:3.11\n");
    write("docker-compose.override.yml", "services: {}\n");
    write("deploy/start.sh", "gunicorn app\n");
    write("Procfile", "web: gunicorn app\n");
    write("deps.txt", "[INFO] The following files have been resolved:\n");
    write("notes.txt", "nothing here\n");
    write("lib/thing.jar", "not really a jar");

    InputClassifier.Inputs in = InputClassifier.classify(List.of(dir));

    assertEquals(
        List.of(dir.resolve("src/main/java"), dir.resolve("src/test/java")), in.sourceRoots());
    assertEquals(List.of(dir.resolve("lib/thing.jar")), in.classRoots());
    assertEquals(List.of(dir.resolve("app")), in.pythonRoots());
    assertEquals(
        List.of(
            dir.resolve("Dockerfile.prod"),
            dir.resolve("Procfile"),
            dir.resolve("app/gunicorn.conf.py"),
            dir.resolve("app/requirements-dev.txt"),
            dir.resolve("app/requirements.txt"),
            dir.resolve("deploy/start.sh"),
            dir.resolve("deps.txt"),
            dir.resolve("docker-compose.override.yml"),
            dir.resolve("pom.xml")),
        in.buildFiles());
  }

  @Test
  void pythonFilesAreClassifiedAsThePythonEngineClassifiesThem() throws IOException {
    List<String> names =
        List.of(
            "Containerfile",
            "Dockerfile.prod",
            "web.dockerfile",
            ".env",
            "compose.override.yaml",
            "tox.ini",
            "setup.py",
            "pdm.lock",
            ".github/workflows/ci.yml",
            ".gitlab-ci.yml",
            ".circleci/config.yml",
            "requirements/prod.txt",
            "gunicorn.conf.py",
            "app.py",
            "notes.txt",
            "ci.yml",
            "config.yml");
    for (String name : names) {
      Path file = write("p/" + name, "x\n");
      assertEquals(
          ProjectFiles.isManifestOrDeploymentFile(file), InputClassifier.isBuildFile(file), name);
    }
    assertTrue(InputClassifier.isBuildFile(dir.resolve("p/Containerfile")));
    assertTrue(InputClassifier.isBuildFile(dir.resolve("p/.env")));
    assertTrue(InputClassifier.isBuildFile(dir.resolve("p/.github/workflows/ci.yml")));
  }

  @Test
  void theWalkSkipsTheSharedDirectoryList() throws IOException {
    write("svc/requirements.txt", "gunicorn\n");
    write("svc/.nox/x/requirements.txt", "x\n");
    write("svc/lib/site-packages/pkg/requirements.txt", "x\n");
    write("svc/py311/pyvenv.cfg", "home = /usr/bin\n");
    write("svc/py311/lib/requirements.txt", "x\n");
    InputClassifier.Inputs in = InputClassifier.classify(List.of(dir));
    assertEquals(List.of(dir.resolve("svc/requirements.txt")), in.buildFiles());
  }

  @Test
  void classDirectoryIsThePackageRoot() throws IOException {
    Path src = write("gen/com/example/A.java", "package com.example; public class A {}");
    Path out = Files.createDirectories(dir.resolve("build/classes"));
    int rc =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-d", out.toString(), src.toString());
    assertEquals(0, rc);
    InputClassifier.Inputs in = InputClassifier.classify(List.of(dir.resolve("build")));
    assertEquals(List.of(out), in.classRoots());
  }

  @Test
  void symlinkLoopEnds() throws IOException {
    write("a/b/Foo.java", "class Foo {}");
    try {
      Files.createSymbolicLink(dir.resolve("a/b/loop"), dir.resolve("a"));
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symlinks on this file system
    }
    InputClassifier.Inputs in = InputClassifier.classify(List.of(dir));
    assertEquals(List.of(dir.resolve("a/b")), in.sourceRoots());
  }

  @Test
  void namedFilesAreTakenAsTheyAre() throws IOException {
    Path java = write("x/Foo.java", "package p; class Foo {}");
    Path req = write("requirements.txt", "gevent\n");
    InputClassifier.Inputs in = InputClassifier.classify(List.of(java, req));
    assertEquals(List.of(java), in.sourceRoots());
    assertEquals(List.of(req), in.buildFiles());
    assertTrue(in.pythonRoots().isEmpty());
  }

  @Test
  void missingPathIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> InputClassifier.classify(List.of(dir.resolve("nope"))));
    assertTrue(e.getMessage().contains("nope"));
  }
}
