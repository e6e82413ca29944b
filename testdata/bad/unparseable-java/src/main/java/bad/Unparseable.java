package bad;

import java.nio.channels.DatagramChannel;

public class Unparseable {
  DatagramChannel open() throws java.io.IOException {
    return DatagramChannel.open(;
  }
}
