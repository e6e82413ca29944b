package io.github.sockcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.Sockcheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

  /**
   * A client asks for code actions as soon as diagnostics reach it, on another thread than the one
   * publishing: by then the publisher must already hold the scan those diagnostics came from, or
   * the actions are those of the scan before (none, when that one read the file from the disk).
   */
  @Test
  void theScanIsKeptBeforeItsDiagnosticsGoOut(@TempDir Path root) throws Exception {
    String app = "import socket\n\ndef listener(fd):\n    return socket.socket(fileno=fd)\n";
    Path py = LspSession.write(root.resolve("app.py"), app);
    OpenDocuments documents = new OpenDocuments();
    String uri = py.toUri().toString();
    documents.open(new OpenDocuments.Document(uri, py, app, 1));
    Workspace workspace = new Workspace(root, documents);
    Map<Path, OpenDocuments.Document> buffers = documents.snapshot();
    ScanResult first = Sockcheck.scan(workspace.request(buffers));
    ScanResult second = Sockcheck.scan(workspace.request(buffers));

    List<ScanResult> keptWhenPublished = new ArrayList<>();
    Publisher[] publisher = new Publisher[1];
    TestClient client =
        new TestClient() {
          @Override
          public void publishDiagnostics(PublishDiagnosticsParams params) {
            keptWhenPublished.add(publisher[0].last().orElseThrow().result());
          }
        };
    publisher[0] = new Publisher(client);
    publisher[0].publish(workspace, first, buffers);
    publisher[0].publish(workspace, second, buffers);

    assertFalse(keptWhenPublished.isEmpty(), "the open file's diagnostics were published");
    assertEquals(2, keptWhenPublished.size(), keptWhenPublished.toString());
    assertSame(first, keptWhenPublished.get(0));
    assertSame(second, keptWhenPublished.get(1));
  }
}
