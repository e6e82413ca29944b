package combo;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.dns.DnsClient;

/**
 * Hyperledger Besu's path (besu #9783): Vert.x on its native transport builds every datagram channel
 * as new EpollDatagramChannel(), here for its DNS client.
 */
public class App {
  public static DnsClient dns() {
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    return vertx.createDnsClient(53, "10.0.0.2");
  }
}
