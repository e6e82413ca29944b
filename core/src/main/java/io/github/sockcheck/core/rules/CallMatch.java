package io.github.sockcheck.core.rules;

import java.util.List;

/** What a call rule matches: any of {@code calls}, when {@code where} holds (null: always). */
public record CallMatch(List<CallPattern> calls, Condition where) {
  public CallMatch {
    calls = List.copyOf(calls);
  }
}
