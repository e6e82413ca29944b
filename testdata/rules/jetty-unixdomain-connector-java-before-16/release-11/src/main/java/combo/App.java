package combo;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector;

public class App {
  public static Object connector(Server server) {
    return new UnixDomainServerConnector(server);
  }
}
