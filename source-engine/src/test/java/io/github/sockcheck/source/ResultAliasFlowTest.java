package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ResultUse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call's result keeps its casts and uses when it is copied to another local, kept in a field or
 * held by a {@code var}: the multicast rules read {@code resultCasts} ("is this inherited channel a
 * DatagramChannel?") and {@code resultUses} ("is it joined?"). One small file per test.
 */
class ResultAliasFlowTest {

  private static final String DC = "java.nio.channels.DatagramChannel";

  @TempDir Path root;

  private CallSite site(String members, String body) throws Exception {
    String source =
        """
        package com.example;

        import java.net.InetAddress;
        import java.net.NetworkInterface;
        import java.nio.channels.Channel;
        import java.nio.channels.DatagramChannel;

        class Alias {
          %s
          void m(InetAddress group, NetworkInterface nif) throws Exception {
            %s
          }
        }
        """
            .formatted(members, body);
    TestSupport.write(root, "com/example/Alias.java", source);
    TestSupport.Sink sink = TestSupport.scan(root, TestSupport.pack(), List.of());
    return sink.atLine("Alias.java", TestSupport.lineOf(source, "// F"));
  }

  private static List<String> members(CallSite s) {
    return s.resultUses().stream().map(ResultUse::member).toList();
  }

  @Test
  void aCastOfALocalAliasIsACastOfTheResult() throws Exception {
    CallSite s =
        site(
            "",
            """
        Channel inherited = System.inheritedChannel(); // F
            Channel alias = inherited;
            DatagramChannel dc = (DatagramChannel) alias;
            dc.join(group, nif);
        """);
    assertEquals(Set.of(DC), s.resultCasts());
    assertEquals(List.of("join"), members(s));
    assertEquals(DC, s.resultUses().get(0).owner());
  }

  @Test
  void aCastOfAFieldHoldingTheResult() throws Exception {
    CallSite s =
        site(
            "private Channel kept; void later(InetAddress g, NetworkInterface n) throws Exception {"
                + " ((DatagramChannel) kept).join(g, n); }",
            """
        kept = System.inheritedChannel(); // F
        """);
    assertEquals(Set.of(DC), s.resultCasts());
    assertEquals(List.of("join"), members(s));
  }

  @Test
  void anInstanceofTestOfAFieldHoldingTheResult() throws Exception {
    CallSite s =
        site(
            "private Channel kept; boolean datagram() { return this.kept instanceof DatagramChannel; }",
            """
        this.kept = System.inheritedChannel(); // F
        """);
    assertEquals(Set.of(DC), s.resultCasts());
  }

  @Test
  void aVarDeclarationHoldsTheResult() throws Exception {
    CallSite s =
        site(
            "",
            """
        var ch = DatagramChannel.open(); // F
            var same = ch;
            same.join(group, nif);
        """);
    assertEquals(List.of("join"), members(s));
    assertEquals(DC, s.resultUses().get(0).owner());
  }

  @Test
  void aVarCastOfTheResult() throws Exception {
    CallSite s =
        site(
            "",
            """
        var inherited = System.inheritedChannel(); // F
            var dc = (DatagramChannel) inherited;
            dc.join(group, nif);
        """);
    assertEquals(Set.of(DC), s.resultCasts());
    assertEquals(List.of("join"), members(s));
  }

  @Test
  void aReassignedAliasNoLongerHoldsTheResult() throws Exception {
    CallSite s =
        site(
            "",
            """
        Channel inherited = System.inheritedChannel(); // F
            Channel alias = inherited;
            alias = DatagramChannel.open();
            ((DatagramChannel) alias).join(group, nif);
        """);
    assertEquals(Set.of(), s.resultCasts());
    assertEquals(List.of(), members(s));
  }
}
