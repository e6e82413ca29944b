package fixtures.junixsocketfdcastunchecked;

import java.io.FileDescriptor;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.DatagramChannel;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXSocketChannel;
import org.newsclub.net.unix.FileDescriptorCast;

/** A FastCGI / inetd style worker that views the sockets its parent passed as Java sockets. */
final class PositiveInheritedFdCast {

  Socket stdinConnection() throws IOException {
    return FileDescriptorCast.using(FileDescriptor.in).as(Socket.class); // expect: junixsocket-fd-cast-unchecked
  }

  AFUNIXServerSocket systemdListener() throws IOException {
    return FileDescriptorCast.unsafeUsing(3).as(AFUNIXServerSocket.class); // expect: junixsocket-fd-cast-unchecked
  }

  ServerSocket configured() throws IOException {
    int fd = Integer.parseInt(System.getProperty("worker.listen.fd", "3"));
    FileDescriptorCast cast = FileDescriptorCast.unsafeUsing(fd); // expect: junixsocket-fd-cast-unchecked
    return cast.as(ServerSocket.class);
  }

  Socket fromCaller(FileDescriptor fd) throws IOException {
    return FileDescriptorCast.using(fd).as(Socket.class); // expect: junixsocket-fd-cast-unchecked
  }

  /** A channel view builds a socket too. */
  AFUNIXSocketChannel channel(FileDescriptor fd) throws IOException {
    return FileDescriptorCast.using(fd).as(AFUNIXSocketChannel.class); // expect: junixsocket-fd-cast-unchecked
  }

  /** The class literal reaches {@code as} through a local. */
  DatagramChannel datagram(int fd) throws IOException {
    Class<DatagramChannel> kind = DatagramChannel.class;
    FileDescriptorCast cast = FileDescriptorCast.unsafeUsing(fd); // expect: junixsocket-fd-cast-unchecked
    return cast.as(kind);
  }

  /** The number is read first (harmless), then the same cast builds a socket: reported for the socket. */
  Socket numberThenSocket(FileDescriptor fd) throws IOException {
    FileDescriptorCast cast = FileDescriptorCast.using(fd); // expect: junixsocket-fd-cast-unchecked
    int number = cast.as(Integer.class);
    if (number < 3) throw new IOException("not an inherited socket: " + number);
    return cast.as(Socket.class);
  }
}
