package io.github.sockcheck.source;

import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The root type solver of one worker thread: the JDK first, then the project's sources, then the
 * classpath jars, as javac would see them. It replaces JavaParser's {@code CombinedTypeSolver},
 * whose unbounded cache kept every resolved source type — and with it every parsed file — alive for
 * the whole scan. Library answers and misses are cached (they hold no syntax trees); source answers
 * come from the source solver's small LRU every time.
 *
 * <p>It also records every name looked up while one file is analysed: the incremental cache
 * re-extracts a cached file when a file providing one of those names changed.
 */
final class ProjectTypeSolver implements TypeSolver {

  private final TypeSolver jdk;
  private final TypeSolver sources;
  private final List<TypeSolver> jars;
  private final Map<String, SymbolReference<ResolvedReferenceTypeDeclaration>> libraryAnswers =
      new HashMap<>();
  private Set<String> recorded = new HashSet<>();

  ProjectTypeSolver(TypeSolver jdk, TypeSolver sources, List<TypeSolver> jars) {
    this.jdk = jdk;
    this.sources = sources;
    this.jars = List.copyOf(jars);
    for (TypeSolver s : all()) s.setParent(this);
  }

  private List<TypeSolver> all() {
    List<TypeSolver> list = new ArrayList<>();
    list.add(jdk);
    if (sources != null) list.add(sources);
    list.addAll(jars);
    return list;
  }

  /** Starts recording the names looked up for a new file. */
  void startRecording() {
    recorded = new HashSet<>();
  }

  /** The names looked up since {@link #startRecording()}. */
  Set<String> recorded() {
    return recorded;
  }

  @Override
  public TypeSolver getParent() {
    return null;
  }

  @Override
  public void setParent(TypeSolver parent) {
    throw new UnsupportedOperationException("the project type solver is a root");
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
    recorded.add(name);
    SymbolReference<ResolvedReferenceTypeDeclaration> known = libraryAnswers.get(name);
    if (known != null) return known;
    SymbolReference<ResolvedReferenceTypeDeclaration> r = attempt(jdk, name);
    if (r.isSolved()) {
      libraryAnswers.put(name, r);
      return r;
    }
    if (sources != null) {
      r = attempt(sources, name);
      if (r.isSolved()) return r;
    }
    for (TypeSolver jar : jars) {
      r = attempt(jar, name);
      if (r.isSolved()) {
        libraryAnswers.put(name, r);
        return r;
      }
    }
    // The source index is fixed for the run, so a miss everywhere stays a miss.
    libraryAnswers.put(name, SymbolReference.unsolved());
    return SymbolReference.unsolved();
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(
      String module, String name) {
    recorded.add(name);
    for (TypeSolver s : all()) {
      try {
        SymbolReference<ResolvedReferenceTypeDeclaration> r =
            s.tryToSolveTypeInModule(module, name);
        if (r.isSolved()) return r;
      } catch (RuntimeException e) {
        // one solver's trouble (an odd class in a jar) must not hide the others' answers
      }
    }
    return SymbolReference.unsolved();
  }

  private static SymbolReference<ResolvedReferenceTypeDeclaration> attempt(
      TypeSolver solver, String name) {
    try {
      return solver.tryToSolveType(name);
    } catch (RuntimeException e) {
      return SymbolReference.unsolved();
    }
  }
}
