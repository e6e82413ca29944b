package corpus.junix;

import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.newsclub.net.unix.FileDescriptorCast;

/**
 * Re-creates corpus site junixsocket-stdin-socket-app: whatever the parent put on stdin is viewed as a
 * Socket. Written for sockcheck; no third-party code.
 */
final class StdinApp {

  public static void main(String[] args) throws IOException {
    Socket socket = FileDescriptorCast.using(FileDescriptor.in).as(Socket.class); // site: subset-stdin-as-socket
    try (OutputStream out = socket.getOutputStream()) {
      out.write("ready\n".getBytes(StandardCharsets.UTF_8));
    }
  }
}
