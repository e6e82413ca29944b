package combo;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.dns.DnsClient;

/**
 * Vert.x on its JDK transport (preferNativeTransport false, the default): its datagram channels are
 * NIO channels, whatever Netty epoll version is on the class path.
 */
public class App {
  public static DnsClient dns() {
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(false));
    return vertx.createDnsClient(53, "10.0.0.2");
  }
}
