package io.github.sockcheck.python.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.python.gunicorn.ShellWords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The files a pip install reads, as written and as found on disk. */
class PipInstallTest {

  @TempDir Path root;

  private static String invocations(String shell) {
    return PipInstall.inCommands(ShellWords.split(shell)).stream()
        .map(i -> "r=" + words(i.requirements()) + " c=" + words(i.constraints()))
        .collect(Collectors.joining(" ; "));
  }

  private static String words(List<ShellWords.Word> words) {
    return words.stream()
        .map(w -> w.text() + "@" + w.start() + "-" + w.end())
        .collect(Collectors.joining(","));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '!',
      quoteCharacter = '`',
      value = {
        "pip install -r req.txt ! r=req.txt@15-22 c=",
        "pip install -rreq.txt -cc.txt ! r=req.txt@12-21 c=c.txt@22-29",
        "pip install --requirement req.txt --constraint c.txt ! r=req.txt@26-33 c=c.txt@47-52",
        "pip install --requirement=req.txt --constraint=c.txt ! r=req.txt@12-33 c=c.txt@34-52",
        "pip3 install -r a.txt -r b.txt ! r=a.txt@16-21,b.txt@25-30 c=",
        "python -m pip install -c c.txt gunicorn ! r= c=c.txt@25-30",
        "pip install -r a.txt && pip install -r b.txt ! r=a.txt@15-20 c= ; r=b.txt@39-44 c=",
        "pip install gunicorn ! ``",
        "pip install -r ! ``",
        "pip download -r req.txt ! ``",
        "pip ! ``",
        "echo pip install -r req.txt ! ``",
        "pip install --requirements req.txt ! ``"
      })
  void filesAnInstallNames(String shell, String expected) {
    assertEquals(expected, invocations(shell));
  }

  @Test
  void namedFilesAreLookedUpInTheBasesInOrder() throws Exception {
    Path a = Files.createDirectories(root.resolve("a"));
    Path b = Files.createDirectories(root.resolve("b"));
    Files.writeString(b.resolve("req.txt"), "x\n");
    Files.writeString(a.resolve("c.txt"), "x\n");
    Files.writeString(b.resolve("c.txt"), "x\n");
    Files.createDirectories(b.resolve("deploy"));
    Files.writeString(b.resolve("deploy/prod.txt"), "x\n");
    Files.writeString(b.resolve("app.txt"), "x\n");
    PipInstall.Invocation i =
        PipInstall.inCommands(
                ShellWords.split(
                    "pip install -r req.txt -r missing.txt -r https://x.org/r.txt -r $REQS -r /deploy/prod.txt"
                        + " -r /app/app.txt -r //srv/deploy/prod.txt -c c.txt -c sub/../c.txt"))
            .get(0);
    List<List<Path>> found = PipInstall.resolve(i, List.of(a, b));
    assertEquals(
        List.of(
            b.resolve("req.txt"),
            b.resolve("deploy/prod.txt"),
            b.resolve("app.txt"),
            b.resolve("deploy/prod.txt")),
        found.get(0));
    assertEquals(
        List.of(a.resolve("c.txt"), a.resolve("c.txt")),
        found.get(1),
        "the first base that has it");
    assertEquals(List.of(List.of(), List.of()), PipInstall.resolve(i, List.of()));
  }
}
