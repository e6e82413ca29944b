package io.github.sockcheck.python.manifest;

import java.util.List;

/**
 * One PEP 508 requirement: {@code name[extras] specifier ; marker}.
 *
 * @param name the normalized project name
 * @param extras requested extras, as written
 * @param specifier the specifier set as written (normalized spacing), "" for any version
 * @param marker the environment marker text, null when none
 * @param url the direct reference ({@code name @ url}), null when none
 * @param nameStart 0-based offset of the name in the parsed text
 * @param end 0-based offset after the last character that belongs to the requirement
 */
public record Requirement(
    String name,
    List<String> extras,
    String specifier,
    String marker,
    String url,
    int nameStart,
    int end) {

  public Requirement {
    extras = List.copyOf(extras);
  }

  /**
   * The pinned version when the specifier is a single {@code ==V} (no wildcard) or {@code ===V},
   * else null.
   */
  public String pinnedVersion() {
    String s = specifier.strip();
    if (s.contains(",")) return null;
    if (s.startsWith("===")) return s.substring(3).strip();
    if (s.startsWith("==") && !s.endsWith(".*")) return s.substring(2).strip();
    return null;
  }
}
