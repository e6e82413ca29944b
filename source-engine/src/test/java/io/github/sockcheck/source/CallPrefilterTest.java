package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.source.CallPrefilter.ArgCount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which file texts the pre-filter keeps for parsing. A file it drops is never analysed, so each
 * "false" here is a file whose findings a user would not get, and each "true" one the engine must
 * parse.
 */
class CallPrefilterTest {

  private static CallPattern withParams(String owner, String member, String... params) {
    return new CallPattern(
        Language.JAVA, owner, false, member, List.of(params), null, Map.of(), Map.of(), List.of());
  }

  private static CallPrefilter filter(CallPattern... patterns) {
    return new CallPrefilter(new RulePack(List.of(TestSupport.rule("r", patterns))));
  }

  @Test
  void aPackWithoutJavaPatternsKeepsNoFile() {
    CallPrefilter none = new CallPrefilter(new RulePack(List.of()));
    assertTrue(none.isEmpty());
    assertFalse(none.mayCall("class A { void m() { new Object(); socket(1, 2, 3); } }"));
    assertFalse(filter(TestSupport.pattern("a.B", "m")).isEmpty(), "a method pattern");
    assertFalse(filter(TestSupport.pattern("a.B", "<init>")).isEmpty(), "a constructor pattern");
    assertFalse(filter(TestSupport.pattern("*", "<init>")).isEmpty(), "any constructor");
    assertFalse(filter(CallPattern.typeUse("a.B")).isEmpty(), "a type use");
  }

  @Test
  void aTypeUseKeepsAnyFileThatNamesTheType() {
    CallPrefilter f =
        filter(
            CallPattern.typeUse("io.netty.channel.epoll.EpollDatagramChannel"),
            CallPattern.typeUse("a.Outer$Inner"));
    assertTrue(f.mayCall("b.channel(EpollDatagramChannel.class);"));
    assertTrue(f.mayCall("import io.netty.channel.epoll.EpollDatagramChannel;"));
    assertTrue(f.mayCall("Object o = (Inner) x;"), "a nested type by its simple name");
    assertFalse(f.mayCall("Object o = (Outer) x; // EpollDatagramChannels"));
  }

  private static CallPattern subtypesOf(String owner, String member, String... params) {
    return new CallPattern(
        Language.JAVA, owner, true, member, List.of(params), null, Map.of(), Map.of(), List.of());
  }

  @Test
  void aSubtypesPatternOfAModelledOwnerKeepsFilesNamingTheOwnerOrAModelledSubtype() {
    CallPrefilter f =
        filter(
            subtypesOf(
                "io.netty.bootstrap.AbstractBootstrap", "connect", "java.net.SocketAddress"));
    assertTrue(f.mayCall("new Bootstrap().group(g).connect(address);"), "a subtype");
    assertTrue(f.mayCall("ServerBootstrap b = boot(); b.connect(address);"), "another subtype");
    assertTrue(f.mayCall("AbstractBootstrap<?, ?> b = boot(); b.connect(address);"), "the owner");
    assertFalse(
        f.mayCall("channel.connect(remoteAddress); // the file names no bootstrap"),
        "a connect on anything else");
    assertFalse(f.mayCall("new Bootstrap().connect(host, port);"), "another argument count");
  }

  @Test
  void aSubtypesPatternOfAnOwnerTheModelDoesNotKnowKeepsAnyOwner() {
    CallPrefilter f = filter(subtypesOf("com.example.Unmodelled", "connect", "java.lang.Object"));
    assertTrue(f.mayCall("anything.connect(address);"));
  }

