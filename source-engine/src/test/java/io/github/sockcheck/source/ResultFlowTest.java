package io.github.sockcheck.source;

import static io.github.sockcheck.source.TestSupport.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ResultUse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFlowTest {

  static final String FLOW =
      """
      package com.example;

      import java.net.InetAddress;
      import java.net.NetworkInterface;
      import java.nio.channels.Channel;
      import java.nio.channels.DatagramChannel;

      class Flow {
        private DatagramChannel field;
        private final DatagramChannel initialised = DatagramChannel.open(); // F-init

        void a(InetAddress group, NetworkInterface nif) throws Exception {
          DatagramChannel ch = DatagramChannel.open(); // F-local
          ch.configureBlocking(false);
          ch.join(group, nif); // U-local
          DatagramChannel.open().join(group, nif); // F-chain
          field = DatagramChannel.open(); // F-field
          Channel inherited = System.inheritedChannel(); // F-instanceof
          if (inherited instanceof DatagramChannel dc) {
            dc.join(group, nif); // U-pattern
          }
          DatagramChannel cast = (DatagramChannel) System.inheritedChannel(); // F-cast
          cast.join(group, nif); // U-cast
          Channel plain = System.inheritedChannel(); // F-none
          plain.close();
        }

        void b(InetAddress group, NetworkInterface nif) throws Exception {
          field.join(group, nif); // U-field
          this.field.close();
          initialised.join(group, nif); // U-init
        }
      }
      """;

  @TempDir static Path root;
  static TestSupport.Sink sink;

  @BeforeAll
  static void scan() throws Exception {
    TestSupport.write(root, "com/example/Flow.java", FLOW);
    sink = TestSupport.scan(root, TestSupport.pack(), List.of());
  }

  private static CallSite site(String marker) {
    return sink.atLine("Flow.java", lineOf(FLOW, marker));
  }

  private static List<String> members(CallSite s) {
    return s.resultUses().stream().map(ResultUse::member).toList();
  }

  @Test
  void localReceivesLaterCalls() {
    CallSite s = site("F-local");
    assertEquals(List.of("configureBlocking", "join"), members(s));
    ResultUse join = s.resultUses().get(1);
    assertEquals("java.nio.channels.DatagramChannel", join.owner());
    assertEquals(lineOf(FLOW, "U-local"), join.location().startLine());
    assertEquals(
        FLOW.split("\n")[join.location().startLine() - 1].indexOf("join") + 1,
        join.location().startColumn());
  }

  @Test
  void chainedCall() {
    assertEquals(List.of("join"), members(site("F-chain")));
  }

  @Test
  void fieldAssignedInOneMethodUsedInAnother() {
    CallSite s = site("F-field");
    assertEquals(List.of("join", "close"), members(s));
    assertTrue(
        s.resultUses().stream()
            .allMatch(u -> u.owner().equals("java.nio.channels.DatagramChannel")));
    assertEquals(List.of("join"), members(site("F-init")));
  }

  @Test
  void instanceofPatternGivesCastAndUses() {
    CallSite s = site("F-instanceof");
    assertEquals(Set.of("java.nio.channels.DatagramChannel"), s.resultCasts());
    assertEquals(List.of("join"), members(s));
    assertEquals("java.nio.channels.DatagramChannel", s.resultUses().get(0).owner());
    assertEquals(lineOf(FLOW, "U-pattern"), s.resultUses().get(0).location().startLine());
  }

  @Test
  void castOfTheResult() {
    CallSite s = site("F-cast");
    assertEquals(Set.of("java.nio.channels.DatagramChannel"), s.resultCasts());
    assertEquals(List.of("join"), members(s));
  }

  @Test
  void noCastNoUseOfInterest() {
    CallSite s = site("F-none");
    assertEquals(Set.of(), s.resultCasts());
    assertEquals(List.of("close"), members(s));
    assertEquals("java.nio.channels.Channel", s.resultUses().get(0).owner());
  }
}
