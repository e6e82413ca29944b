package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.engine.CollectingSink;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.engine.ScanInputs;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.testsupport.EngineTestRules;
import io.github.sockcheck.testsupport.FlowShapes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Rule packs built from records, a collecting sink and a one-call scan for the tests. */
final class TestSupport {

  private TestSupport() {}

  static CallPattern pattern(String owner, String member) {
    return new CallPattern(
        Language.JAVA, owner, false, member, null, null, Map.of(), Map.of(), List.of());
  }

  /**
   * Scans {@code root} with one rule on {@code p.Lib.take(int fd)} and returns its one call in
   * {@code Shape.java}, failing (with {@code shape} and what was seen) when there is not exactly
   * one.
   */
  static CallSite theTakeCallInShape(Path root, String shape) throws Exception {
    RulePack pack = new RulePack(List.of(rule("take", FlowShapes.TAKE)));
    Sink sink = new Sink();
    new SourceEngine().run(context(root, pack, List.of(), 1), sink);
    List<CallSite> takes =
        sink.in("Shape.java").stream().filter(s -> s.member().equals("take")).toList();
    assertEquals(
        1, takes.size(), () -> shape + ": " + sink.callSites() + " " + sink.notifications());
    return takes.get(0);
  }

  static Rule rule(String id, CallPattern... patterns) {
    return EngineTestRules.callRule(id, "source", patterns);
  }

  /** Rules for the calls the tests look at. */
  static RulePack pack() {
    return new RulePack(
        List.of(
            rule("socket", pattern("*", "socket")),
            rule("dgram", pattern("java.nio.channels.DatagramChannel", "open")),
            rule("inherited", pattern("java.lang.System", "inheritedChannel")),
            rule(
                "ctor",
                pattern("com.example.Native", "<init>"),
                pattern("org.unknown.Thing", "<init>"))));
  }

  /** The core's collecting sink, with the call sites of one file and one line at hand. */
  static final class Sink extends CollectingSink {

    List<CallSite> in(String fileSuffix) {
      return callSites().stream().filter(s -> s.location().path().endsWith(fileSuffix)).toList();
    }

    CallSite atLine(String fileSuffix, int line) {
      return in(fileSuffix).stream()
          .filter(s -> s.location().startLine() == line)
          .findFirst()
          .orElseThrow(
              () ->
                  new AssertionError(
                      "no call site at "
                          + fileSuffix
                          + ":"
                          + line
                          + "; sites at "
                          + in(fileSuffix).stream().map(s -> s.location().toString()).toList()
                          + "; notes "
                          + notifications()));
    }
  }

  static ScanContext context(Path root, RulePack pack, List<Path> classpath, int threads) {
    return new ScanContext(
        ScanInputs.builder(root)
            .sourceRoots(List.of(root))
            .classpath(classpath)
            .threads(threads)
            .inputs(),
        pack);
  }

  static Sink scan(Path root, RulePack pack, List<Path> classpath) throws InterruptedException {
    Sink sink = new Sink();
    new SourceEngine().run(context(root, pack, classpath, 2), sink);
    return sink;
  }

  static Path write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** 1-based line of the first line containing {@code marker}. */
  static int lineOf(String text, String marker) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) if (lines[i].contains(marker)) return i + 1;
    throw new AssertionError("marker not found: " + marker);
  }
}
