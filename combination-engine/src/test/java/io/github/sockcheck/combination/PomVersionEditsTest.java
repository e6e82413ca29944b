package io.github.sockcheck.combination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.fix.TextEdits;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PomVersionEditsTest {

  private static final String POM =
      """
      <project>
        <properties>
          <netty.version> 4.2.9.Final </netty.version>
          <other>4.2.9.Final<!-- why --></other>
        </properties>
        <dependencyManagement><dependencies>
          <dependency><groupId>io.netty</groupId><artifactId>netty-bom</artifactId><version>4.2.9.Final</version><type>pom</type><scope>import</scope></dependency>
          <dependency><groupId>org.other</groupId><artifactId>other-bom</artifactId><version>4.2.9.Final</version><type>pom</type><scope>import</scope></dependency>
          <dependency><groupId>io.netty</groupId><artifactId>netty-all</artifactId><version>${netty.version}</version></dependency>
        </dependencies></dependencyManagement>
      </project>
      """;

  private static Optional<TextEdit> at(int line, int column) {
    return PomVersionEdits.at(
        "pom.xml",
        POM,
        new Location("pom.xml", line, column, line, 0),
        "io.netty",
        "4.2.9.Final",
        "4.2.10.Final");
  }

  private static String applied(Optional<TextEdit> e) {
    return TextEdits.apply(POM, List.of(e.orElseThrow())).orElseThrow();
  }

  @Test
  void aPropertyKeepsItsSpaces() {
    assertTrue(applied(at(3, 5)).contains("<netty.version> 4.2.10.Final </netty.version>"));
  }

  @Test
  void aBomImportOfTheSameGroup() {
    assertTrue(
        applied(at(7, 5))
            .contains("<artifactId>netty-bom</artifactId><version>4.2.10.Final</version>"));
  }

  @Test
  void nothingThatIsNotTheLiteralVersionOfThisGroup() {
    assertEquals(Optional.empty(), at(4, 5), "a comment inside the value");
    assertEquals(Optional.empty(), at(8, 5), "another project's BOM");
    assertEquals(
        Optional.empty(), at(9, 5), "a ${property} reference: the property is edited instead");
    assertEquals(Optional.empty(), at(2, 3), "an element with children");
    assertEquals(
        Optional.empty(),
        PomVersionEdits.at(
            "pom.xml",
            "<project><broken",
            new Location("pom.xml", 1, 1, 1, 0),
            "io.netty",
            "4.2.9.Final",
            "4.2.10.Final"));
  }
}
