package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.CallSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Modern Java parses: records, sealed types, switch patterns, record patterns, text blocks. */
class Java21SyntaxTest {

  static final String MODERN =
      """
      package m;

      import java.nio.channels.Channel;
      import java.nio.channels.DatagramChannel;

      sealed interface Shape permits Circle, Square {}
      record Circle(double r) implements Shape {}
      record Square(double side) implements Shape {}

      public class Modern {
        static final String TEXT = \"""
            a text block with "quotes"
            \""";

        static double area(Shape s) {
          return switch (s) {
            case Circle c when c.r() > 10 -> 0;
            case Circle(double r) -> Math.PI * r * r;
            case Square sq -> sq.side() * sq.side();
          };
        }

        void open() throws Exception {
          Channel ch = System.inheritedChannel();
          var label = switch (ch) {
            case DatagramChannel dc -> { dc.close(); yield "datagram"; }
            case null -> "none";
            default -> "other";
          };
        }
      }
      """;

  @TempDir Path root;

  @Test
  void modernSyntaxParsesAndYieldsItsCalls() throws Exception {
    TestSupport.write(root, "m/Modern.java", MODERN);
    TestSupport.Sink sink = TestSupport.scan(root, TestSupport.pack(), List.of());
    assertEquals(List.of(), sink.notifications());
    List<CallSite> sites = sink.in("Modern.java");
    assertEquals(1, sites.size());
    assertEquals("inheritedChannel", sites.get(0).member());
    assertTrue(sites.get(0).resolved());
    assertEquals("java.lang.System", sites.get(0).owner());
    assertEquals("m.Modern#open", sites.get(0).enclosing());
  }
}
