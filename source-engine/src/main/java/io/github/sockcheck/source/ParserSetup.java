package io.github.sockcheck.source;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;

/**
 * The lean JavaParser configuration: newest language level, no comment attribution, no lexical
 * preservation. Tokens stay on: in JavaParser 3.28 node ranges are derived from the token list, and
 * {@code setStoreTokens(false)} leaves every node without a position.
 */
final class ParserSetup {

  /** The newest language level JavaParser 3.28 knows; records, sealed types, patterns, text blocks parse. */
  static final LanguageLevel LEVEL = LanguageLevel.JAVA_25;

  private ParserSetup() {}

  static ParserConfiguration lean() {
    return new ParserConfiguration()
        .setLanguageLevel(LEVEL)
        .setStoreTokens(true)
        .setAttributeComments(false)
        .setLexicalPreservationEnabled(false)
        .setDetectOriginalLineSeparator(false);
  }

  /**
   * For files the type solver parses to learn declarations: no tokens, so no positions (resolution never
   * reads them; only the scanned file's call sites need locations), which roughly halves the parse.
   */
  static ParserConfiguration declarationsOnly() {
    return lean().setStoreTokens(false);
  }
}
