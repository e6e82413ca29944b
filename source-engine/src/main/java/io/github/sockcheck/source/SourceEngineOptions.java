package io.github.sockcheck.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Settings of the source engine that the scan context does not carry.
 *
 * @param encoding the declared source encoding; bytes that are not valid in it are read as
 *     ISO-8859-1
 * @param maxFileBytes files larger than this are skipped with a notification (generated code, data)
 */
public record SourceEngineOptions(Charset encoding, long maxFileBytes) {

  public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024;

  public SourceEngineOptions {
    Objects.requireNonNull(encoding, "encoding");
    if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes must be positive");
  }

  public static SourceEngineOptions defaults() {
    return new SourceEngineOptions(StandardCharsets.UTF_8, DEFAULT_MAX_FILE_BYTES);
  }
}
