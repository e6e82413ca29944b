package corpus.fd;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.unix.FileDescriptor;

/**
 * Re-creates corpus site javahotfix-listener-from-message: the new process of a hot restart receives the
 * old process's listener over a Unix socket read in FILE_DESCRIPTORS mode (SCM_RIGHTS).
 * Written for sockcheck; no third-party code.
 */
final class HandOverReceiver extends ChannelInboundHandlerAdapter {

  private EpollServerSocketChannel listener;

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    FileDescriptor received = (FileDescriptor) msg;
    listener = new EpollServerSocketChannel(received.intValue()); // site: subset-message-fd
  }

  EpollServerSocketChannel listener() {
    return listener;
  }
}
