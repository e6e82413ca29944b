package io.github.sockcheck.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Types of source files that do not sit in their package's directory (fixtures, generated or
 * flattened trees), which a {@code JavaParserTypeSolver} cannot find: indexed by {@code package.FileStem}.
 * One per worker thread, like the other solvers.
 */
final class LooseSourceTypeSolver implements TypeSolver {

  private final Map<String, Path> files;
  private final JavaParser parser;
  private final Map<Path, Optional<CompilationUnit>> parsed = new HashMap<>();
  private TypeSolver parent;

  LooseSourceTypeSolver(Map<String, Path> files, JavaParser parser) {
    this.files = Map.copyOf(files);
    this.parser = parser;
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
    String[] parts = name.split("\\.");
    for (int i = parts.length; i > 0; i--) {
      Path file = files.get(String.join(".", java.util.Arrays.copyOfRange(parts, 0, i)));
      if (file == null) continue;
      Optional<CompilationUnit> unit = parsed.computeIfAbsent(file, this::parse);
      if (unit.isEmpty()) return SymbolReference.unsolved();
      Node type = null;
      for (TypeDeclaration<?> t : unit.get().getTypes()) {
        if (t.getNameAsString().equals(parts[i - 1])) type = t;
      }
      for (int j = i; j < parts.length && type != null; j++) type = member((TypeDeclaration<?>) type, parts[j]);
      if (type == null) return SymbolReference.unsolved();
      return SymbolReference.solved(JavaParserFacade.get(getRoot()).getTypeDeclaration((TypeDeclaration<?>) type));
    }
    return SymbolReference.unsolved();
  }

  private static TypeDeclaration<?> member(TypeDeclaration<?> outer, String name) {
    for (var m : outer.getMembers()) {
      if (m instanceof TypeDeclaration<?> t && t.getNameAsString().equals(name)) return t;
    }
    return null;
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(String module, String name) {
    return tryToSolveType(name);
  }

  private Optional<CompilationUnit> parse(Path file) {
    try {
      String text = SourceDecoder.decode(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).text();
      ParseResult<CompilationUnit> result = parser.parse(text);
      return result.isSuccessful() ? result.getResult() : Optional.empty();
    } catch (Exception | StackOverflowError e) {
      return Optional.empty();
    }
  }
}
