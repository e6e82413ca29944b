package io.github.sockcheck.python.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Call sites as the rules see them: the callee's canonical name through imports, the enclosing
 * scope, the span reported, and what each argument is known to be.
 */
class PyCallExtractorTest {

  private static final PyCallExtractor.Interest SOCKETS =
      PyCallExtractor.interestIn(
          m -> m.equals("socket") || m.equals("fromfd") || m.equals("Server"),
          m -> Set.of("fileno", "proto"),
          m -> 3);

  private static String calls(String source) {
    return new PyCallExtractor(source, PyTokenizer.tokenize(source).tokens(), "pkg/mod.py", SOCKETS)
        .extract().stream().map(PyCallExtractorTest::describe).collect(Collectors.joining("\n"));
  }

  private static String describe(CallSite c) {
    String args = c.args().stream().map(PyCallExtractorTest::arg).collect(Collectors.joining(", "));
    String kw =
        c.keywordArgs().entrySet().stream()
            .map(e -> e.getKey() + "=" + arg(e.getValue()))
            .sorted()
            .collect(Collectors.joining(", "));
    return c.owner()
        + "#"
        + c.member()
        + " "
        + c.location().startLine()
        + ":"
        + c.location().startColumn()
        + "-"
        + c.location().endLine()
        + ":"
        + c.location().endColumn()
        + " "
        + c.enclosing()
        + (c.resolved() ? " imported" : "")
        + " ("
        + args
        + ")"
        + (kw.isEmpty() ? "" : " {" + kw + "}");
  }

  private static String arg(ArgFact a) {
    return switch (a.origin()) {
      case CONSTANT ->
          a.intValue() != null
              ? String.valueOf(a.intValue())
              : a.constant() != null ? "'" + a.constant() + "'" : "const " + a.constantName();
      case NULL -> "None";
      case CALL -> "call " + a.producedBy();
      default -> a.origin().name().toLowerCase() + (a.text() == null ? "" : " `" + a.text() + "`");
    };
  }

  @Test
  void calleesThroughImports() {
    String source =
        String.join(
            "\n",
            "import socket, os.path as p",
            "import gevent.socket",
            "from gevent import socket as gs, monkey",
            "from eventlet.green import (socket as es,",
            "    Server)",
            "from . import socket as local",
            "from .x import *",
            "socket.socket()",
            "gevent.socket.socket()",
            "gs.socket()",
            "es.fromfd()",
            "Server()",
            "local.socket()",
            "unbound.socket()",
            "x = 1; import trio.socket as ts; ts.socket()",
            "obj.attr.socket (",
            ")",
            "def socket(): pass",
            "s.socket",
            "if socket(): pass",
            "");
    assertEquals(
        String.join(
            "\n",
            "socket.socket#socket 8:1-8:14 mod.py:<module> imported ()",
            "gevent.socket.socket#socket 9:1-9:21 mod.py:<module> imported ()",
            "gevent.socket.socket#socket 10:1-10:10 mod.py:<module> imported ()",
            "eventlet.green.socket.fromfd#fromfd 11:1-11:10 mod.py:<module> imported ()",
            "eventlet.green.Server#Server 12:1-12:7 mod.py:<module> imported ()",
            "local.socket#socket 13:1-13:13 mod.py:<module> ()", // relative imports bind nothing
            "unbound.socket#socket 14:1-14:15 mod.py:<module> ()", // nor do relative star imports
            "trio.socket.socket#socket 15:34-15:43 mod.py:<module> imported ()",
            "obj.attr.socket#socket 16:1-16:16 mod.py:<module> ()",
            "socket#socket 20:4-20:10 mod.py:<module> imported ()"),
        calls(source));
  }

  @Test
  void starImportsNameUnboundCallees() {
    assertEquals(
        "gevent.socket.socket#socket 2:1-2:7 mod.py:<module> ()",
        calls("from gevent.socket import *\nsocket()\n"));
  }

