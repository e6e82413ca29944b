package io.github.sockcheck.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Location;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallSiteBuilderTest {

  private static final CallSite FULL =
      CallSite.builder(Language.JAVA, "a.Lib", "open")
          .ownerSupertypes(Set.of("a.Base"))
          .paramTypes(List.of("int"))
          .returnType("a.Channel")
          .args(List.of(ArgFact.ofInt(3, null, "3")))
          .keywordArgs(Map.of("proto", ArgFact.UNKNOWN))
          .resultUses(List.of(new ResultUse("a.Channel", "join", Location.line("A.java", 4))))
          .resultCasts(Set.of("a.Sub"))
          .location(Location.line("A.java", 3))
          .enclosing("a.A#m")
          .resolved(false)
          .engine("source")
          .build();

  @Test
  void toBuilderKeepsEveryPart() {
    assertEquals(FULL, FULL.toBuilder().build());
  }

  @Test
  void aDerivedSiteChangesOnlyWhatIsSet() {
    CallSite moved = FULL.toBuilder().location(Location.line("B.java", 9)).build();
    assertEquals(Location.line("B.java", 9), moved.location());
    assertEquals(FULL, moved.toBuilder().location(FULL.location()).build());
  }

  @Test
  void unsetPartsAreEmptyOrUnknown() {
    CallSite bare = CallSite.builder(Language.PYTHON, "socket.socket", "<init>").build();
    assertEquals(Set.of(), bare.ownerSupertypes());
    assertNull(bare.paramTypes());
    assertNull(bare.returnType());
    assertEquals(List.of(), bare.args());
    assertEquals(Map.of(), bare.keywordArgs());
    assertEquals(List.of(), bare.resultUses());
    assertEquals(Set.of(), bare.resultCasts());
    assertTrue(bare.resolved());
  }
}
