package io.github.sockcheck.core.engine;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Notification;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an engine extracted from one input file, as a {@link FactCache} keeps it between scans.
 *
 * @param contentHash hash of the file's bytes when it was analysed
 * @param provides the name other files can reach this one by (for Java sources {@code package.FileStem}),
 *     or "" when none
 * @param dependsOn names the analysis looked up in other files; an entry whose dependency another, changed
 *     file provides must be extracted again (the engine decides how names match)
 * @param callSites the call sites found in the file
 * @param notifications the problems reported for the file
 */
public record CachedFile(
    String contentHash,
    String provides,
    Set<String> dependsOn,
    List<CallSite> callSites,
    List<Notification> notifications) {

  public CachedFile {
    Objects.requireNonNull(contentHash, "contentHash");
    provides = provides == null ? "" : provides;
    dependsOn = Set.copyOf(dependsOn);
    callSites = List.copyOf(callSites);
    notifications = List.copyOf(notifications);
  }
}