  @Test
  void enclosingScopes() {
    String source =
        String.join(
            "\n",
            "class A:",
            "    def f(self):",
            "        socket()",
            "        def g():",
            "            socket()",
            "    async def h(self):",
            "        socket()",
            "    x = socket()",
            "socket()",
            "");
    assertEquals(
        String.join(
            "\n",
            "socket 3 mod.py:A.f",
            "socket 5 mod.py:A.f.g",
            "socket 7 mod.py:A.h",
            "socket 8 mod.py:A",
            "socket 9 mod.py:<module>"),
        new PyCallExtractor(source, PyTokenizer.tokenize(source).tokens(), "mod.py", SOCKETS)
            .extract().stream()
                .map(c -> c.member() + " " + c.location().startLine() + " " + c.enclosing())
                .collect(Collectors.joining("\n")));
  }

  @Test
  void superInitIsACallOfTheFirstBase() {
    String source =
        String.join(
            "\n",
            "from gevent import socket as gs",
            "class S(gs.socket, Mixin):",
            "    def __init__(self, fd):",
            "        super().__init__(fileno=fd)",
            "        super(S, self).__init__(2, 1)",
            "        super().close()",
            "class T(metaclass=M):",
            "    def __init__(self):",
            "        super().__init__()",
            "class U(make()):",
            "    def __init__(self):",
            "        super().__init__()",
            "class V:",
            "    def __init__(self):",
            "        super().__init__()",
            "def f():",
            "    super().__init__()",
            "");
    assertEquals(
        String.join(
            "\n",
            "gevent.socket.socket#socket 4:9-4:25 mod.py:S.__init__ imported () {fileno=unknown `fd`}",
            "gevent.socket.socket#socket 5:9-5:32 mod.py:S.__init__ imported (2, 1)"),
        calls(source));
  }

  @Test
  void whatEachArgumentIsKnownToBe() {
    String source =
        String.join(
            "\n",
            "import socket",
            "socket.socket(-2, +0x10, 0o17, 0b1_01, 99999999999999999999, -99999999999999999999, 1.5, None, True, False)",
            "socket.socket('a' 'b', f'{x}', socket.AF_INET, AF_UNIX, mod.lower, make(1), socket.fromfd(3), a + b, [1], -x)",
            "socket.socket(1, *rest, 2, fileno=fd, proto=None)",
            "socket.socket(**kw, proto=0)",
            "socket.socket(",
            "    2,",
            "    (1, 2),",
            ")",
            "socket.socket(f(a, b), {'k': (1, 2)}, 3)",
            "");
    assertEquals(
        String.join(
            "\n",
            "socket.socket#socket 2:1-2:14 mod.py:<module> imported (-2, 16, 15, 5, const null, unknown `-99999999999999999999`,"
                + " const null, None, 'true', 'false')",
            "socket.socket#socket 3:1-3:14 mod.py:<module> imported ('ab', unknown `f'{x}'`, const socket.AF_INET, const AF_UNIX,"
                + " unknown `mod.lower`, call *#make, call socket#fromfd, unknown `a + b`, unknown `[1]`, unknown `-x`)",
            "socket.fromfd#fromfd 3:77-3:90 mod.py:<module> imported (3)",
            "socket.socket#socket 4:1-4:14 mod.py:<module> imported (1, unknown `*rest`, unknown, unknown) {fileno=unknown `fd`, proto=None}",
            "socket.socket#socket 5:1-5:14 mod.py:<module> imported () {fileno=unknown, proto=0}",
            "socket.socket#socket 6:1-6:14 mod.py:<module> imported (2, unknown `(1, 2)`)",
            "socket.socket#socket 10:1-10:14 mod.py:<module> imported (call *#f, unknown `{'k': (1, 2)}`, 3)"),
        calls(source));
  }

  @Test
  void onlyWantedMembersAreSites() {
    assertEquals("", calls("import socket\nsocket.create_connection(('h', 1))\nprint(socket)\n"));
    assertEquals(
        Map.of(),
        new PyCallExtractor("", PyTokenizer.tokenize("").tokens(), "a.py", SOCKETS)
            .extract().stream().collect(Collectors.toMap(CallSite::member, c -> c)));
  }
}
