package io.github.sockcheck.core.engine;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.TypeRef;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an engine extracted from one input file, as a {@link FactCache} keeps it between scans.
 *
 * @param contentHash hash of the file's bytes when it was analysed
 * @param provides the name other files can reach this one by (for Java sources {@code
 *     package.FileStem}), or "" when none
 * @param dependsOn names the analysis looked up in other files; an entry whose dependency another,
 *     changed file provides must be extracted again (the engine decides how names match)
 * @param callSites the call sites found in the file (engines that match per file)
 * @param notifications the problems reported for the file
 * @param classFacts the local value-flow facts of the file's classes (Java engines)
 * @param candidate the pre-filter kept the file for the first analysis round
 * @param analysed the file was parsed (in any round), so {@code classFacts} are its facts
 * @param typeRefs the type references found (engines that keep results, not flow facts: the
 *     bytecode engine), replayed so that {@code type} code uses hold on a cached run too
 */
public record CachedFile(
    String contentHash,
    String provides,
    Set<String> dependsOn,
    List<CallSite> callSites,
    List<Notification> notifications,
    List<ClassFacts> classFacts,
    boolean candidate,
    boolean analysed,
    List<TypeRef> typeRefs) {

  public CachedFile {
    Objects.requireNonNull(contentHash, "contentHash");
    provides = provides == null ? "" : provides;
    dependsOn = Set.copyOf(dependsOn);
    callSites = List.copyOf(callSites);
    notifications = List.copyOf(notifications);
    classFacts = List.copyOf(classFacts);
    typeRefs = List.copyOf(typeRefs);
  }

  /** An entry of an engine that keeps call sites, not flow facts. */
  public CachedFile(
      String contentHash,
      String provides,
      Set<String> dependsOn,
      List<CallSite> callSites,
      List<Notification> notifications) {
    this(
        contentHash,
        provides,
        dependsOn,
        callSites,
        notifications,
        List.of(),
        false,
        false,
        List.of());
  }
}
