package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sockcheck.core.findings.Severity;
import org.junit.jupiter.api.Test;

class FailOnTest {

  @Test
  void valuesAreReadInAnyCase() throws Exception {
    assertEquals(Severity.WARNING, FailOn.parse(" Warning ", "failOn").severity());
    assertEquals(Severity.ERROR, FailOn.parse("ERROR", "failOn").severity());
    assertNull(FailOn.parse("none", "failOn").severity());
  }

  @Test
  void anUnknownValueNamesTheOptionAndTheValuesThereAre() {
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> FailOn.parse("warn", "failOn"));
    assertEquals("failOn takes error, warning, note or none, not `warn`", e.getMessage());
  }
}
