package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule's evidence can be followed: each entry is an https link to the kind of place
 * we cite (a GitHub issue, pull request, commit or file; a JDK or Python bug; a manual page) and
 * says in its summary what that source shows.
 */
class RuleEvidenceTest {

  /** Hosts we cite; anything else needs a conscious decision (add it here). */
  static final Set<String> HOSTS =
      Set.of(
          "github.com",
          "bugs.openjdk.org",
          "bugs.java.com",
          "bugs.python.org",
          "docs.python.org",
          "man7.org",
          "www.freedesktop.org",
          "docs.oracle.com",
          "mail.openjdk.org");

  /** GitHub links point at an issue, pull request, commit, file or release of a repository. */
  static final Pattern GITHUB_PATH =
      Pattern.compile(
          "/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/(issues/\\d+|pull/\\d+|commit/[0-9a-f]{7,40}|blob/[^\\s]+|tree/[^\\s]+|releases/tag/[^\\s]+)");

  static final int MIN_SUMMARY = 20;

  /** What is wrong with one rule's evidence; empty when every entry can be followed. */
  static List<String> problems(String ruleId, List<Evidence> evidence) {
    List<String> out = new ArrayList<>();
    if (evidence.isEmpty()) out.add(ruleId + ": no evidence");
    Set<String> seen = new HashSet<>();
    for (Evidence e : evidence) {
      String where = ruleId + ": " + e.url();
      if (!seen.add(e.url())) out.add(where + ": cited twice");
      URI uri;
      try {
        uri = new URI(e.url());
      } catch (URISyntaxException ex) {
        out.add(where + ": not a URL (" + ex.getMessage() + ")");
        continue;
      }
      if (!"https".equals(uri.getScheme())) out.add(where + ": not an https link");
      if (uri.getHost() == null || !HOSTS.contains(uri.getHost()))
        out.add(where + ": host not among " + HOSTS);
      if ("github.com".equals(uri.getHost())
          && !GITHUB_PATH.matcher(String.valueOf(uri.getPath())).matches()) {
        out.add(
            where + ": a GitHub link must name an issue, pull request, commit, file or release");
      }
      String summary = e.summary() == null ? "" : e.summary().strip();
      if (summary.length() < MIN_SUMMARY)
        out.add(where + ": summary shorter than " + MIN_SUMMARY + " characters");
      if (summary.contains(e.url()))
        out.add(where + ": the summary repeats the URL instead of saying what it shows");
    }
    return out;
  }

  @Test
  void everyBuiltInRulesEvidenceCanBeFollowed() throws Exception {
    RulePack pack = new RuleLoader().loadBuiltIn();
    assertFalse(pack.rules().isEmpty());
    List<String> all = new ArrayList<>();
    for (Rule r : pack.rules()) all.addAll(problems(r.id(), r.evidence()));
    assertEquals(List.of(), all);
  }

  @Test
  void theCheckRejectsWhatAReviewerCouldNotFollow() {
    List<Evidence> bad =
        List.of(
            new Evidence("http://github.com/netty/netty/issues/1", "A plain http link to an issue"),
            new Evidence("https://example.com/post", "A page on a host we do not cite"),
            new Evidence("https://github.com/netty/netty", "A repository, not an issue or a file"),
            new Evidence("https://github.com/netty/netty/pull/2", "short"),
            new Evidence(
                "https://github.com/netty/netty/pull/2",
                "The same pull request cited a second time"));
    assertEquals(
        List.of(
            "r: http://github.com/netty/netty/issues/1: not an https link",
            "r: https://example.com/post: host not among " + HOSTS,
            "r: https://github.com/netty/netty: a GitHub link must name an issue, pull request, commit, file or release",
            "r: https://github.com/netty/netty/pull/2: summary shorter than 20 characters",
            "r: https://github.com/netty/netty/pull/2: cited twice"),
        problems("r", bad));
    assertEquals(List.of("r: no evidence"), problems("r", List.of()));
  }
}
