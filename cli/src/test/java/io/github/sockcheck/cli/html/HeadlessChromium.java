package io.github.sockcheck.cli.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} in headless mode with every way to the network closed: background
 * services off, a proxy that points at a closed local port, and a host resolver that resolves
 * nothing.
 */
final class HeadlessChromium {

  private static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

  private final Path binary;
  private final Path scratch;

  private HeadlessChromium(Path binary, Path scratch) {
    this.binary = binary;
    this.scratch = scratch;
  }

  /** The browser, or empty when it is not installed (the {@code chromium} Debian package). */
  static Optional<HeadlessChromium> find(Path scratch) {
    String configured = System.getProperty("sockcheck.chromium");
    List<String> candidates =
        configured == null || configured.isBlank() ? CANDIDATES : List.of(configured);
    for (String candidate : candidates) {
      Path path = Path.of(candidate);
      if (Files.isExecutable(path)) return Optional.of(new HeadlessChromium(path, scratch));
    }
    return Optional.empty();
  }

  /** The DOM after the page's scripts ran, serialized. */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return dumpDom(page, "");
  }

  /** The same, with {@code fragment} (e.g. {@code #view?level=error}) after the page's address. */
  String dumpDom(Path page, String fragment) throws IOException, InterruptedException {
    return run(page.toAbsolutePath().toUri() + fragment, List.of("--dump-dom"), 1280, 900);
  }

  /** A PNG of the page's first {@code height} pixels at 1280 wide. */
  void screenshot(Path page, Path png, int height) throws IOException, InterruptedException {
    Files.createDirectories(png.getParent());
    run(
        page.toAbsolutePath().toUri().toString(),
        List.of("--hide-scrollbars", "--screenshot=" + png.toAbsolutePath()),
        1280,
        height);
    if (!Files.isRegularFile(png)) throw new IOException("chromium wrote no screenshot to " + png);
  }

  private String run(String url, List<String> extra, int width, int height)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(scratch, "chromium-profile");
    List<String> command =
        new ArrayList<>(
            List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-default-apps",
                "--disable-extensions",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--user-data-dir=" + profile,
                "--proxy-server=127.0.0.1:9",
                "--proxy-bypass-list=<-loopback>",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--window-size=" + width + "," + height));
    command.addAll(extra);
    command.add(url);
    Path stderr = scratch.resolve("chromium-" + System.nanoTime() + ".log");
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("chromium did not finish within 120 s: " + command);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          "chromium exited with " + process.exitValue() + ": " + Files.readString(stderr));
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
