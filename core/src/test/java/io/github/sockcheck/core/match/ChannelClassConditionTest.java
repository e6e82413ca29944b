package io.github.sockcheck.core.match;

import static io.github.sockcheck.core.match.CallMatcherTestSupport.javaSite;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.rules.Condition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code channel-class}: every known configured class must pass; an unknown one never passes. */
class ChannelClassConditionTest {

  private static final String EPOLL = "io.netty.channel.epoll.EpollSocketChannel";
  private static final String DOMAIN = "io.netty.channel.epoll.EpollDomainSocketChannel";

  private static boolean holds(Condition c, String... configured) {
    CallSite site =
        javaSite("io.netty.bootstrap.Bootstrap", "connect", null, List.of()).toBuilder()
            .configuredClasses(Set.of(configured))
            .build();
    return new ConditionEvaluator().evaluate(c, Map.of(), site).holds();
  }

  private static Condition in(String... globs) {
    return new Condition.ChannelClass(List.of(globs), false);
  }

  private static Condition notIn(String... globs) {
    return new Condition.ChannelClass(List.of(globs), true);
  }

  @Test
  void inMatchesQualifiedSimpleOrGlobNames() {
    assertTrue(holds(in(EPOLL), EPOLL));
    assertTrue(holds(in("EpollSocketChannel"), EPOLL));
    assertTrue(holds(in("io.netty.channel.epoll.*"), EPOLL));
    assertFalse(holds(in(EPOLL), DOMAIN));
    assertFalse(holds(in("EpollSocketChannel"), DOMAIN), "a simple name is no suffix glob");
  }

  @Test
  void notInNeedsAKnownClassOutsideTheGlobs() {
    assertTrue(holds(notIn("*DomainSocketChannel"), EPOLL));
    assertFalse(holds(notIn("*DomainSocketChannel"), DOMAIN));
    assertFalse(holds(notIn("*DomainSocketChannel"), DOMAIN, EPOLL), "a domain class on one path");
  }

  @Test
  void inNeedsEveryKnownClassInTheGlobs() {
    assertTrue(
        holds(in("Epoll*SocketChannel"), EPOLL, "io.netty.channel.epoll.EpollServerSocketChannel"));
    assertFalse(holds(in(EPOLL), EPOLL, DOMAIN), "a domain class on the other path (camel-netty)");
  }

  @Test
  void anUnknownClassPassesNeitherForm() {
    assertFalse(holds(in("*")));
    assertFalse(holds(notIn("*DomainSocketChannel")));
    assertTrue(holds(new Condition.Not(in(EPOLL))), "not: around it is how 'unknown' is written");
  }

  @Test
  void nestedClassesMatchWithDollarOrDot() {
    assertTrue(holds(in("com.example.Outer.Inner"), "com.example.Outer$Inner"));
    assertTrue(holds(in("Outer.Inner"), "com.example.Outer$Inner"));
    assertTrue(holds(in("Inner"), "com.example.Outer$Inner"));
  }
}
