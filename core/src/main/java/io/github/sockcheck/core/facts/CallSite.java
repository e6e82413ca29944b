package io.github.sockcheck.core.facts;

import io.github.sockcheck.core.findings.Location;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A call (or constructor invocation) with everything the matcher needs to know about it. Both code
 * engines produce these; one matcher turns them into findings. Build one with {@link #builder};
 * derive a variant with {@link #toBuilder()}.
 *
 * <p>Type names are fully qualified with dots, nested classes with {@code $} ({@code
 * java.nio.channels.DatagramChannel}, {@code com.example.Libc$C}). Primitive parameters are {@code
 * int}, {@code long}, {@code boolean}…
 *
 * @param owner the declaring/receiver type as resolved ({@code
 *     io.netty.channel.epoll.EpollDatagramChannel}); for Python the dotted callee as written
 *     ({@code socket.socket}, {@code gevent.socket.socket})
 * @param ownerSupertypes every known supertype of {@code owner} (for subtype matching); empty when
 *     unknown
 * @param member the method name, {@code <init>} for constructors
 * @param paramTypes the declared parameter types of the invoked overload; null when unresolved
 * @param returnType the declared return type, null when unknown
 * @param args the positional arguments, in order
 * @param keywordArgs Python keyword arguments by name; empty for Java
 * @param resultUses later calls on the value this call returned
 * @param resultCasts types the returned value is cast to or tested with {@code instanceof}
 * @param guards the branches the call is reached through only on one outcome (empty when none or
 *     unknown)
 * @param enclosing {@code Class#method} the call is in, for messages and fingerprints
 * @param resolved false when the owner was guessed from imports/names without a classpath; findings
 *     from such call sites get one step lower precision
 * @param engine the engine id that extracted this call site
 * @param configuredClasses the classes (fully qualified, nested with {@code $}) given as class
 *     literals to the instantiating calls ({@code rules/model/flow.yaml}: {@code
 *     bootstrap.channel(X.class)}, grpc {@code channelType(X.class)}) of the builder this call is
 *     made on or returns; empty when none is known in the scanned code
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
    String engine,
    List<Guard> guards,
    Set<String> configuredClasses) {

  public CallSite {
    guards = guards == null ? List.of() : List.copyOf(guards);
    configuredClasses = Set.copyOf(configuredClasses);
    ownerSupertypes = Set.copyOf(ownerSupertypes);
    paramTypes = paramTypes == null ? null : List.copyOf(paramTypes);
    args = List.copyOf(args);
    keywordArgs = Map.copyOf(keywordArgs);
    resultUses = List.copyOf(resultUses);
    resultCasts = Set.copyOf(resultCasts);
  }

  /**
   * A call of {@code member} on {@code owner}; every other part starts empty (unknown), resolved,
   * at no location.
   */
  public static Builder builder(Language language, String owner, String member) {
    return new Builder(language, owner, member);
  }

  /**
   * A builder holding this call site's values, to derive a variant (another location, other uses).
   */
  public Builder toBuilder() {
    return new Builder(language, owner, member)
        .ownerSupertypes(ownerSupertypes)
        .paramTypes(paramTypes)
        .returnType(returnType)
        .args(args)
        .keywordArgs(keywordArgs)
        .resultUses(resultUses)
        .resultCasts(resultCasts)
        .location(location)
        .enclosing(enclosing)
        .resolved(resolved)
        .engine(engine)
        .guards(guards)
        .configuredClasses(configuredClasses);
  }

  /** Simple name of the owner, e.g. {@code DatagramChannel}. */
  public String ownerSimpleName() {
    int cut = Math.max(owner.lastIndexOf('.'), owner.lastIndexOf('$'));
    return owner.substring(cut + 1);
  }

  /**
   * Builds a {@link CallSite}; the parts a call site does not know stay at their empty defaults.
   */
  public static final class Builder {
    private final Language language;
    private final String owner;
    private final String member;
    private Set<String> ownerSupertypes = Set.of();
    private List<String> paramTypes;
    private String returnType;
    private List<ArgFact> args = List.of();
    private Map<String, ArgFact> keywordArgs = Map.of();
    private List<ResultUse> resultUses = List.of();
    private Set<String> resultCasts = Set.of();
    private Location location;
    private String enclosing;
    private boolean resolved = true;
    private String engine;
    private List<Guard> guards = List.of();
    private Set<String> configuredClasses = Set.of();

    private Builder(Language language, String owner, String member) {
      this.language = language;
      this.owner = owner;
      this.member = member;
    }

    public Builder ownerSupertypes(Set<String> v) {
      ownerSupertypes = v;
      return this;
    }

    /** The invoked overload's parameter types; null when unresolved. */
    public Builder paramTypes(List<String> v) {
      paramTypes = v;
      return this;
    }

    public Builder returnType(String v) {
      returnType = v;
      return this;
    }

    public Builder args(List<ArgFact> v) {
      args = v;
      return this;
    }

    public Builder keywordArgs(Map<String, ArgFact> v) {
      keywordArgs = v;
      return this;
    }

    public Builder resultUses(List<ResultUse> v) {
      resultUses = v;
      return this;
    }

    public Builder resultCasts(Set<String> v) {
      resultCasts = v;
      return this;
    }

    public Builder location(Location v) {
      location = v;
      return this;
    }

    public Builder enclosing(String v) {
      enclosing = v;
      return this;
    }

    public Builder resolved(boolean v) {
      resolved = v;
      return this;
    }

    public Builder engine(String v) {
      engine = v;
      return this;
    }

    public Builder guards(List<Guard> v) {
      guards = v;
      return this;
    }

    /** The classes the call's builder is configured to instantiate (see the record). */
    public Builder configuredClasses(Set<String> v) {
      configuredClasses = v;
      return this;
    }

    public CallSite build() {
      return new CallSite(
          language,
          owner,
          ownerSupertypes,
          member,
          paramTypes,
          returnType,
          args,
          keywordArgs,
          resultUses,
          resultCasts,
          location,
          enclosing,
          resolved,
          engine,
          guards,
          configuredClasses);
    }
  }
}
