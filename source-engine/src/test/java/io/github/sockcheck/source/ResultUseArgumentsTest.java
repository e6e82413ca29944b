package io.github.sockcheck.source;

import static io.github.sockcheck.source.TestSupport.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ResultUse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result use carries its call's arguments, and a library call's value its own arguments (one
 * level).
 */
class ResultUseArgumentsTest {

  static final String GROUPS =
      """
      package com.example;

      import java.net.InetAddress;
      import java.net.NetworkInterface;
      import java.nio.channels.DatagramChannel;

      class Groups {
        void join(NetworkInterface nif, InetAddress other, boolean v6) throws Exception {
          DatagramChannel ch = DatagramChannel.open(); // OPEN
          InetAddress group = InetAddress.getByName("224.0.0.251");
          ch.join(group, nif);
          ch.join(InetAddress.getByName(v6 ? "ff02::fb" : "239.1.2.3"), nif);
          ch.join(other, nif);
        }
      }
      """;

  @TempDir static Path root;
  static List<ResultUse> uses;

  @BeforeAll
  static void scan() throws Exception {
    TestSupport.write(root, "com/example/Groups.java", GROUPS);
    CallSite open =
        TestSupport.scan(root, TestSupport.pack(), List.of())
            .atLine("Groups.java", lineOf(GROUPS, "OPEN"));
    uses = open.resultUses().stream().filter(u -> u.member().equals("join")).toList();
  }

  @Test
  void aLocalFromAFactoryCallCarriesTheFactorysArgument() {
    ArgFact group = uses.get(0).args().get(0);
    ArgFact.Value v = group.onlyValue();
    assertEquals(ArgOrigin.CALL, v.origin());
    assertEquals("java.net.InetAddress#getByName", v.producedBy());
    assertEquals("224.0.0.251", v.producerArgs().get(0).constant());
    assertEquals(2, uses.get(0).args().size(), "both arguments of join");
  }

  @Test
  void aFactoryArgumentWithTwoValuesKeepsBoth() {
    ArgFact.Value v = uses.get(1).args().get(0).onlyValue();
    List<Object> hosts =
        v.producerArgs().get(0).values().stream().map(ArgFact.Value::constant).toList();
    assertTrue(hosts.containsAll(List.of("ff02::fb", "239.1.2.3")), hosts.toString());
  }

  @Test
  void aParameterHasNoProducer() {
    ArgFact.Value v = uses.get(2).args().get(0).onlyValue();
    assertEquals(ArgOrigin.PARAMETER, v.origin());
    assertTrue(v.producerArgs().isEmpty());
  }
}
