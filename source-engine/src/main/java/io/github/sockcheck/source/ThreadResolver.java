package io.github.sockcheck.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import io.github.sockcheck.core.io.FileContents;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One worker thread's parser and symbol solver. JavaParser's solvers cache without synchronisation
 * (javassist class pools, parsed files), so each thread owns a set; their caches are bounded
 * ({@link ProjectTypeSolver}, {@link SourceIndexTypeSolver}), so two sets fit in the default heap.
 */
final class ThreadResolver {

  final JavaParser parser;
  final ProjectTypeSolver solver;

  /**
   * @param sourceIndex {@code package.FileStem} → file, every Java file of the scan
   */
  ThreadResolver(
      Map<String, Path> sourceIndex, List<Path> jars, Charset encoding, FileContents contents) {
    List<TypeSolver> jarSolvers = new ArrayList<>();
    for (Path jar : jars) {
      try {
        jarSolvers.add(new JarTypeSolver(jar));
      } catch (Exception | LinkageError e) {
        // Reported once by the engine when it checked the jar; skip here.
      }
    }
    SourceIndexTypeSolver sources =
        sourceIndex.isEmpty() ? null : new SourceIndexTypeSolver(sourceIndex, encoding, contents);
    solver = new ProjectTypeSolver(new ReflectionTypeSolver(true), sources, jarSolvers);
    JavaSymbolSolver symbols = new JavaSymbolSolver(solver);
    parser = new JavaParser(ParserSetup.lean().setSymbolResolver(symbols));
    if (sources != null) sources.setParserResolver(symbols);
  }
}
