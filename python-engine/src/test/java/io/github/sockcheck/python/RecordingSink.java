package io.github.sockcheck.python;

import io.github.sockcheck.core.engine.CollectingSink;

/** Keeps every fact an engine reports, for assertions; builds the readers' {@link Facts} on it. */
final class RecordingSink extends CollectingSink {

  Facts facts(java.nio.file.Path root) {
    return new Facts(root, this);
  }
}