  @Test
  void anyOwnerConstructorKeepsEveryFileWithNew() {
    CallPrefilter f = filter(TestSupport.pattern("*", "<init>"));
    assertTrue(f.mayCall("Object o = new Whatever();"));
    assertFalse(f.mayCall("Object o = Whatever.create(); // renewed"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      new with an int                       | Native n = new Native(3);                         | true
      no argument                           | Native n = new Native();                          | false
      two arguments                         | Native n = new Native(3, 4);                      | false
      qualified                             | Object n = new lib . Native(3);                   | true
      qualifier on its own line             | Object n = new⏎  lib.⏎  Native(3);                | true
      diamond                               | Object n = new Native<>(3);                       | true
      nested type arguments                 | Object n = new Native<Map<A, B>>(3);              | true
      diamond with two arguments            | Object n = new Native<>(3, 4);                    | false
      nested type arguments, no argument    | Object n = new Native<Map<A, B>>();               | false
      spaced type arguments, two arguments  | Object n = new Native < T > (3, 4);               | false
      type annotation                       | Object n = new @NonNull Native(3);                | true
      array creation keeps the file         | Native[] n = new Native[3];                       | true
      unclosed type arguments               | Object n = new Native<A;                          | true
      constructor reference                 | IntFunction<Native> f = Native::new;              | true
      constructor reference with spaces     | IntFunction<Native> f = Native :: new;            | true
      method reference is no construction   | Function<Native, Object> f = Native::close;       | false
      only a declaration                    | Native n = null;                                  | false
      cast                                  | Object n = (Native) o;                            | false
      annotation without new                | @Native(3) class A {}                             | false
      word ending in new                    | Object n = renew Native(3);                       | false
      name at the start of the text         | Native(3);                                        | false
      class literal of a constructor with parameters | b.channel(Native.class);                 | false
      """)
  void constructorWithOneIntParameter(String shape, String text, boolean kept) {
    CallPrefilter f = filter(withParams("lib.Native", "<init>", "int"));
    assertEquals(kept, f.mayCall(text.replace("⏎", "\n")), shape);
  }

  @Test
  void classLiteralsCountOnlyForNoArgumentConstructorsOfCallRules() {
    CallPrefilter f =
        filter(withParams("io.netty.channel.socket.nio.NioDatagramChannel", "<init>"));
    assertTrue(f.mayCall("b.channel(NioDatagramChannel.class);"));
    assertTrue(f.mayCall("b.channel(NioDatagramChannel\n    .\n    class);"));
    assertFalse(f.mayCall("Object o = NioDatagramChannel.provider();"));
  }

  @Test
  void methodPatternsOfOneMemberAreTriedTogether() {
    CallPrefilter f =
        filter(withParams("a.Alpha", "open", "int"), withParams("b.Beta", "open", "int", "int"));
    assertTrue(f.mayCall("Alpha.open(1);"));
    assertTrue(f.mayCall("Beta.open(1, 2);"));
    assertFalse(f.mayCall("Alpha.open(1, 2);"), "Beta's arity, but Beta is not named");
    assertFalse(f.mayCall("Beta.open(1);"), "Alpha's arity, but Alpha is not named");
    assertTrue(f.mayCall("Alpha a; Beta b; x.open(1, 2);"));
    assertTrue(f.mayCall("Alpha a; x.open(2, 3); x.open(1);"), "a later call can fit");
    assertFalse(f.mayCall("Alpha a; x.open; open = 1;"), "the member without a call");
    assertTrue(f.mayCall("Alpha.open(1"), "an argument list that does not end is kept");
  }

  @Test
  void anArrayLastParameterAcceptsAnyArgumentCount() {
    CallPrefilter f = filter(withParams("a.Alpha", "of", "int", "int[]"));
    assertTrue(f.mayCall("Alpha.of();"));
    assertTrue(f.mayCall("Alpha.of(1, 2, 3, 4);"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      textBlock =
          """
      empty                               | )                                   | 0 | false
      blank                               | ⏎ )                                 | 0 | false
      one                                 | a)                                  | 1 | false
      two                                 | a, b)                               | 2 | false
      nested call                         | f(a, b), c)                         | 2 | false
      array initialiser                   | new int[] {1, 2}, c)                | 2 | false
      lambda body                         | x -> { f(x, y); }, c)               | 2 | false
      string with comma and paren         | "a,)", c)                           | 2 | false
      escaped quote in a string           | "a\\",)", c)                        | 2 | false
      char literals                       | ',', ')')                           | 2 | false
      escaped char                        | '\\'', c)                           | 2 | false
      text block                          | \"\"\"⏎a, b)⏎\"\"\", c)             | 2 | false
      text block with an escaped quote    | \"\"\"⏎a \\\"\"\" b,)⏎\"\"\", c)    | 2 | false
      line comment                        | a, // b, c)⏎ d)                     | 2 | false
      block comment                       | a /* , ) */, d)                     | 2 | false
      comment only                        | /* a */ )                           | 0 | false
      unterminated string at line end     | "a, b⏎, c)                          | 2 | false
      type arguments raise the count      | Map.<A, B>of(), x)                  | 3 | true
      less than                           | a < b, c)                           | 2 | true
      less than inside brackets           | f(a < b), c)                        | 2 | false
      """)
  void argumentCount(String shape, String text, int count, boolean upperBoundOnly) {
    String source = text.replace("⏎", "\n");
    assertEquals(new ArgCount(count, upperBoundOnly), ArgCount.after(source, 0), shape);
  }

  @Test
  void anArgumentListThatDoesNotEndInReachHasNoCount() {
    assertNull(ArgCount.after("a, b", 0), "end of text");
    assertNull(ArgCount.after("a]", 0), "a bracket that is no parenthesis");
    assertNull(ArgCount.after("a}", 0));
    assertNull(ArgCount.after("a /* ) never closed", 0));
    assertNull(ArgCount.after("\"\"\" a) never closed", 0));
    assertNull(ArgCount.after("\"a) never closed", 0));
    assertNull(ArgCount.after("a" + " ".repeat(200_000) + ")", 0), "too far away");
    assertEquals(new ArgCount(1, false), ArgCount.after("a" + " ".repeat(199_000) + ")", 0));
    assertEquals(new ArgCount(1, false), ArgCount.after("f(a)", 2), "from the given index");
  }

  @Test
  void anUpperBoundFitsEveryCountUpToItButZeroOnlyForAnEmptyList() {
    ArgCount exact = new ArgCount(2, false);
    assertTrue(exact.fits(2));
    assertFalse(exact.fits(1));
    assertFalse(exact.fits(3));
    ArgCount bound = new ArgCount(3, true);
    assertTrue(bound.fits(3));
    assertTrue(bound.fits(1));
    assertFalse(bound.fits(4));
    assertFalse(bound.fits(0), "the list has content");
    assertTrue(new ArgCount(0, true).fits(0));
  }
}
