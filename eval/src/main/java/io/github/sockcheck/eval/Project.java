package io.github.sockcheck.eval;

import java.util.List;
import java.util.Set;

/**
 * One tree of the corpus: a Maven artifact (sources jar for the source engine, binary jar of the
 * same version for the bytecode engine) or a GitHub repository at a commit (source engine only).
 *
 * @param id the key sites refer to
 * @param codebase the code base it belongs to (versions and modules of one code base count once)
 * @param maven {@code groupId:artifactId:version}, or null
 * @param github {@code owner/name}, or null
 * @param commit the GitHub commit, or null
 * @param scan paths inside the tree to scan; empty means the whole tree
 * @param classpath extra Maven coordinates for the class path
 */
public record Project(
    String id,
    String codebase,
    String title,
    String maven,
    String github,
    String commit,
    List<String> scan,
    List<String> classpath) {

  public Project {
    scan = List.copyOf(scan);
    classpath = List.copyOf(classpath);
  }

  public boolean isMaven() {
    return maven != null;
  }

  /**
   * The engines that can score this project: a GitHub tree has no binary to give the bytecode
   * engine.
   */
  public Set<String> engines() {
    return isMaven() ? Set.of(Engines.SOURCE, Engines.BYTECODE) : Set.of(Engines.SOURCE);
  }

  /**
   * What a materialised tree was built from; eval/rebuild writes it next to the tree, so a tree
   * built for other coordinates, scan paths or class path is rebuilt rather than scored.
   */
  public String stamp() {
    return origin() + "|" + String.join(",", scan) + "|" + String.join(",", classpath);
  }

  /** Where the tree comes from, as the README and the reports print it. */
  public String origin() {
    return isMaven() ? maven : github + "@" + commit;
  }
}
