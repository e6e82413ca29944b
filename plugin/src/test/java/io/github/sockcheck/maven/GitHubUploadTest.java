package io.github.sockcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.report.LineHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload checks the ITs rely on must be able to fail. */
class GitHubUploadTest {

  @TempDir Path repo;

  private Path sarif(String relative, String automationId, String uri, String hash)
      throws Exception {
    String details =
        automationId == null ? "" : "\"automationDetails\":{\"id\":\"" + automationId + "\"},";
    String fingerprint =
        hash == null
            ? ""
            : ",\"partialFingerprints\":{\"primaryLocationLineHash\":\"" + hash + "\"}";
    Path file = repo.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"sockcheck\",\"version\":\"1\"}},"
            + details
            + "\"results\":[{\"ruleId\":\"r\",\"message\":{\"text\":\"m\"},\"locations\":[{\"physicalLocation\":"
            + "{\"artifactLocation\":{\"uri\":\""
            + uri
            + "\"},\"region\":{\"startLine\":2}}}]"
            + fingerprint
            + "}]}]}");
    return file;
  }

  private String source() throws Exception {
    Path file = repo.resolve("services/gateway/src/A.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "class A {\n  void f() {}\n}\n");
    return LineHash.hashes(Files.readString(file)).get(2);
  }

  @Test
  void aDirectoryWithTwoRunsOfOneToolAndCategoryIsRefused() throws Exception {
    String hash = source();
    sarif("services/gateway/target/sockcheck.sarif", null, "services/gateway/src/A.java", hash);
    sarif("services/gateway/api/target/sockcheck.sarif", null, "services/gateway/src/A.java", hash);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new GitHubUpload(repo).upload(repo.resolve("services"), "gateway"));
    assertTrue(
        e.getMessage().contains("multiple SARIF runs with the same category"), e.getMessage());
  }

  @Test
  void onlyCodeScanningSarifFilesAreCollectedAndTheCategoryFillsAMissingId() throws Exception {
    String hash = source();
    sarif("services/gateway/target/sockcheck.sarif", null, "services/gateway/src/A.java", hash);
    sarif("services/gateway/api/target/sockcheck-module.sarif.json", null, "x", null);
    sarif("services/gateway/api/target/x.quality.sarif", null, "x", null);
    sarif(
        "services/billing/target/sockcheck.sarif", "billing/", "services/gateway/src/A.java", null);
    List<GitHubUpload.Run> runs =
        new GitHubUpload(repo).upload(repo.resolve("services"), "gateway");
    assertEquals(
        List.of("billing/", "gateway/"),
        runs.stream().map(GitHubUpload.Run::automationId).toList());
    assertEquals(hash, runs.get(1).results().get(0).lineHash());
  }

  @Test
  void aSecondUploadOfOneCategoryInTheSameJobAborts() throws Exception {
    String hash = source();
    Path file =
        sarif("services/gateway/target/sockcheck.sarif", null, "services/gateway/src/A.java", hash);
    GitHubUpload job = new GitHubUpload(repo);
    job.upload(file, "gateway");
    job.upload(file, "billing");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> job.upload(file, "gateway/"));
    assertTrue(e.getMessage().startsWith("Aborting upload"), e.getMessage());
  }

  @Test
  void aUriThatIsNotRepositoryRelativeOrAWrongHashFails() throws Exception {
    String hash = source();
    Path moduleRelative = sarif("a.sarif", null, "src/A.java", hash);
    assertThrows(
        IllegalStateException.class, () -> new GitHubUpload(repo).upload(moduleRelative, null));
    Path wrongHash = sarif("b.sarif", null, "services/gateway/src/A.java", "0:1");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new GitHubUpload(repo).upload(wrongHash, null));
    assertTrue(e.getMessage().contains("inconsistent fingerprint"), e.getMessage());
  }
}
