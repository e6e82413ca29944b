package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.engine.ScanInputs;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreFilterTest {

  @TempDir Path root;

  @Test
  void fileWithoutAnyTokenIsNeverParsed() throws Exception {
    TestSupport.write(
        root, "a/Plain.java", "package a; class Plain { int socketCount() { return 1; } }\n");
    TestSupport.write(
        root,
        "a/Uses.java",
        "package a; class Uses { Object inherited() throws Exception { return System.inheritedChannel(); } }\n");
    // Not even parseable: were it parsed, there would be a notification.
    TestSupport.write(root, "a/Broken.java", "package a; class Broken { void m( { }\n");
    TestSupport.Sink sink = new TestSupport.Sink();
    SourceEngine engine = new SourceEngine();
    engine.run(TestSupport.context(root, TestSupport.pack(), List.of(), 2), sink);
    assertEquals(new SourceEngine.Stats(3, 1, 1), engine.lastStats());
    assertEquals(List.of(), sink.notifications());
  }

  private static CallPattern withParams(String owner, String member, String... params) {
    return new CallPattern(
        Language.JAVA, owner, false, member, List.of(params), null, Map.of(), Map.of(), List.of());
  }

  private static final CallPrefilter FILTER =
      new CallPrefilter(
          new RulePack(
              List.of(
                  TestSupport.rule("socket", withParams("*", "socket", "int", "int", "int")),
                  TestSupport.rule(
                      "dgram", withParams("java.nio.channels.DatagramChannel", "open")),
                  TestSupport.rule(
                      "ctor",
                      withParams("io.netty.channel.socket.nio.NioDatagramChannel", "<init>")),
                  TestSupport.rule("any", TestSupport.pattern("org.x.Cast", "as")))));

  @Test
  void ownerCallNeedsTheOwnerNameAndTheMemberCall() {
    assertTrue(FILTER.mayCall("DatagramChannel ch = DatagramChannel.open();"));
    assertTrue(
        FILTER.mayCall(
            "import java.nio.channels.*; class A { Object m() { return DatagramChannel . open ( ); } }"));
    assertFalse(
        FILTER.mayCall("class A { void m() { file.open(); } }"), "member without the owner's name");
    assertFalse(
        FILTER.mayCall("class A { DatagramChannel c; void m() { c.close(); } }"),
        "owner without the member call");
    assertFalse(
        FILTER.mayCall("class A { MyDatagramChannels c; void m() { c.open(); } }"),
        "owner name must be a whole identifier");
    assertFalse(
        FILTER.mayCall(
            "class A { DatagramChannel c = DatagramChannel.open(StandardProtocolFamily.INET); }"),
        "pattern has no parameters; the call has one argument");
  }

  @Test
  void anyOwnerCallNeedsTheRightNumberOfArguments() {
    assertTrue(FILTER.mayCall("int fd = socket(AF_INET, SOCK_RAW, 0);"));
    assertTrue(FILTER.mayCall("lib.socket(f(a, b), new int[] {1, 2}, \"x,)\" /* , ) */);"));
    assertFalse(FILTER.mayCall("lib.socket(a, b);"));
    assertFalse(FILTER.mayCall("int socket = 3; connect(socket, a, b, c);"));
    assertTrue(
        FILTER.mayCall("lib.socket(Map.<A, B>of(), x);"),
        "type-argument commas: the count is an upper bound");
    assertTrue(FILTER.mayCall("lib.socket(a, b, c // the end, really\n);"));
  }

  @Test
  void constructorNeedsNewOrAConstructorReference() {
    assertTrue(FILTER.mayCall("Channel c = new NioDatagramChannel();"));
    assertTrue(
        FILTER.mayCall("Channel c = new io.netty.channel.socket.nio.NioDatagramChannel ( );"));
    assertTrue(FILTER.mayCall("Supplier<Channel> s = NioDatagramChannel::new;"));
    assertFalse(FILTER.mayCall("class A { NioDatagramChannel c; }"));
    assertTrue(
        FILTER.mayCall("bootstrap.channel(NioDatagramChannel.class);"),
        "a library may construct a class literal");
    assertTrue(FILTER.mayCall("bootstrap.channel(NioDatagramChannel . class);"));
    assertFalse(FILTER.mayCall("Channel c = new NioDatagramChannel(InternetProtocolFamily.IPv4);"));
  }

  @Test
  void patternsWithoutParametersAcceptAnyArgumentCount() {
    assertTrue(
        FILTER.mayCall("Socket s = FileDescriptorCast.using(fd).as(Socket.class); // org.x.Cast"),
        "member call plus the owner name anywhere");
    assertFalse(FILTER.mayCall("Socket s = other.as(Socket.class);"));
  }

  @Test
  void includesAndExcludesAreGlobsRelativeToTheRoot() throws Exception {
    TestSupport.write(
        root,
        "src/main/java/a/A.java",
        "package a; class A { Object m() throws Exception { return System.inheritedChannel(); } }\n");
    TestSupport.write(
        root,
        "src/test/java/a/T.java",
        "package a; class T { Object m() throws Exception { return System.inheritedChannel(); } }\n");
    TestSupport.Sink sink = new TestSupport.Sink();
    var ctx =
        new ScanContext(
            ScanInputs.builder(root)
                .sourceRoots(List.of(root))
                .includes(List.of("**/*.java"))
                .excludes(List.of("src/test/**"))
                .inputs(),
            TestSupport.pack());
    new SourceEngine().run(ctx, sink);
    assertEquals(1, sink.callSites().size());
    assertEquals("src/main/java/a/A.java", sink.callSites().get(0).location().path());
  }
}
