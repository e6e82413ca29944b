package bad;

import java.nio.channels.DatagramChannel;

public class LexicalError {
  String name = "a string that never ends;
  DatagramChannel open() throws java.io.IOException {
    return DatagramChannel.open();
  }
}
