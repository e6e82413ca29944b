package fixtures.junixsocketfdcastunchecked;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import org.newsclub.net.unix.FileDescriptorCast;

/**
 * Casts of an fd from outside that build no socket: the fd number, the descriptor itself, a stream or a
 * byte channel over it. None of them can hit the ClassCastException of a wrong socket kind.
 */
final class NegativeViewsWithoutSocket {

  /** dbus-java's shape: the received fd's number. */
  int number(FileDescriptor received) throws IOException {
    return FileDescriptorCast.using(received).as(Integer.class);
  }

  FileDescriptor descriptor(int fd) throws IOException {
    return FileDescriptorCast.unsafeUsing(fd).as(FileDescriptor.class);
  }

  FileInputStream stream(FileDescriptor fd) throws IOException {
    return FileDescriptorCast.using(fd).as(FileInputStream.class);
  }

  ReadableByteChannel bytes(int fd) throws IOException {
    FileDescriptorCast cast = FileDescriptorCast.unsafeUsing(fd);
    return cast.as(ReadableByteChannel.class);
  }

  /** dbus-java's other shape: an fd number wrapped in a FileDescriptor, no cast at all. */
  FileDescriptor wrap(int fd) throws IOException {
    return FileDescriptorCast.unsafeUsing(fd).getFileDescriptor();
  }
}
