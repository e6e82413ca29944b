package io.github.sockcheck.scan;

import io.github.sockcheck.core.facts.RuntimeFact;
import java.util.List;
import java.util.Optional;

/** The target runtime versions a scan knows: the request's Java release, else what the engines reported. */
final class Runtimes {

  private final Integer javaRelease;
  private final List<RuntimeFact> facts;

  Runtimes(Integer javaRelease, List<RuntimeFact> facts) {
    this.javaRelease = javaRelease;
    this.facts = facts;
  }

  /** "java" → {@code 17}, "python" → {@code 3.11}; empty when no exact version is known. */
  Optional<String> version(String runtime) {
    if ("java".equals(runtime) && javaRelease != null) return Optional.of(javaRelease.toString());
    return facts.stream()
        .filter(f -> runtime.equals(f.runtime()) && f.version() != null && !f.version().isBlank())
        .map(RuntimeFact::version)
        .sorted()
        .findFirst();
  }

  List<RuntimeFact> facts() {
    return facts;
  }
}
