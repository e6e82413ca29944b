package io.github.sockcheck.core.engine;

/**
 * One analysis front end. An engine never throws for a bad input file: it reports a {@link
 * io.github.sockcheck.core.findings.Notification} and goes on.
 */
public interface Engine {

  /** An {@link EngineId#id()}: the value rules list in {@code engines}. */
  String id();

  void run(ScanContext context, EngineSink sink) throws InterruptedException;
}
