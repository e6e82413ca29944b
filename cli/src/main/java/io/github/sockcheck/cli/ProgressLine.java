package io.github.sockcheck.cli;

import io.github.sockcheck.scan.ProgressListener;
import java.io.PrintStream;

/** A single, overwritten progress line on a terminal's standard error, at most every 200 ms. */
final class ProgressLine implements ProgressListener {

  private final PrintStream err;
  private long lastPrint;
  private boolean printed;

  ProgressLine(PrintStream err) {
    this.err = err;
  }

  @Override
  public synchronized void progress(String engine, int done, int total) {
    long now = System.nanoTime();
    if (printed && now - lastPrint < 200_000_000L && done < total) return;
    lastPrint = now;
    printed = true;
    err.print("\rsockcheck: " + engine + " " + done + "/" + total + "        ");
    err.flush();
  }

  synchronized void clear() {
    if (!printed) return;
    err.print("\r" + " ".repeat(60) + "\r");
    err.flush();
  }
}
