package io.github.sockcheck.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Fix;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Suppression;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.io.AtomicFiles;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.core.rules.Rule;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one scan as a SARIF 2.1.0 log with one run, shaped for GitHub code scanning
 * (repository-relative URIs, {@code primaryLocationLineHash}, rule help) and IDE viewers ({@code
 * %SRCROOT%} base, fixes).
 *
 * <p>GitHub ingests suppressed results as open alerts, so by default suppressed findings are left
 * out; {@link #includingSuppressed()} keeps them with their {@code suppressions} (for IDEs and
 * audits). The output is deterministic: the same report gives the same bytes.
 */
public final class SarifWriter {

  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String INFORMATION_URI = "https://github.com/sockcheck/sockcheck";
  public static final String SRCROOT = "%SRCROOT%";
  static final String TOOL_NAME = "sockcheck";

  private final boolean includeSuppressed;
  private final FileTexts texts;

  private SarifWriter(boolean includeSuppressed, FileTexts texts) {
    this.includeSuppressed = includeSuppressed;
    this.texts = texts;
  }

  /** Leaves suppressed findings out: the file to upload to GitHub. */
  public static SarifWriter forUpload() {
    return new SarifWriter(false, null);
  }

  /** Keeps suppressed findings, marked with {@code suppressions}. */
  public static SarifWriter includingSuppressed() {
    return new SarifWriter(true, null);
  }

  /**
   * Reads files for line hashes through the scan's cache instead of reading them again. Its root
   * must be the report's root.
   */
  public SarifWriter readingFrom(FileTexts sharedTexts) {
    return new SarifWriter(includeSuppressed, sharedTexts);
  }

  public void write(Report report, Path out) throws IOException {
    AtomicFiles.writeString(out, toJson(report));
  }

  public String toJson(Report report) {
    return SarifJson.write(toTree(report));
  }

  public ObjectNode toTree(Report report) {
    ObjectNode log = SarifJson.NODES.objectNode();
    log.put("$schema", SCHEMA_URI);
    log.put("version", "2.1.0");
    log.putArray("runs").add(run(report));
    return log;
  }

  private ObjectNode run(Report report) {
    List<Rule> rules = sortedRules(report.rules());
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) ruleIndex.put(rules.get(i).id(), i);

    ObjectNode run = SarifJson.NODES.objectNode();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", TOOL_NAME);
    driver.put("version", report.toolVersion());
    driver.put("semanticVersion", report.toolVersion());
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rulesNode = driver.putArray("rules");
    for (Rule rule : rules) rulesNode.add(rule(rule));

    // Without an id the upload action's `category` input applies; an id in the file would override
    // it.
    if (report.automationId() != null)
      run.putObject("automationDetails").put("id", report.automationId());
    run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", rootUri(report.sourceRoot()));

    Uris uris = new Uris(report.root(), report.sourceRoot());
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    List<Notification> notifications = new ArrayList<>(report.notifications());
    notifications.sort(Notification.ORDER);
    if (!notifications.isEmpty()) {
      ArrayNode notes = invocation.putArray("toolExecutionNotifications");
      for (Notification n : notifications) notes.add(notification(n, uris));
    }

