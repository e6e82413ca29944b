package combo;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.dns.DnsClient;

/**
 * Vert.x on its native transport with Netty 4.2.10.Final, which catches the failing
 * setIpMulticastAll and logs it.
 */
public class App {
  public static DnsClient dns() {
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    return vertx.createDnsClient(53, "10.0.0.2");
  }
}
