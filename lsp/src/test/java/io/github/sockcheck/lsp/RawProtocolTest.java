package io.github.sockcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes on the wire, as a careless or broken client may send them: the server answers what it can,
 * reads on, reports a file that does not parse as a diagnostic, and exits with 0 after shutdown +
 * exit, 1 after a bare exit.
 */
class RawProtocolTest {

  @TempDir Path dir;

  private static void send(OutputStream out, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    out.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.flush();
  }

  /** Reads framed messages into a queue. */
  private static BlockingQueue<JsonObject> reader(InputStream in) {
    BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    Thread t =
        new Thread(
            () -> {
              try {
                while (true) {
                  int length = -1;
                  ByteArrayOutputStream header = new ByteArrayOutputStream();
                  int c;
                  while ((c = in.read()) >= 0) {
                    header.write(c);
                    String h = header.toString(StandardCharsets.US_ASCII);
                    if (h.endsWith("\r\n\r\n")) {
                      for (String line : h.split("\r\n")) {
                        if (line.toLowerCase().startsWith("content-length:"))
                          length = Integer.parseInt(line.substring(15).trim());
                      }
                      break;
                    }
                  }
                  if (c < 0 || length < 0) return;
                  byte[] body = in.readNBytes(length);
                  messages.add(
                      JsonParser.parseString(new String(body, StandardCharsets.UTF_8))
                          .getAsJsonObject());
                }
              } catch (IOException | RuntimeException e) {
                // the stream ended
              }
            });
    t.setDaemon(true);
    t.start();
    return messages;
  }

  private static JsonObject await(BlockingQueue<JsonObject> q, Predicate<JsonObject> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      JsonObject m = q.poll(1, TimeUnit.SECONDS);
      if (m != null && wanted.test(m)) return m;
    }
    throw new AssertionError("no such message within a minute");
  }

  private static Predicate<JsonObject> response(int id) {
    return m ->
        m.has("id")
            && !m.get("id").isJsonNull()
            && m.get("id").getAsInt() == id
            && !m.has("method");
  }

  @Test
  void malformedMessagesAndAFileThatDoesNotParse() throws Exception {
    Path root = Files.createDirectories(dir.resolve("project"));
    // It names a rule's API, so the engine parses it (files that cannot match are never parsed).
    Path broken =
        LspSession.write(
            root.resolve("src/demo/Broken.java"),
            "package demo;\nclass Broken {\n  Object m( { return java.nio.channels.DatagramChannel.open(); }\n}\n");
    Process p = ServerProcess.start(dir.resolve("stderr.txt"));
    try {
      OutputStream out = p.getOutputStream();
      BlockingQueue<JsonObject> in = reader(p.getInputStream());
      String rootUri = Uris.toUri(root);
      send(
          out,
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
              + rootUri
              + "\",\"capabilities\":{},\"initializationOptions\":{\"cacheDir\":\""
              + dir.resolve("cache").toString().replace("\\", "\\\\")
              + "\"}}}");
      JsonObject init = await(in, response(1));
      assertTrue(
          init.getAsJsonObject("result").getAsJsonObject("capabilities").has("codeActionProvider"),
          init.toString());
      send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");

      send(out, "{this is not json");
      out.write("X-Nonsense: 1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      send(
          out,
          "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"sockcheck/noSuchMethod\",\"params\":{}}");
      assertEquals(-32601, await(in, response(2)).getAsJsonObject("error").get("code").getAsInt());
      send(
          out,
          "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/codeAction\",\"params\":42}");
      assertTrue(
          await(in, response(3)).has("error"),
          "bad params are an error response, not a dead server");

      String uri = Uris.toUri(broken);
      String text = Files.readString(broken).replace("\n", "\\n");
      send(
          out,
          "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\""
              + uri
              + "\",\"languageId\":\"java\",\"version\":1,\"text\":\""
              + text
              + "\"}}}");
      JsonObject published =
          await(
              in,
              m ->
                  "textDocument/publishDiagnostics"
                          .equals(m.has("method") ? m.get("method").getAsString() : "")
                      && m.getAsJsonObject("params").get("uri").getAsString().equals(uri)
                      && m.getAsJsonObject("params").getAsJsonArray("diagnostics").size() > 0);
      JsonObject d =
          published
              .getAsJsonObject("params")
              .getAsJsonArray("diagnostics")
              .get(0)
              .getAsJsonObject();
      assertEquals(1, d.get("severity").getAsInt(), d.toString());
      assertEquals("sockcheck-source", d.get("code").getAsString(), d.toString());

      send(out, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"shutdown\"}");
      await(in, response(4));
      send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "exits on exit");
      assertEquals(0, p.exitValue());
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void exitWithoutShutdownIsAnError() throws Exception {
    Process p = ServerProcess.start(dir.resolve("stderr.txt"));
    try {
      BlockingQueue<JsonObject> in = reader(p.getInputStream());
      send(
          p.getOutputStream(),
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
      await(in, response(1));
      send(p.getOutputStream(), "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(1, p.exitValue());
    } finally {
      p.destroyForcibly();
    }
  }
}
