package io.github.sockcheck.source;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.index.CallPatternIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses one file and extracts the local flow facts of its classes; reports instead of throwing.
 */
final class FileAnalyzer {

  /**
   * The outcome of one file: its classes' facts, what went wrong, and the type names its analysis
   * looked up.
   */
  record Result(
      List<ClassFacts> classes,
      List<Notification> notifications,
      boolean broken,
      Set<String> lookedUp) {}

  private final ThreadResolver resolver;
  private final ClassFileConstants classFiles;
  private final CallPatternIndex index;
  private final Set<String> resolveMembers;

  /**
   * @param resolveMembers members resolved with the solver though no rule names them (flow-model
   *     pass-throughs)
   */
  FileAnalyzer(
      ThreadResolver resolver,
      ClassFileConstants classFiles,
      CallPatternIndex index,
      Set<String> resolveMembers) {
    this.resolver = resolver;
    this.classFiles = classFiles;
    this.index = index;
    this.resolveMembers = resolveMembers;
  }

  /**
   * @param path repository-relative path for locations
   * @return {@code broken} true when the parser/solver state may be unusable (stack overflow)
   */
  Result analyze(String path, String text) {
    List<Notification> notes = new ArrayList<>();
    resolver.solver.startRecording();
    try {
      ParseResult<CompilationUnit> parsed = resolver.parser.parse(text);
      if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
        notes.add(parseProblem(path, parsed.getProblems()));
        return new Result(List.of(), notes, false, Set.of());
      }
      CompilationUnit unit = parsed.getResult().get();
      FileScope scope = new FileScope(unit, path, new LineIndex(text), resolver.solver, classFiles);
      CallResolver calls = new CallResolver(scope, resolver.solver);
      ValueAnalyzer values = new ValueAnalyzer(scope, classFiles, calls);
      List<ClassFacts> classes =
          new ClassFactsExtractor(scope, calls, values, index, resolveMembers).extract();
      return new Result(classes, notes, false, Set.copyOf(resolver.solver.recorded()));
    } catch (StackOverflowError e) {
      notes.add(
          Notification.error(
              SourceEngine.ID,
              Location.file(path),
              path + ": nesting too deep to analyse (stack overflow); file skipped"));
      return new Result(List.of(), notes, true, Set.of());
    } catch (RuntimeException | AssertionError | LinkageError e) {
      notes.add(
          Notification.error(
              SourceEngine.ID,
              Location.file(path),
              path + ": internal error while analysing: " + e));
      return new Result(List.of(), notes, true, Set.of());
    }
  }

  private static final java.util.regex.Pattern LEXICAL_POSITION =
      java.util.regex.Pattern.compile("at line (\\d+), column (\\d+)");

  private static Notification parseProblem(String path, List<Problem> problems) {
    if (problems.isEmpty()) {
      return Notification.error(SourceEngine.ID, Location.file(path), path + ": cannot parse");
    }
    Problem first = problems.get(0);
    int line = 0;
    int column = 0;
    if (first.getLocation().isPresent()) {
      var begin = first.getLocation().get().getBegin().getRange();
      if (begin.isPresent()) {
        line = begin.get().begin.line;
        column = begin.get().begin.column;
      }
    }
    String message = first.getMessage();
    if (line == 0) { // lexical errors carry their position only in the text
      java.util.regex.Matcher at = LEXICAL_POSITION.matcher(message);
      if (at.find()) {
        line = Integer.parseInt(at.group(1));
        column = Integer.parseInt(at.group(2));
      }
    }
    int newline = message.indexOf('\n');
    if (newline > 0) message = message.substring(0, newline);
    if (message.length() > 300) message = message.substring(0, 300) + "...";
    if (problems.size() > 1) message += " (and " + (problems.size() - 1) + " more problems)";
    Location location = line > 0 ? new Location(path, line, column, line, 0) : Location.file(path);
    String position = line > 0 ? ":" + line + ":" + column : "";
    return Notification.error(
        SourceEngine.ID, location, path + position + ": cannot parse: " + message.strip());
  }
}
