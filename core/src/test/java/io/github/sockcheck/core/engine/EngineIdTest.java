package io.github.sockcheck.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.Ecosystem;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleLoader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The names rules, SARIF and caches carry stay what they were: they are data outside this code. */
class EngineIdTest {

  @Test
  void idsAreTheNamesRulesAndUsersWrite() {
    assertEquals(List.of("source", "bytecode", "python", "combination"), EngineId.ids());
    assertEquals(Optional.of(EngineId.PYTHON), EngineId.of("python"));
    assertEquals(Optional.empty(), EngineId.of("Python"));
    assertTrue(EngineId.BYTECODE.is("bytecode"));
    assertFalse(EngineId.BYTECODE.is(null));
    assertEquals("maven", Ecosystem.MAVEN.id());
    assertEquals("pypi", Ecosystem.PYPI.id());
  }

  @Test
  void everyBuiltInRuleNamesKnownEngines() throws Exception {
    Set<String> named = new TreeSet<>();
    for (Rule r : new RuleLoader().loadBuiltIn().rules()) named.addAll(r.engines());
    named.removeAll(EngineId.ids());
    assertEquals(Set.of(), named);
  }
}