    FileTexts texts = this.texts != null ? this.texts : new FileTexts(report.root());
    Map<String, Map<Integer, String>> lineHashes = new HashMap<>();
    List<Finding> findings = new ArrayList<>(report.findings());
    findings.sort(Finding.ORDER);
    ArrayNode results = run.putArray("results");
    for (Finding f : findings) {
      if (!includeSuppressed && suppressedInSource(f)) continue;
      results.add(result(f, ruleIndex.get(f.ruleId()), texts, lineHashes, uris));
    }
    return run;
  }

  private static List<Rule> sortedRules(List<Rule> rules) {
    Map<String, Rule> byId = new TreeMap<>();
    for (Rule r : rules) byId.putIfAbsent(r.id(), r);
    return List.copyOf(byId.values());
  }

  static String rootUri(Path root) {
    String uri = root.toAbsolutePath().normalize().toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private static ObjectNode rule(Rule rule) {
    ObjectNode node = SarifJson.NODES.objectNode();
    node.put("id", rule.id());
    node.put("name", RuleText.pascalCase(rule.id()));
    node.putObject("shortDescription").put("text", RuleText.shortDescription(rule));
    ObjectNode full = node.putObject("fullDescription");
    full.put("text", RuleText.fullDescription(rule));
    full.put("markdown", RuleText.fullDescriptionMarkdown(rule));
    ObjectNode help = node.putObject("help");
    help.put("text", RuleText.helpText(rule));
    help.put("markdown", RuleText.helpMarkdown(rule));
    node.put("helpUri", RuleText.helpUri(rule.id()));
    node.putObject("defaultConfiguration").put("level", rule.severity().sarifLevel());
    ObjectNode props = node.putObject("properties");
    ArrayNode tags = props.putArray("tags");
    List<String> tagList = new ArrayList<>(rule.tags());
    if (rule.cwe() != null && !rule.cwe().isBlank()) tagList.add(RuleText.cweTag(rule.cwe()));
    tagList.stream().distinct().limit(20).forEach(tags::add);
    props.put("precision", rule.precision().sarifName());
    props.put("problem.severity", RuleText.problemSeverity(rule.severity()));
    return node;
  }

  private ObjectNode result(
      Finding f,
      Integer ruleIndex,
      FileTexts texts,
      Map<String, Map<Integer, String>> lineHashes,
      Uris uris) {
    ObjectNode node = SarifJson.NODES.objectNode();
    node.put("ruleId", f.ruleId());
    if (ruleIndex != null) node.put("ruleIndex", ruleIndex);
    node.put("level", f.severity().sarifLevel());
    node.putObject("message").put("text", f.message());
    node.putArray("locations")
        .addObject()
        .set("physicalLocation", resultLocation(f.location(), uris));

    if (!f.related().isEmpty()) {
      ArrayNode related = node.putArray("relatedLocations");
      int id = 1;
      for (RelatedLocation r : f.related()) {
        ObjectNode loc = related.addObject();
        loc.put("id", id++);
        loc.set("physicalLocation", resultLocation(r.location(), uris));
        if (r.message() != null && !r.message().isBlank())
          loc.putObject("message").put("text", r.message());
      }
    }

    ArrayNode fixes = null;
    for (Fix fix : f.fixes()) {
      if (fix.edits().isEmpty()) continue; // SARIF needs at least one artifact change
      if (fixes == null) fixes = node.putArray("fixes");
      fixes.add(fix(fix, uris));
    }

    String hash = lineHash(f.location(), texts, lineHashes);
    if (hash != null) node.putObject("partialFingerprints").put("primaryLocationLineHash", hash);

    ObjectNode props = SarifJson.NODES.objectNode();
    for (Map.Entry<String, String> e : f.properties().entrySet())
      props.put(e.getKey(), e.getValue());
    ArrayNode engines = props.putArray("engines");
    f.engines().forEach(engines::add);
    props.put("precision", f.precision().sarifName());
    node.set("properties", props);

    if (f.baselineState() != null) node.put("baselineState", f.baselineState());
    if (f.suppressed() && includeSuppressed)
      node.putArray("suppressions").add(suppression(f.suppression(), uris));
    return node;
  }

  private static ObjectNode fix(Fix fix, Uris uris) {
    ObjectNode node = SarifJson.NODES.objectNode();
    if (fix.description() != null && !fix.description().isBlank()) {
      node.putObject("description").put("text", fix.description());
    }
    Map<String, List<TextEdit>> byFile = new LinkedHashMap<>();
    for (TextEdit edit : fix.edits())
      byFile.computeIfAbsent(edit.region().path(), k -> new ArrayList<>()).add(edit);
    ArrayNode changes = node.putArray("artifactChanges");
    for (Map.Entry<String, List<TextEdit>> file : byFile.entrySet()) {
      ObjectNode change = changes.addObject();
      change.set("artifactLocation", artifactLocation(file.getKey(), uris));
      ArrayNode replacements = change.putArray("replacements");
      for (TextEdit edit : file.getValue()) {
        ObjectNode replacement = replacements.addObject();
        replacement.set("deletedRegion", region(edit.region()));
        replacement.putObject("insertedContent").put("text", edit.replacement());
      }
    }
    return node;
  }

  /**
   * Findings suppressed in source are left out of the upload; findings that only the baseline
   * accepts stay in, marked {@code baselineState: unchanged}, so the file still shows every known
   * problem.
   */
  private static boolean suppressedInSource(Finding f) {
    return f.suppressed() && !"external".equals(f.suppression().kind());
  }

  private static ObjectNode suppression(Suppression s, Uris uris) {
    ObjectNode node = SarifJson.NODES.objectNode();
    node.put("kind", "external".equals(s.kind()) ? "external" : "inSource");
    node.put("status", "accepted");
    if (s.justification() != null && !s.justification().isBlank())
      node.put("justification", s.justification());
    if (s.where() != null)
      node.putObject("location").set("physicalLocation", physicalLocation(s.where(), uris));
    return node;
  }

  private static ObjectNode notification(Notification n, Uris uris) {
    ObjectNode node = SarifJson.NODES.objectNode();
    node.put("level", n.level().sarifLevel());
    node.putObject("message").put("text", n.message());
    if (n.location() != null) {
      node.putArray("locations")
          .addObject()
          .set("physicalLocation", physicalLocation(n.location(), uris));
    }
    if (n.source() != null && !n.source().isBlank())
      node.putObject("descriptor").put("id", n.source());
    return node;
  }

  /**
   * A result location. GitHub requires {@code region.startLine} on every result location (the
   * multitool's GH1003), so a whole-file finding points at line 1, the line its hash is taken at.
   */
  static ObjectNode resultLocation(Location location, Uris uris) {
    return physicalLocation(
        location.startLine() > 0 ? location : Location.line(location.path(), 1), uris);
  }

  /** A location as it is; without a line, only the file. */
  static ObjectNode physicalLocation(Location location, Uris uris) {
    ObjectNode node = SarifJson.NODES.objectNode();
    node.set("artifactLocation", artifactLocation(location.path(), uris));
    if (location.startLine() > 0) node.set("region", region(location));
    return node;
  }

  private static ObjectNode artifactLocation(String path, Uris uris) {
    ObjectNode node = SarifJson.NODES.objectNode();
    String relative = uris.sourceRootRelative(path);
    if (isAbsolute(relative)) {
      // A file outside the scan root (a path given on the command line, a jar in the local Maven
      // repository): an absolute file URI, which GitHub and SARIF viewers accept; a relative
      // reference
      // under %SRCROOT% would be an invalid URI.
      String slashed = relative.replace('\\', '/');
      node.put("uri", "file://" + (slashed.startsWith("/") ? "" : "/") + uriReference(slashed));
      return node;
    }
    node.put("uri", uriReference(relative));
    node.put("uriBaseId", SRCROOT);
    return node;
  }

  private static boolean isAbsolute(String path) {
    return path.startsWith("/")
        || path.startsWith("\\")
        || path.length() > 2
            && Character.isLetter(path.charAt(0))
            && path.charAt(1) == ':'
            && (path.charAt(2) == '/' || path.charAt(2) == '\\');
  }

  /**
   * Finding paths (relative to the scan root) as paths relative to the source root: GitHub's upload
   * action and code scanning resolve a relative URI against the repository checkout and ignore
   * {@code uriBaseId}, so a project in a subdirectory must have its URIs prefixed with that
   * directory.
   */
  record Uris(Path root, Path sourceRoot) {
    Uris {
      root = root.toAbsolutePath().normalize();
      sourceRoot = sourceRoot.toAbsolutePath().normalize();
    }

    String sourceRootRelative(String path) {
      if (root.equals(sourceRoot) || path.isEmpty()) return path;
      Path file;
      try {
        file = root.resolve(path).normalize();
      } catch (InvalidPathException e) {
        return path;
      }
      // A path outside the source root (an absolute path to a jar, say) is left as it is.
      return file.startsWith(sourceRoot)
          ? sourceRoot.relativize(file).toString().replace('\\', '/')
          : path;
    }
  }

  /** Percent-encodes what a relative URI reference may not contain (spaces, %, #, ?, non-ASCII). */
  static String uriReference(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0;
      if (plain) out.append((char) c);
      else
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
    }
    return out.toString();
  }

  private static ObjectNode region(Location location) {
    ObjectNode node = SarifJson.NODES.objectNode();
    if (location.startLine() > 0) node.put("startLine", location.startLine());
    if (location.startColumn() > 0) node.put("startColumn", location.startColumn());
    if (location.endLine() > 0) node.put("endLine", location.endLine());
    if (location.endColumn() > 0) node.put("endColumn", location.endColumn());
    return node;
  }

  private static String lineHash(
      Location location, FileTexts texts, Map<String, Map<Integer, String>> cache) {
    Map<Integer, String> hashes =
        cache.computeIfAbsent(
            location.path(), p -> texts.text(p).map(LineHash::hashes).orElse(Map.of()));
    return hashes.get(Math.max(1, location.startLine()));
  }
}
