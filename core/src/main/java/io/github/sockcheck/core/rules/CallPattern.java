package io.github.sockcheck.core.rules;

import io.github.sockcheck.core.facts.Language;
import java.util.List;
import java.util.Map;

/**
 * Which invocations a call rule looks at.
 *
 * @param owner fully qualified type ({@code
 *     io.netty.channel.epoll.EpollServerDomainSocketChannel}), or {@code *} for any owner (e.g. any
 *     native binding's {@code socket(int,int,int)}); for Python the dotted callee names, one per
 *     alternative, in {@code callees}
 * @param subtypes also match calls whose owner is a subtype of {@code owner}
 * @param member method name, {@code <init>} for constructors
 * @param params the parameter types of the overload (FQN or primitive); null matches every overload
 * @param returns the return type to require, null for any
 * @param roles argument role name → 0-based position (Java) or keyword (Python uses the role name
 *     as the keyword and this position for positional use)
 * @param implied roles fixed by the API itself, e.g. rocksaw {@code RawSocket.open} always uses
 *     SOCK_RAW
 * @param callees Python only: the callee spellings that match ({@code socket.socket}, {@code
 *     socket})
 */
public record CallPattern(
    Language language,
    String owner,
    boolean subtypes,
    String member,
    List<String> params,
    String returns,
    Map<String, Integer> roles,
    Map<String, Long> implied,
    List<String> callees) {

  /**
   * The member of a {@code code-uses: - type: X} pattern, and of the sites engines report for type
   * references: the code names {@code X} without calling it ({@code X.class}, {@code X::new},
   * {@code instanceof X}, a cast).
   */
  public static final String TYPE_USE = "<type>";

  /** A {@code type:} code use of {@code type}. */
  public static CallPattern typeUse(String type) {
    return new CallPattern(
        Language.JAVA, type, false, TYPE_USE, null, null, Map.of(), Map.of(), List.of());
  }

  public boolean isTypeUse() {
    return TYPE_USE.equals(member);
  }

  public CallPattern {
    params = params == null ? null : List.copyOf(params);
    roles = Map.copyOf(roles);
    implied = Map.copyOf(implied);
    callees = List.copyOf(callees);
  }

  /** Simple name of the owner, the token the text pre-filters look for ({@code *} for any). */
  public String ownerSimpleName() {
    int cut = Math.max(owner.lastIndexOf('.'), owner.lastIndexOf('$'));
    return owner.substring(cut + 1);
  }
}
