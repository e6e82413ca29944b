package io.github.sockcheck.core.findings;

import java.util.List;

/** A suggested fix: a description and, where it can be computed, the edits that make it. */
public record Fix(String description, List<TextEdit> edits) {
  public Fix {
    edits = List.copyOf(edits);
  }
}
