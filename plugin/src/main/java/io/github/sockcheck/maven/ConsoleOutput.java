package io.github.sockcheck.maven;

import io.github.sockcheck.core.report.ConsoleLine;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints findings through Maven's log, so errors appear as {@code [ERROR] /abs/File.java:[12,5]
 * ...} (IntelliJ links those).
 */
final class ConsoleOutput {

  private final Log log;

  ConsoleOutput(Log log) {
    this.log = log;
  }

  void print(List<ConsoleLine> lines, List<String> summary) {
    for (ConsoleLine line : lines) {
      switch (line.level()) {
        case ERROR -> log.error(line.text());
        case WARNING -> log.warn(line.text());
        default -> log.info(line.text());
      }
    }
    summary.forEach(log::info);
  }
}
