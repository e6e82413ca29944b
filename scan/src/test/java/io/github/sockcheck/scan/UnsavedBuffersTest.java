package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.findings.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code buffers}, a scan reads the editor's text of those files instead of the disk, for
 * every file kind.
 */
class UnsavedBuffersTest {

  @TempDir Path root;

  private static final String JAVA_FINDING =
      """
      package demo;
      class R {
        void m(java.net.NetworkInterface nif) throws Exception {
          java.nio.channels.DatagramChannel ch = java.nio.channels.DatagramChannel.open();
          ch.join(java.net.InetAddress.getByName("224.0.0.1"), nif);
        }
      }
      """;
  private static final String PY_FINDING =
      "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=3)\n";
  private static final String REQUIREMENTS = "gunicorn==21.2.0\ngevent==23.9.1\n";
  private static final String PROCFILE = "web: gunicorn -k gevent app:app\n";

  private List<String> rules(Map<Path, String> buffers) throws Exception {
    InputClassifier.Inputs inputs = InputClassifier.classify(List.of(root));
    ScanResult r =
        Sockcheck.scan(inputs.addTo(ScanRequest.builder(root)).buffers(buffers).threads(1).build());
    return r.reportable().stream()
        .map(f -> f.ruleId() + "@" + f.location().path())
        .sorted()
        .toList();
  }

  private Path write(String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void theBufferWinsOverTheDiskBothWays() throws Exception {
    Path java = write("src/demo/R.java", JAVA_FINDING);
    Path py = write("app/server.py", "import socket\n");
    Path requirements = write("requirements.txt", "flask==3.0.0\n");
    write("Procfile", PROCFILE);
    List<String> onDisk = rules(Map.of());
    assertEquals(List.of("datagram-channel-no-family-multicast@src/demo/R.java"), onDisk);

    List<String> edited =
        rules(
            Map.of(
                java,
                    JAVA_FINDING.replace(".open()", ".open(java.net.StandardProtocolFamily.INET)"),
                py, PY_FINDING,
                requirements, REQUIREMENTS));
    assertEquals(
        List.of(
            "gunicorn-gevent-fileno-without-proto@requirements.txt",
            "python-socket-fileno-without-proto@app/server.py"),
        edited);
    assertEquals(JAVA_FINDING, Files.readString(java), "nothing is written");
  }

  @Test
  void theFindingOfAChangedBufferIsAtTheBuffersLine() throws Exception {
    Path java = write("src/demo/R.java", JAVA_FINDING);
    String shifted = JAVA_FINDING.replace("class R {", "// one\n// two\nclass R {");
    InputClassifier.Inputs inputs = InputClassifier.classify(List.of(root));
    Finding f =
        Sockcheck.scan(
                inputs.addTo(ScanRequest.builder(root)).buffers(Map.of(java, shifted)).build())
            .reportable()
            .get(0);
    assertEquals(6, f.location().startLine());
  }
}
