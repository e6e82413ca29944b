package io.github.sockcheck.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Starts the language server on a pair of streams (standard input and output for {@code sockcheck
 * lsp}). Standard output carries the protocol only: anything else the JVM would print there goes to
 * standard error. Malformed messages are answered with an error (or logged) and the server reads
 * on; it ends on {@code exit}, or when the input ends.
 */
public final class LanguageServerLauncher {

  private LanguageServerLauncher() {}

  /**
   * Serves until the input ends and returns the exit code; {@code exit} ends the JVM with its code.
   */
  public static int run(InputStream in, OutputStream out) {
    PrintStream protocol =
        out instanceof PrintStream p ? p : new PrintStream(out, true, StandardCharsets.UTF_8);
    System.setOut(
        System.err); // a stray println (a library, a debug line) must never corrupt the protocol
    SockcheckLanguageServer server =
        new SockcheckLanguageServer(
            code -> {
              protocol.flush();
              System.exit(code);
            });
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, protocol);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    try {
      listening.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      System.err.println("sockcheck lsp: " + e.getCause());
    }
    return server.exitCode();
  }

  /**
   * {@code java -cp … io.github.sockcheck.lsp.LanguageServerLauncher}: the server without the CLI.
   */
  public static void main(String[] args) {
    System.exit(run(System.in, System.out));
  }
}
