package io.github.sockcheck.scan;

/**
 * Told how far each engine got; called from engine worker threads, so implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (engine, done, total) -> {};

  /** {@code done} of {@code total} files of {@code engine} are analysed. */
  void progress(String engine, int done, int total);
}
