package io.github.sockcheck.core.facts;

import io.github.sockcheck.core.findings.Location;
import java.util.List;

/**
 * A later call whose receiver is the value a call returned (directly, or through a local or a field
 * of the same class), e.g. {@code channel.join(group, nif)} after {@code channel =
 * DatagramChannel.open()}.
 *
 * @param owner the declared type of the receiver at that call (FQN), "*" when unknown
 * @param args the arguments of that call, as far as the engine followed them (empty when it did
 *     not); a value that is the result of a library call carries that call's arguments ({@link
 *     ArgFact.Value#producerArgs()}), so a rule can tell {@code
 *     join(InetAddress.getByName("224.0.0.1"))}
 */
public record ResultUse(String owner, String member, Location location, List<ArgFact> args) {

  public ResultUse {
    args = List.copyOf(args);
  }

  /**
   * The same use reported at another place (a front end mapping class-file paths to sources),
   * arguments kept.
   */
  public ResultUse at(Location other) {
    return new ResultUse(owner, member, other, args);
  }

  /** A use whose arguments the engine did not record. */
  public ResultUse(String owner, String member, Location location) {
    this(owner, member, location, List.of());
  }
}
