package io.github.sockcheck.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import io.github.sockcheck.core.io.FileContents;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The project's own types, found through an index built while the files were read: {@code
 * package.FileStem} → file. A name {@code a.b.C.D} is looked up as the file {@code a.b.C.D}, then
 * {@code a.b.C} (D nested), and so on — never by parsing whole directories, which JavaParser's own
 * source solver does on every miss and which dominated the engine's time and memory. Types declared
 * in a file of another name (secondary top-level classes) are not found; the engine then falls back
 * to names. Parsed files are kept in an LRU (512 per thread), so memory stays bounded however large
 * the project. One per worker thread (not thread-safe).
 */
final class SourceIndexTypeSolver implements TypeSolver {

  /**
   * Holds one thread's working set on the bench corpus (about 470 of 561 declaring files): at 256 a
   * fifth of the parses were of files evicted earlier (bench/README.md, issue 12, session 6).
   */
  private static final int PARSED_FILES_KEPT = 512;

  private final Map<String, Path> files;
  private JavaParser parser = new JavaParser(ParserSetup.declarationsOnly());
  private final Charset encoding;
  private final Map<Path, Optional<CompilationUnit>> parsed =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Optional<CompilationUnit>> eldest) {
          return size() > PARSED_FILES_KEPT;
        }
      };
  private TypeSolver parent;

  /**
   * @param files {@code package.FileStem} → file (shared, read-only)
   */
  private final FileContents contents;

  SourceIndexTypeSolver(Map<String, Path> files, Charset encoding, FileContents contents) {
    this.contents = contents;
    this.files = files;
    this.encoding = encoding;
  }

  /** Files parsed from now on resolve their own names with {@code resolver} (the root solver's). */
  void setParserResolver(com.github.javaparser.resolution.SymbolResolver resolver) {
    parser = new JavaParser(ParserSetup.declarationsOnly().setSymbolResolver(resolver));
  }

  @Override
  public TypeSolver getParent() {
    return parent;
  }

  @Override
  public void setParent(TypeSolver parent) {
    this.parent = parent;
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
    String prefix = name;
    while (true) {
      Path file = files.get(prefix);
      if (file != null) return solveIn(file, prefix, name);
      int dot = prefix.lastIndexOf('.');
      if (dot < 0) return SymbolReference.unsolved();
      prefix = prefix.substring(0, dot);
    }
  }

  private SymbolReference<ResolvedReferenceTypeDeclaration> solveIn(
      Path file, String fileKey, String name) {
    Optional<CompilationUnit> unit = parsed.get(file);
    if (unit == null) {
      unit = parse(file);
      parsed.put(file, unit);
    }
    if (unit.isEmpty()) return SymbolReference.unsolved();
    String[] rest = name.substring(fileKey.length()).split("\\.", -1); // "" or "", "Inner", ...
    String top = fileKey.substring(fileKey.lastIndexOf('.') + 1);
    TypeDeclaration<?> type = null;
    for (TypeDeclaration<?> t : unit.get().getTypes()) {
      if (t.getNameAsString().equals(top)) type = t;
    }
    for (int j = 1; j < rest.length && type != null; j++) type = member(type, rest[j]);
    if (type == null) return SymbolReference.unsolved();
    return SymbolReference.solved(JavaParserFacade.get(getRoot()).getTypeDeclaration(type));
  }

  private static TypeDeclaration<?> member(TypeDeclaration<?> outer, String name) {
    for (var m : outer.getMembers()) {
      if (m instanceof TypeDeclaration<?> t && t.getNameAsString().equals(name)) return t;
    }
    return null;
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(
      String module, String name) {
    return tryToSolveType(name);
  }

  private Optional<CompilationUnit> parse(Path file) {
    try {
      String text = SourceDecoder.decode(contents.read(file), encoding).text();
      ParseResult<CompilationUnit> result = parser.parse(DeclarationText.withoutBodies(text));
      return result.isSuccessful() ? result.getResult() : Optional.empty();
    } catch (Exception | StackOverflowError e) {
      return Optional.empty();
    }
  }
}
