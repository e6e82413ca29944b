package io.github.sockcheck.core.facts;

import io.github.sockcheck.core.findings.Location;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A call (or constructor invocation) with everything the matcher needs to know about it. Both code
 * engines produce these; one matcher turns them into findings.
 *
 * <p>Type names are fully qualified with dots, nested classes with {@code $}
 * ({@code java.nio.channels.DatagramChannel}, {@code com.example.Libc$C}). Primitive parameters are
 * {@code int}, {@code long}, {@code boolean}…
 *
 * @param owner the declaring/receiver type as resolved ({@code io.netty.channel.epoll.EpollDatagramChannel});
 *     for Python the dotted callee as written ({@code socket.socket}, {@code gevent.socket.socket})
 * @param ownerSupertypes every known supertype of {@code owner} (for subtype matching); empty when unknown
 * @param member the method name, {@code <init>} for constructors
 * @param paramTypes the declared parameter types of the invoked overload; null when unresolved
 * @param returnType the declared return type, null when unknown
 * @param args the positional arguments, in order
 * @param keywordArgs Python keyword arguments by name; empty for Java
 * @param resultUses later calls on the value this call returned
 * @param resultCasts types the returned value is cast to or tested with {@code instanceof}
 * @param enclosing {@code Class#method} the call is in, for messages and fingerprints
 * @param resolved false when the owner was guessed from imports/names without a classpath; findings
 *     from such call sites get one step lower precision
 * @param engine the engine id that extracted this call site
 */
public record CallSite(
    Language language,
    String owner,
    Set<String> ownerSupertypes,
    String member,
    List<String> paramTypes,
    String returnType,
    List<ArgFact> args,
    Map<String, ArgFact> keywordArgs,
    List<ResultUse> resultUses,
    Set<String> resultCasts,
    Location location,
    String enclosing,
    boolean resolved,
    String engine) {

  public CallSite {
    ownerSupertypes = Set.copyOf(ownerSupertypes);
    paramTypes = paramTypes == null ? null : List.copyOf(paramTypes);
    args = List.copyOf(args);
    keywordArgs = Map.copyOf(keywordArgs);
    resultUses = List.copyOf(resultUses);
    resultCasts = Set.copyOf(resultCasts);
  }

  /** Simple name of the owner, e.g. {@code DatagramChannel}. */
  public String ownerSimpleName() {
    int cut = Math.max(owner.lastIndexOf('.'), owner.lastIndexOf('$'));
    return owner.substring(cut + 1);
  }
}
