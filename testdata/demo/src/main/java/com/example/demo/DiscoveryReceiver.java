package com.example.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/** Listens for peer announcements on the mDNS group. */
final class DiscoveryReceiver implements AutoCloseable {
  private static final String GROUP = "224.0.0.251";
  private static final int PORT = 5353;

  private DatagramChannel channel;

  void open(NetworkInterface nif) throws IOException {
    channel = DatagramChannel.open();
    channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
    channel.bind(new InetSocketAddress(PORT));
    subscribe(nif);
  }

  private void subscribe(NetworkInterface nif) throws IOException {
    channel.join(InetAddress.getByName(GROUP), nif);
  }

  SocketAddress receive(ByteBuffer buffer) throws IOException {
    return channel.receive(buffer);
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }
}
