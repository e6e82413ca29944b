package combo;

import java.io.FileDescriptor;
import java.io.IOException;
import java.net.Socket;
import org.newsclub.net.unix.FileDescriptorCast;

public class App {
  public static Socket adopt(FileDescriptor fd) throws IOException {
    return FileDescriptorCast.using(fd).as(Socket.class); // expect: junixsocket-fd-cast-unchecked
  }
}
