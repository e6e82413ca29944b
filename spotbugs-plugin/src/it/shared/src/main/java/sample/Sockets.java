package sample;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.channels.DatagramChannel;

/** Calls the sockcheck rules flag, and their compliant twins. */
public class Sockets {
  /** A JNA-style binding of libc's socket(2). */
  public interface Libc {
    int socket(int domain, int type, int protocol);
  }

  public int probe(Libc libc) {
    return libc.socket(2, 2, -1);
  }

  public int probeOk(Libc libc) {
    return libc.socket(2, 2, 0);
  }

  public void listen(NetworkInterface nif) throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    channel.join(InetAddress.getByName("224.0.0.251"), nif);
  }
}
