package io.github.sockcheck.scan.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.engine.CachedFile;
import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Guard;
import io.github.sockcheck.core.facts.GuardOutcome;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.flow.Access;
import io.github.sockcheck.core.flow.CallFact;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.MethodFacts;
import io.github.sockcheck.core.flow.ValueNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Branch guards survive the cache: on flow facts (calls) and on call sites. */
class GuardCodecTest {

  @Test
  void guardsRoundTrip() throws Exception {
    Location at = Location.line("p/A.java", 3);
    CallFact call =
        new CallFact(
                "java.lang.System",
                Set.of(),
                "inheritedChannel",
                List.of(),
                "java.nio.channels.Channel",
                CallFact.Kind.STATIC,
                -1,
                List.of(),
                null,
                at,
                true,
                List.of())
            .withGuards(
                List.of(
                    new CallFact.BranchGuard(0, GuardOutcome.NON_NULL),
                    new CallFact.BranchGuard(0, GuardOutcome.COMPARED)));
    MethodFacts method =
        new MethodFacts(
            "m",
            List.of(),
            "void",
            Access.PACKAGE,
            false,
            false,
            List.of(new ValueNode.Unknown("x")),
            List.of(call),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    ClassFacts type =
        new ClassFacts(
            "p.A", null, List.of(), Access.PACKAGE, "p/A.java", null, List.of(), List.of(method));
    ArgFact tested =
        new ArgFact(
            List.of(
                new ArgFact.Value(
                    ArgOrigin.CALL,
                    null,
                    null,
                    "java.lang.System#getenv",
                    Set.of(),
                    List.of(ArgFact.ofConstant("LISTEN_FDS", null, null)))),
            null);
    CallSite site =
        CallSite.builder(Language.JAVA, "java.lang.System", "inheritedChannel")
            .location(at)
            .engine("source")
            .guards(List.of(new Guard(tested, GuardOutcome.TRUE)))
            .build();
    CachedFile file =
        new CachedFile(
            "h", "p.A", Set.of(), List.of(site), List.of(), List.of(type), true, true, List.of());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      FactCodec.writeEntries(out, Map.of("p/A.java", file));
    }
    Map<String, CachedFile> read =
        FactCodec.readEntries(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

    CachedFile back = read.get("p/A.java");
    assertEquals(site.guards(), back.callSites().get(0).guards());
    assertEquals(call.guards(), back.classFacts().get(0).methods().get(0).calls().get(0).guards());
  }
}
