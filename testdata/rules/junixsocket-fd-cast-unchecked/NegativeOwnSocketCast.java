package fixtures.junixsocketfdcastunchecked;

import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.newsclub.net.unix.FileDescriptorCast;

/** The fd belongs to a junixsocket socket this method connected itself, or the cast builds nothing. */
final class NegativeOwnSocketCast {

  InputStream rawStream(AFUNIXSocketAddress address) throws IOException {
    AFUNIXSocket socket = AFUNIXSocket.connectTo(address);
    return FileDescriptorCast.using(socket.getFileDescriptor()).as(InputStream.class);
  }

  /** Only the descriptor is taken back out: nothing is cast. */
  FileDescriptor checked(FileDescriptor inherited) throws IOException {
    return FileDescriptorCast.using(inherited).getFileDescriptor();
  }
}
