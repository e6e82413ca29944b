package fixtures.nettyfdchannelunvalidated;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.unix.FileDescriptor;

/**
 * A new process receives its listeners from the old one over a Unix domain socket read in
 * DomainSocketReadMode.FILE_DESCRIPTORS (SCM_RIGHTS): the Java form of the Gunicorn hand-over. The
 * descriptors arrive as messages; nothing says which family or type they are.
 */
final class PositiveReceivedFds extends ChannelInboundHandlerAdapter {

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof FileDescriptor received) {
      ctx.channel().eventLoop().register(new EpollServerSocketChannel(received.intValue())); // expect: netty-fd-channel-unvalidated
    }
  }

  /** The same hand-over with a cast, through a local. */
  EpollDatagramChannel adoptDatagram(Object msg) {
    FileDescriptor fd = (FileDescriptor) msg;
    int number = fd.intValue();
    return new EpollDatagramChannel(number); // expect: netty-fd-channel-unvalidated
  }
}
