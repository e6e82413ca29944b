package io.github.sockcheck.maven;

import io.github.sockcheck.scan.ProgressListener;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs "files done / total" for long scans, at most every few seconds so the log stays readable.
 */
final class ProgressLogger implements ProgressListener {

  private static final long INTERVAL_NANOS = 5_000_000_000L;
  private final Log log;
  private long lastLogged = System.nanoTime();

  ProgressLogger(Log log) {
    this.log = log;
  }

  @Override
  public synchronized void progress(String engine, int done, int total) {
    long now = System.nanoTime();
    if (now - lastLogged >= INTERVAL_NANOS && done < total) {
      lastLogged = now;
      log.info("sockcheck " + engine + ": " + done + " / " + total + " files");
    }
  }
}
