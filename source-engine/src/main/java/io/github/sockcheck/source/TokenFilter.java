package io.github.sockcheck.source;

import java.util.Collection;
import java.util.List;

/**
 * The text pre-filter: a file that mentions none of the rule pack's Java tokens cannot hold a call any
 * rule looks at, so it is never parsed. {@link String#indexOf(String)} is intrinsified by HotSpot and a
 * rule pack has tens of tokens, so one pass per token beats building an automaton.
 */
final class TokenFilter {

  private final List<String> tokens;

  TokenFilter(Collection<String> tokens) {
    // Longest first is irrelevant for "any"; sort for a stable order only.
    this.tokens = tokens.stream().filter(t -> !t.isEmpty() && !t.equals("*")).sorted().toList();
  }

  boolean isEmpty() {
    return tokens.isEmpty();
  }

  /** True when {@code text} contains at least one token as a whole identifier. */
  boolean mentionsAny(String text) {
    for (String token : tokens) {
      int from = 0;
      while (true) {
        int at = text.indexOf(token, from);
        if (at < 0) break;
        int end = at + token.length();
        boolean startOk = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
        boolean endOk = end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
        if (startOk && endOk) return true;
        from = at + 1;
      }
    }
    return false;
  }
}
