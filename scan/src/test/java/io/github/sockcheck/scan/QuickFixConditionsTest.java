package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.testsupport.FixtureLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quick fix is offered only when it is certain: the finding stays, without a fix, in each of
 * these.
 */
class QuickFixConditionsTest {

  @TempDir Path dir;

  private List<Finding> findings(String rule, Map<String, String> files) throws Exception {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = dir.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue());
    }
    ScanResult result =
        QuickFixFixturesTest.scan(dir, FixtureLibraries.jars(), dir.resolve("no-repository"));
    List<Finding> found =
        result.reportable().stream().filter(x -> x.ruleId().equals(rule)).toList();
    assertFalse(found.isEmpty(), "the case has no finding of " + rule);
    return found;
  }

  private void noFix(String rule, Map<String, String> files) throws Exception {
    for (Finding f : findings(rule, files))
      assertEquals(List.of(), f.fixes(), f.location().toString());
  }

  private static String pom(String nettyArtifact, String version) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
          <groupId>demo</groupId><artifactId>demo</artifactId><version>1</version>
          <dependencies><dependency><groupId>io.netty</groupId><artifactId>%s</artifactId><version>%s</version></dependency></dependencies>
        </project>
        """
        .formatted(nettyArtifact, version);
  }

  private static final String ACTIVATED =
      """
      package demo;
      import io.netty.channel.epoll.EpollServerDomainSocketChannel;
      class A {
        EpollServerDomainSocketChannel c(int fd) { return new EpollServerDomainSocketChannel(fd); }
      }
      """;

  @Test
  void activeChannelNeedsNetty41108OrLater() throws Exception {
    noFix(
        "netty-server-domain-socket-fd-inactive",
        Map.of(
            "pom.xml",
            pom("netty-transport-classes-epoll", "4.1.107.Final"),
            "src/main/java/demo/A.java",
            ACTIVATED));
  }

  @Test
  void activeChannelNeedsAKnownNettyVersion() throws Exception {
    noFix("netty-server-domain-socket-fd-inactive", Map.of("src/main/java/demo/A.java", ACTIVATED));
  }

  @Test
  void aChannelTheCodeBindsItselfStaysInactive() throws Exception {
    noFix(
        "netty-server-domain-socket-fd-inactive",
        Map.of(
            "pom.xml",
            pom("netty-transport-classes-epoll", "4.2.10.Final"),
            "src/main/java/demo/A.java",
            """
            package demo;
            import io.netty.channel.epoll.EpollServerDomainSocketChannel;
            import io.netty.channel.unix.DomainSocketAddress;
            class A {
              void c(int fd) {
                EpollServerDomainSocketChannel ch = new EpollServerDomainSocketChannel(fd);
                ch.bind(new DomainSocketAddress("/run/demo.sock"));
              }
            }
            """));
  }

  @Test
  void aChannelJoiningAnIpv6OrUnknownGroupKeepsItsFamily() throws Exception {
    noFix(
        "datagram-channel-no-family-multicast",
        Map.of(
            "src/main/java/demo/R.java",
            """
        package demo;
        import java.net.InetAddress;
        import java.net.NetworkInterface;
        import java.nio.channels.DatagramChannel;
        class R {
          void v6(NetworkInterface nif) throws Exception {
            DatagramChannel ch = DatagramChannel.open();
            ch.join(InetAddress.getByName("ff02::fb"), nif);
          }
          void both(NetworkInterface nif) throws Exception {
            DatagramChannel ch = DatagramChannel.open();
            ch.join(InetAddress.getByName("224.0.0.251"), nif);
            ch.join(InetAddress.getByName("ff02::fb"), nif);
          }
          void given(InetAddress group, NetworkInterface nif) throws Exception {
            DatagramChannel ch = DatagramChannel.open();
            ch.join(group, nif);
          }
          void named(NetworkInterface nif) throws Exception {
            DatagramChannel ch = DatagramChannel.open();
            ch.join(InetAddress.getByName("mdns.local"), nif);
          }
        }
        """));
  }

  @Test
  void anImportedNameThatClashesBlocksTheFix() throws Exception {
    noFix(
        "datagram-channel-no-family-multicast",
        Map.of(
            "src/main/java/demo/R.java",
            """
        package demo;
        import java.net.InetAddress;
        import java.nio.channels.DatagramChannel;
        class R {
          enum StandardProtocolFamily { INET }
          void v4() throws Exception {
            DatagramChannel ch = DatagramChannel.open();
            ch.join(InetAddress.getByName("224.0.0.251"), null);
          }
        }
        """));
  }

  @Test
  void pythonConstantsWithoutAModulePrefixOrAnUnknownType() throws Exception {
    noFix(
        "python-socket-fileno-without-proto",
        Map.of(
            "app.py",
            """
        from socket import socket, AF_INET, SOCK_STREAM
        import socket as s
        a = socket(AF_INET, SOCK_STREAM, fileno=3)
        b = s.socket(s.AF_INET, kind, fileno=4)
        c = s.socket(family, s.SOCK_STREAM, fileno=5)
        """));
  }

  @Test
  void aVersionNotWrittenLiterallyIsNotEdited() throws Exception {
    noFix(
        "netty-epoll-datagram-multicast-all-old-kernel",
        Map.of(
            "pom.xml",
            """
        <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
          <groupId>demo</groupId><artifactId>demo</artifactId><version>1</version>
          <properties><netty.minor>4.2</netty.minor><netty.patch>9.Final</netty.patch></properties>
          <dependencies><dependency><groupId>io.netty</groupId><artifactId>netty-transport-classes-epoll</artifactId>
            <version>${netty.minor}.${netty.patch}</version></dependency></dependencies>
        </project>
        """,
            "src/main/java/demo/D.java",
            """
        package demo;
        class D { Object c() { return new io.netty.channel.epoll.EpollDatagramChannel(); } }
        """));
  }
}
