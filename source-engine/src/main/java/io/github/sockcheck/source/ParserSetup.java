package io.github.sockcheck.source;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java25PostProcessor;
import java.util.List;
import java.util.function.Supplier;

/**
 * The lean JavaParser configuration: newest language level, no comment attribution, no lexical
 * preservation. Tokens stay on: in JavaParser 3.28 node ranges are derived from the token list, and
 * {@code setStoreTokens(false)} leaves every node without a position. No language-level validation
 * (see {@link #withoutValidation}).
 */
final class ParserSetup {

  /**
   * The newest language level JavaParser 3.28 knows; records, sealed types, patterns, text blocks
   * parse.
   */
  static final LanguageLevel LEVEL = LanguageLevel.JAVA_25;

  private ParserSetup() {}

  /**
   * JavaParser's processor that post-processes and then validates every tree for the language
   * level.
   */
  private static final String LEVEL_PROCESSOR = ParserConfiguration.class.getName() + "$2";

  static ParserConfiguration lean() {
    return withoutValidation(
        new ParserConfiguration()
            .setLanguageLevel(LEVEL)
            .setStoreTokens(true)
            .setAttributeComments(false)
            .setLexicalPreservationEnabled(false)
            .setDetectOriginalLineSeparator(false));
  }

  /**
   * Keeps the language level's post-processing ({@code var} becomes a {@code VarType}) but drops
   * its validation: a second walk over every tree that only reports code javac would reject, about
   * a fifth of a cold source scan's CPU time in the profile (bench/README.md). The scanned code
   * compiles; a file that does not is still parsed as far as the grammar allows.
   */
  static ParserConfiguration withoutValidation(ParserConfiguration config) {
    List<Supplier<Processor>> processors = config.getProcessors();
    for (int i = 0; i < processors.size(); i++) {
      if (processors.get(i).get().getClass().getName().equals(LEVEL_PROCESSOR)) {
        processors.set(i, PostProcessOnly::new);
        return config;
      }
    }
    throw new IllegalStateException(
        "JavaParser's language-level processor "
            + LEVEL_PROCESSOR
            + " is gone: update ParserSetup for this JavaParser version");
  }

  /**
   * The post-processing of {@link #LEVEL} without its validator; a file's package and import names
   * then keep their text ({@link FixedNames}).
   */
  private static final class PostProcessOnly extends Processor {
    private final Java25PostProcessor level = new Java25PostProcessor();

    @Override
    public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
      level.postProcess(result, configuration);
      result
          .getResult()
          .filter(CompilationUnit.class::isInstance)
          .ifPresent(unit -> FixedNames.install((CompilationUnit) unit));
    }
  }

  /**
   * For files the type solver parses to learn declarations: no tokens, so no positions (resolution
   * never reads them; only the scanned file's call sites need locations), which roughly halves the
   * parse.
   */
  static ParserConfiguration declarationsOnly() {
    return lean().setStoreTokens(false);
  }
}
