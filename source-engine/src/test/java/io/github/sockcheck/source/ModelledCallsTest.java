package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.flow.CallFact;
import io.github.sockcheck.core.flow.MethodFacts;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Library calls without a classpath (the CLI on a bare checkout): the solver cannot resolve them,
 * so owner, overload and return type come from the shipped API model when exactly one overload fits
 * the arguments the text shows, and from names otherwise. The last call of each body is described
 * as {@code owner#member(params) returnType kind}.
 */
class ModelledCallsTest {

  @TempDir Path root;

  private static final String FILE =
      """
      package p;
      import io.netty.channel.epoll.EpollDatagramChannel;
      import io.netty.channel.unix.FileDescriptor;
      class Shape {
        void run(EpollDatagramChannel ch, Object any, java.io.File file) throws Exception {
          %s
        }
      }
      """;

  private static final RulePack PACK =
      new RulePack(
          List.of(
              TestSupport.rule(
                  "r",
                  TestSupport.pattern("*", "fd"),
                  TestSupport.pattern("*", "from"),
                  TestSupport.pattern("*", "intValue"),
                  TestSupport.pattern("*", "<init>"),
                  TestSupport.pattern("*", "frobnicate"))));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      inherited method of a modelled type | ch.fd();                                 | io.netty.channel.epoll.AbstractEpollChannel#fd([]) io.netty.channel.unix.FileDescriptor VIRTUAL
      chained through a modelled return   | ch.fd().intValue();                      | io.netty.channel.unix.FileDescriptor#intValue([]) int VIRTUAL
      overload picked by a string literal | FileDescriptor.from("/dev/null");        | io.netty.channel.unix.FileDescriptor#from([java.lang.String]) io.netty.channel.unix.FileDescriptor STATIC
      a variable does not pick overloads  | FileDescriptor.from(file);               | io.netty.channel.unix.FileDescriptor#from(null) null STATIC
      a reference cast does not pick      | FileDescriptor.from((String) null);      | io.netty.channel.unix.FileDescriptor#from(null) null STATIC
      modelled constructor                | new FileDescriptor(3);                   | io.netty.channel.unix.FileDescriptor#<init>([int]) void CONSTRUCTOR
      constructor with an unknown argument | new FileDescriptor(any.hashCode());     | io.netty.channel.unix.FileDescriptor#<init>([int]) void CONSTRUCTOR
      unknown method of a modelled type   | ch.frobnicate(1);                        | io.netty.channel.epoll.EpollDatagramChannel#frobnicate([int]) null VIRTUAL
      method of an unknown type           | any.frobnicate(1L, 'c', true, -2);       | java.lang.Object#frobnicate([long, char, boolean, int]) null VIRTUAL
      """)
  void lastCall(String shape, String body, String expected) throws Exception {
    MethodFacts m =
        ExpressionFactsTest.analyse(root, FILE.formatted(body), PACK).stream()
            .flatMap(c -> c.methods().stream())
            .filter(x -> x.name().equals("run"))
            .findFirst()
            .orElseThrow();
    CallFact call = m.calls().get(m.calls().size() - 1);
    assertEquals(
        expected,
        call.owner()
            + "#"
            + call.member()
            + "("
            + call.paramTypes()
            + ") "
            + call.returnType()
            + " "
            + call.kind(),
        shape);
  }
}
