package io.github.sockcheck.cli.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sockcheck.cli.CliRun;
import io.github.sockcheck.testsupport.SampleProjects;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of one CLI run, rendered by a real browser without network: every finding of the
 * SARIF of the same run is on the page, hostile text from the scanned code and file names never
 * runs as script, the page works with scripts off, and a screenshot is left in {@code
 * target/html-report/} to look at.
 */
class HtmlReportInChromiumTest {

  private static final Path WORK = Path.of("target", "html-report").toAbsolutePath();

  /** Script that marks the page if it ever runs: it renames the document and adds an element. */
  private static final String PAYLOAD =
      "<script>document.title='pwned';document.body.appendChild(document.createElement('pwned'))</script>";

  private static final String HOSTILE_FILE = "\"><img src=x onerror=document.title='pwned'>.py";

  private static HeadlessChromium chromium;
  private static Path html;
  private static Path sarif;

  @BeforeAll
  static void scanTheDemoWithHostileAdditions() throws Exception {
    Files.createDirectories(WORK);
    Optional<HeadlessChromium> found = HeadlessChromium.find(WORK);
    if (found.isEmpty()) {
      System.out.println(
          "HtmlReportInChromiumTest SKIPPED: no Chromium at /usr/bin/chromium "
              + "(Debian: apt-get install -y chromium; .ci/run installs it when it runs as root)");
    }
    Assumptions.assumeTrue(
        found.isPresent(), "no Chromium at /usr/bin/chromium: install the Debian package chromium");
    chromium = found.get();

    Path project =
        SampleProjects.copy(
            io.github.sockcheck.testsupport.RuleFolders.repositoryRoot().resolve("testdata/demo"),
            WORK);
    // Hostile text as scanned code and file names bring it: it reaches the finding's message and
    // path.
    byte[] source =
        ("import socket\n\ndef adopt(fd):\n"
                + "    return socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=int(\"</textarea>"
                + PAYLOAD
                + "\"))\n"
                + "# undecodable: ")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail =
        ("\n# " + "<script>x</script>".repeat(5_000) + "\n").getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(project.resolve("sidecar").resolve(HOSTILE_FILE))) {
      out.write(source);
      out.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
      out.write(tail);
    }
    html = project.resolve("target/sockcheck.html");
    sarif = project.resolve("target/sockcheck.sarif");
    // The copy sits inside sockcheck's own checkout: it is its own repository root, so SARIF URIs
    // and the page's paths are both relative to it.
    CliRun r =
        CliRun.scanToSarif(
            project, sarif, "--source-root", project.toString(), "--html", html.toString());
    assertEquals(0, r.code(), r.printed());
  }

  @Test
  void everySarifResultIsOnTheRenderedPage() throws Exception {
    Document dom = Jsoup.parse(chromium.dumpDom(html));
    JsonNode results =
        new ObjectMapper().readTree(sarif.toFile()).path("runs").path(0).path("results");
    assertTrue(
        results.size() >= 8, "the demo's seven findings and the hostile file's: " + results.size());

    Elements cards = dom.select("article.sc-finding");
    assertEquals(results.size(), cards.size(), "one card per SARIF result");
    List<String> missing = new ArrayList<>();
    for (JsonNode result : results) {
      JsonNode location = result.path("locations").path(0).path("physicalLocation");
      String path = URI.create(location.path("artifactLocation").path("uri").asText()).getPath();
      String line = location.path("region").path("startLine").asText();
      Element card =
          cards.stream()
              .filter(
                  c ->
                      c.attr("data-rule").equals(result.path("ruleId").asText())
                          && c.attr("data-file").equals(path)
                          && c.attr("data-line").equals(line))
              .findFirst()
              .orElse(null);
      if (card == null) {
        missing.add(result.path("ruleId").asText() + " at " + path + ":" + line);
        continue;
      }
      assertEquals(
          result.path("message").path("text").asText(), card.selectFirst(".sc-message").text());
      assertEquals(result.path("level").asText(), card.attr("data-level"));
      assertTrue(
          card.selectFirst(".sc-loc").text().startsWith(path + ":" + line),
          card.selectFirst(".sc-loc").text());
      assertFalse(card.hasAttr("hidden"), "shown: " + path);
    }
    assertTrue(missing.isEmpty(), "not on the page: " + missing);
  }

  @Test
  void injectedScriptNeverRunsButTheReportsOwnDoes() throws Exception {
    Document dom = Jsoup.parse(chromium.dumpDom(html));

    // The report's own script ran: it marks the root and shows the filters.
    Element root = dom.getElementById("sockcheck-report");
    assertNotNull(root);
    assertTrue(
        root.hasClass("sc-js"),
        "the report's script did not run, so the next checks would prove nothing");
    assertFalse(dom.selectFirst("form.sc-filters").hasAttr("hidden"));
    assertTrue(
        dom.selectFirst(".sc-status").text().startsWith("Showing all "),
        dom.selectFirst(".sc-status").text());

    // The hostile text is on the page as text, and none of it ran or became an element.
    assertEquals("sockcheck report: demo", dom.title());
    assertTrue(dom.select("pwned").isEmpty(), "an injected element appeared");
    assertTrue(dom.select("img").isEmpty(), "an injected <img> appeared");
    assertEquals(1, dom.select("script").size(), "only the report's own script");
    assertEquals(1, dom.select("style").size(), "only the report's own stylesheet");
    Element card =
        dom.select("article.sc-finding").stream()
            .filter(c -> c.attr("data-file").equals("sidecar/" + HOSTILE_FILE))
            .findFirst()
            .orElse(null);
    assertNotNull(card, "the finding in the hostile file");
    assertTrue(
        card.selectFirst(".sc-message")
            .text()
            .contains("fileno=int(\"</textarea>" + PAYLOAD + "\")"),
        card.selectFirst(".sc-message").text());
    assertTrue(card.selectFirst(".sc-loc").text().startsWith("sidecar/" + HOSTILE_FILE + ":4:"));
    assertTrue(card.selectFirst(".sc-snippet").text().contains("</textarea>" + PAYLOAD));
  }

  @Test
  void theScriptFiltersAndSortsTheViewInTheAddress() throws Exception {
    Document all = Jsoup.parse(chromium.dumpDom(html));
    int total = all.select("article.sc-finding").size();
    List<String> errorsByFile = all.select("article.sc-finding[data-level=error]").eachAttr("id");

    Document errors = Jsoup.parse(chromium.dumpDom(html, "#view?level=error&sort=level"));
    Elements visible = errors.select("article.sc-finding:not([hidden])");
    assertFalse(visible.isEmpty());
    visible.forEach(c -> assertEquals("error", c.attr("data-level"), c.id()));
    assertEquals(errorsByFile.size(), visible.size());
    assertTrue(
        errors.selectFirst(".sc-groups").hasAttr("hidden"), "sorted by level: one flat list");
    assertFalse(errors.selectFirst(".sc-flat").hasAttr("hidden"));
    assertEquals(
        "Showing " + visible.size() + " of " + total + " findings.",
        errors.selectFirst(".sc-status").text());

    Document oneRule =
        Jsoup.parse(chromium.dumpDom(html, "#view?rule=raw-socket-sentinel&q=IcmpProbe"));
    assertEquals(
        List.of("raw-socket-sentinel"),
        oneRule.select("article.sc-finding:not([hidden])").eachAttr("data-rule"));
    // File groups without a visible finding are hidden too.
    oneRule
        .select("section.sc-file")
        .forEach(
            group ->
                assertEquals(
                    group.select("article.sc-finding:not([hidden])").isEmpty(),
                    group.hasAttr("hidden"),
                    group.id()));
  }

  /**
   * Headless Chromium serializes the DOM through script, so "scripts off" is the page with its own
   * policy changed to {@code script-src 'none'}: the way a strict artifact viewer would show it.
   */
  @Test
  void readableWithScriptsOff() throws Exception {
    String page = Files.readString(html);
    String noScript =
        page.replaceFirst("script-src &#39;sha256-[^&]+&#39;", "script-src &#39;none&#39;");
    assertFalse(noScript.equals(page), "the page's policy names its script");
    Path blocked = html.resolveSibling("sockcheck-noscript.html");
    Files.writeString(blocked, noScript);
    Document dom = Jsoup.parse(chromium.dumpDom(blocked));
    assertFalse(dom.getElementById("sockcheck-report").hasClass("sc-js"));
    assertTrue(
        dom.selectFirst("form.sc-filters").hasAttr("hidden"), "no filters without the script");
    Elements cards = dom.select("article.sc-finding");
    assertFalse(cards.isEmpty());
    cards.forEach(c -> assertFalse(c.hasAttr("hidden")));
    // Grouped by file, with anchors from the summary.
    for (Element link : dom.select("a[data-show-file]")) {
      String target = link.attr("href").substring(1);
      assertNotNull(dom.getElementById(target), "anchor " + target);
    }
  }

  @Test
  void screenshotForPeople() throws Exception {
    Path png = WORK.resolve("sockcheck-report.png");
    chromium.screenshot(html, png, 2400);
    assertTrue(Files.size(png) > 10_000, "an empty screenshot");
    System.out.println("HTML report screenshot: " + png);
  }
}
