package corpus.junix;

import java.io.FileDescriptor;
import java.io.IOException;
import java.util.Optional;
import org.newsclub.net.unix.FileDescriptorCast;

/**
 * Re-creates corpus site dbus-java-fd-as-integer: a received fd is only turned into its number, which
 * works for any kind of fd. Written for sockcheck; no third-party code.
 */
public final class FdNumbers {

  private FdNumbers() {}

  public static Optional<Integer> number(FileDescriptor received) {
    try {
      return Optional.of(FileDescriptorCast.using(received).as(Integer.class)); // site: subset-cast-as-integer
    } catch (IOException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
