package io.github.sockcheck.core.fix;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * What quick fixes need from a language: find a reported call in a file's text again, add imports,
 * and say whether a text parses. Each engine module that knows a language implements it (Java with
 * JavaParser, Python with the engine's tokenizer); the scan picks one by file name.
 */
public interface SourceEditor {

  /** True for the files this editor knows (by repository-relative path). */
  boolean handles(String path);

  /**
   * The call of {@code member} ({@code <init>} for constructors) that a finding at {@code at}
   * reports: the one starting exactly there, or, when {@code at} has no column (bytecode), the only
   * such call on that line. Empty when the text does not parse or the call is not found with
   * certainty.
   */
  Optional<CallText> call(String text, Location at, String member);

  /**
   * The edits that make the simple names of {@code types} refer to them; an empty list when they
   * already do; empty when they cannot (another type of that name is in scope, or the language has
   * no imports to add this way).
   */
  Optional<List<TextEdit>> imports(String path, String text, List<String> types);

  /** True when {@code text} parses (a fix never touches, nor produces, a file that does not). */
  boolean parses(String text);
}
