package io.github.sockcheck.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One worker thread's parser and symbol solver. JavaParser's solvers cache without synchronisation
 * (javassist class pools, parsed-file caches), so each thread owns a full set; nothing is shared.
 */
final class ThreadResolver {

  final JavaParser parser;
  final CombinedTypeSolver solver;

  /** @param looseFiles {@code package.FileStem} → file, for files outside their package directory */
  ThreadResolver(List<Path> sourceDirs, Map<String, Path> looseFiles, List<Path> jars) {
    // Ignore exceptions of one solver (an odd class in a jar) and ask the next.
    solver = new CombinedTypeSolver(e -> true);
    solver.add(new ReflectionTypeSolver(true));
    JavaSymbolSolver symbols = new JavaSymbolSolver(solver);
    for (Path dir : sourceDirs) {
      solver.add(new JavaParserTypeSolver(dir, ParserSetup.lean().setSymbolResolver(symbols)));
    }
    if (!looseFiles.isEmpty()) {
      solver.add(new LooseSourceTypeSolver(looseFiles, new JavaParser(ParserSetup.lean().setSymbolResolver(symbols))));
    }
    for (Path jar : jars) {
      try {
        solver.add(new JarTypeSolver(jar));
      } catch (Exception | LinkageError e) {
        // Reported once by the engine when it checked the jar; skip here.
      }
    }
    parser = new JavaParser(ParserSetup.lean().setSymbolResolver(symbols));
  }
}
