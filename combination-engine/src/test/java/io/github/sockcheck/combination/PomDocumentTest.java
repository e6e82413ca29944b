package io.github.sockcheck.combination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Plugin;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PomDocumentTest {

  private static List<Integer> place(PomDocument.Span s) {
    return List.of(s.startLine(), s.startColumn(), s.endLine(), s.endColumn());
  }

  @Test
  void elementsEndAtTheirOwnEndTagPastCommentsCdataAndQuotedAngleBrackets() throws Exception {
    PomDocument pom =
        PomDocument.parse(
            "<project>\n" // 1
                + "  <dependencies>\n"
                + "    <dependency><!-- not </dependency> yet -->\n" // 3
                + "      <groupId>a</groupId><artifactId>b</artifactId>\n"
                + "      <version><![CDATA[1.0]]></version>\n" // 5
                + "    </dependency>\n" // 6
                + "    <dependency><groupId>c</groupId><artifactId>d</artifactId><version/></dependency>\n" // 7
                + "  </dependencies>\n"
                + "  <build><plugins><plugin><artifactId>maven-compiler-plugin</artifactId>\n"
                + "    <configuration note=\"a>b\"><release>17</release></configuration>\n" // 10
                + "  </plugin></plugins></build>\n"
                + "</project>\n");
    Dependency first = pom.model.getDependencies().get(0);
    assertEquals(List.of(3, 5, 6, 18), place(pom.span(first.getLocation(""), "dependency")));
    assertEquals("1.0", first.getVersion());
    Dependency second = pom.model.getDependencies().get(1);
    assertEquals(List.of(7, 5, 7, 86), place(pom.span(second.getLocation(""), "dependency")));
    assertEquals(
        List.of(7, 63, 7, 73),
        place(pom.span(second.getLocation("version"), "version")),
        "an empty element ends with its own tag");
    Plugin compiler = pom.model.getBuild().getPlugins().get(0);
    Xpp3Dom release = ((Xpp3Dom) compiler.getConfiguration()).getChild("release");
    assertEquals(
        List.of(10, 31, 10, 52),
        place(pom.span((InputLocation) release.getInputLocation(), "release")));
    assertEquals("dependency", pom.nameAt(7, 5));
    assertNull(pom.nameAt(7, 6), "no element starts inside a name");
  }

  @Test
  void anExternalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
    String pom =
        "<?xml version=\"1.0\"?>\n<!-- a comment first -->\n"
            + "<!DOCTYPE project [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<project><artifactId>&x;</artifactId></project>\n";
    PomDocument.XmlException refused =
        assertThrows(PomDocument.XmlException.class, () -> PomDocument.parse(pom));
    assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    assertEquals(3, refused.line);
    assertFalse(String.valueOf(refused.getMessage()).contains("TOP-SECRET"));
  }

  @Test
  void anUndeclaredEntityIsAnErrorAtItsLine() {
    PomDocument.XmlException e =
        assertThrows(
            PomDocument.XmlException.class,
            () -> PomDocument.parse("<project>\n<artifactId>&x;</artifactId>\n</project>\n"));
    assertEquals(2, e.line);
  }

  @Test
  void theRootElementIsNamedSoThatOtherXmlIsNotTakenForAPom() throws Exception {
    assertEquals(
        "settings",
        PomDocument.parse("<?xml version=\"1.0\"?>\n<settings><x/></settings>").rootName);
  }
}
