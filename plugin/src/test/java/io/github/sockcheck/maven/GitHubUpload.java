package io.github.sockcheck.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.core.report.LineHash;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The checks GitHub's {@code upload-sarif} action (github/codeql-action v4, {@code
 * src/upload-lib.ts}, {@code src/analyses.ts}, {@code src/sarif/index.ts}, {@code
 * src/fingerprints.ts} at v4.36.2) applies before it sends a file, for the plugin's integration
 * tests (their {@code verify.groovy} scripts use it). One instance is one workflow job; each {@link
 * #upload} call is one upload step. Where the action only warns (a fingerprint that differs from
 * its own), this fails: for sockcheck that is a defect. {@code scripts/github-upload-offline.js}
 * runs the action's own code on the same files.
 */
public final class GitHubUpload {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path checkout;
  private final FileTexts texts;

  /** validateUniqueCategory's sentinels: one per tool and category uploaded in this job. */
  private final Set<String> uploadedCategories = new HashSet<>();

  /**
   * @param checkout the repository root, as the action's {@code checkout_path} input
   */
  public GitHubUpload(Path checkout) {
    this.checkout = checkout.toAbsolutePath().normalize();
    this.texts = new FileTexts(this.checkout);
  }

  /** A run as the action uploads it. */
  public record Run(String tool, String automationId, List<Result> results) {}

  /** A result: its rule, the URI, start line and {@code primaryLocationLineHash} from the file. */
  public record Result(String ruleId, String uri, int line, String lineHash) {}

  /**
   * One upload step: {@code sarif_file} (a file, or a directory searched for code scanning SARIF
   * files) with the {@code category} input (null when not given). Returns the runs as they would be
   * uploaded.
   *
   * @throws IllegalStateException with the action's reason when the action would fail
   */
  public List<Run> upload(Path sarifFile, String category) throws IOException {
    List<Path> files =
        Files.isDirectory(sarifFile) ? codeScanningFiles(sarifFile) : List.of(sarifFile);
    if (files.isEmpty())
      throw new IllegalStateException("No SARIF files found to upload in \"" + sarifFile + "\".");
    List<JsonNode> runs = new ArrayList<>();
    for (Path file : files) JSON.readTree(file.toFile()).path("runs").forEach(runs::add);
    requireUniqueRuns(runs);

    List<Run> uploaded = new ArrayList<>();
    Set<String> thisStep = new HashSet<>();
    for (JsonNode run : runs) {
      String tool = run.at("/tool/driver/name").textValue();
      // populateRunAutomationDetails: the category input only fills a missing automationDetails.
      String id =
          run.has("automationDetails")
              ? run.at("/automationDetails/id").textValue()
              : category == null ? null : category.endsWith("/") ? category : category + "/";
      thisStep.add(sanitize(id) + "_" + sanitize(tool));
      List<Result> results = new ArrayList<>();
      for (JsonNode result : run.path("results")) results.add(checkedResult(result));
      uploaded.add(new Run(tool, id, results));
    }
    // validateUniqueCategory: a second upload of one tool and category in the same job aborts.
    for (String key : thisStep) {
      if (!uploadedCategories.add(key)) {
        throw new IllegalStateException(
            "Aborting upload: only one run of the codeql/analyze or codeql/upload-sarif"
                + " actions is allowed per job per tool/category ("
                + key
                + ")");
      }
    }
    return uploaded;
  }

  /**
   * getGroupedSarifFilePaths: every file below the directory whose extension is {@code .sarif},
   * without following symbolic links, less those of the code quality and risk assessment kinds.
   */
  static List<Path> codeScanningFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".sarif")
                    && !name.endsWith(".quality.sarif")
                    && !name.endsWith(".csra.sarif");
              })
          .sorted()
          .toList();
    }
  }

  /**
   * areAllRunsUnique / throwIfCombineSarifFilesDisabled: since July 2025 two runs with the same
   * tool (name, full name, version, semantic version, guid) and automation id are refused.
   */
  private static void requireUniqueRuns(List<JsonNode> runs) {
    Set<List<String>> keys = new HashSet<>();
    for (JsonNode run : runs) {
      JsonNode driver = run.path("tool").path("driver");
      List<String> key = new ArrayList<>();
      for (String field : List.of("name", "fullName", "version", "semanticVersion", "guid")) {
        key.add(String.valueOf(driver.path(field).textValue()));
      }
      key.add(String.valueOf(run.at("/automationDetails/id").textValue()));
      if (!keys.add(key)) {
        throw new IllegalStateException(
            "The CodeQL Action does not support uploading multiple SARIF runs with the"
                + " same category. Please update your workflow to upload a single run per category. Run: "
                + key);
      }
    }
  }

  /**
   * resolveUriToFile + hash: a relative URI is taken relative to the checkout ({@code uriBaseId} is
   * ignored); the file there, hashed, must give the hash the result carries.
   */
  private Result checkedResult(JsonNode result) {
    JsonNode location = result.at("/locations/0/physicalLocation");
    String uri = location.at("/artifactLocation/uri").asText();
    int line = location.at("/region/startLine").asInt(1);
    String hash = result.at("/partialFingerprints/primaryLocationLineHash").textValue();
    String path = URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (path.startsWith("file://")) path = path.substring("file://".length());
    Optional<String> text =
        path.startsWith("/")
            ? (path.startsWith(checkout + "/")
                ? texts.text(checkout.relativize(Path.of(path)).toString())
                : Optional.empty())
            : texts.text(path);
    if (text.isEmpty()) {
      throw new IllegalStateException(
          "URI " + uri + " does not resolve to a file in the checkout " + checkout);
    }
    String computed = LineHash.hashes(text.get()).get(line);
    if (hash != null && !hash.equals(computed)) {
      throw new IllegalStateException(
          "Calculated fingerprint of "
              + computed
              + " for file "
              + uri
              + " line "
              + line
              + ", but found existing inconsistent fingerprint value "
              + hash);
    }
    return new Result(result.path("ruleId").asText(), uri, line, hash != null ? hash : computed);
  }

  /** upload-lib.ts sanitize: the environment variable name part of a tool or category. */
  private static String sanitize(String text) {
    return (text == null ? "_" : text)
        .replaceAll("[^a-zA-Z0-9_]", "_")
        .toUpperCase(java.util.Locale.ROOT);
  }
}
