package io.github.sockcheck.source;

import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;

/**
 * The source engine: Java files → {@link CallSite} facts (engine id {@code source}).
 *
 * <p>Work is cut to what can matter: a file that mentions no rule token is read but never parsed; only
 * calls whose member a rule names are resolved, each with a per-thread symbol solver over the JDK, the
 * project's source roots and the classpath jars. Files are handled in parallel; results are reported
 * in path order so the output does not depend on scheduling.
 */
public final class SourceEngine implements Engine {

  public static final String ID = "source";

  /** Deep expressions recurse in the parser; worker threads get a large stack. */
  private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

  /** Counts of the last run, for tests and benchmarks. */
  public record Stats(int files, int parsed, int callSites) {}

  private final SourceEngineOptions options;
  private volatile Stats lastStats = new Stats(0, 0, 0);

  public SourceEngine() {
    this(SourceEngineOptions.defaults());
  }

  public SourceEngine(SourceEngineOptions options) {
    this.options = options;
  }

  @Override
  public String id() {
    return ID;
  }

  public Stats lastStats() {
    return lastStats;
  }

  @Override
  public void run(ScanContext ctx, EngineSink sink) throws InterruptedException {
    TokenFilter tokens = new TokenFilter(ctx.rules().javaTokens());
    Candidates candidates = new Candidates(ctx.rules());
    Globs globs = new Globs(ctx.includes(), ctx.excludes());
    SortedSet<Path> files = SourceFiles.list(ctx.sourceRoots(), globs, ctx::relativize,
        problem -> sink.notification(Notification.warning(ID, null, problem)));
    if (tokens.isEmpty() || files.isEmpty()) {
      lastStats = new Stats(files.size(), 0, 0);
      return;
    }
    List<Path> jars = usableJars(ctx, sink);
    int threads = Math.max(1, ctx.threads());
    ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
    try (ClassFileConstants classFiles = new ClassFileConstants(ctx.classpath())) {
      // Phase 1: read every file once; keep the candidates' text and learn the source roots.
      List<Path> fileList = List.copyOf(files);
      List<Future<ReadFile>> reads = new ArrayList<>();
      for (Path file : fileList) reads.add(pool.submit(() -> read(file, ctx.relativize(file), tokens)));
      List<ReadFile> candidatesToParse = new ArrayList<>();
      SortedSet<Path> sourceDirs = new TreeSet<>();
      java.util.TreeMap<String, Path> looseFiles = new java.util.TreeMap<>();
      List<Notification> notes = new ArrayList<>();
      for (Future<ReadFile> f : reads) {
        ReadFile r = get(f);
        notes.addAll(r.notifications());
        if (r.sourceDir() != null) sourceDirs.add(r.sourceDir());
        else if (r.looseType() != null) looseFiles.putIfAbsent(r.looseType(), r.file());
        if (r.text() != null) candidatesToParse.add(r);
      }
      notes.forEach(sink::notification);

      // Phase 2: parse and resolve the candidates, one parser + solver set per worker thread.
      List<Path> dirs = List.copyOf(sourceDirs);
      ThreadLocal<FileAnalyzer> analyzers =
          ThreadLocal.withInitial(() -> new FileAnalyzer(new ThreadResolver(dirs, looseFiles, jars), classFiles, candidates));
      AtomicInteger done = new AtomicInteger();
      List<Future<FileAnalyzer.Result>> results = new ArrayList<>();
      for (ReadFile r : candidatesToParse) {
        results.add(pool.submit(() -> {
          FileAnalyzer.Result result = analyzeSafely(analyzers, r);
          sink.progress(ID, done.incrementAndGet(), candidatesToParse.size());
          return result;
        }));
      }
      int sites = 0;
      for (Future<FileAnalyzer.Result> f : results) {
        FileAnalyzer.Result result = get(f);
        result.notifications().forEach(sink::notification);
        result.sites().forEach(sink::callSite);
        sites += result.sites().size();
      }
      lastStats = new Stats(files.size(), candidatesToParse.size(), sites);
    } finally {
      pool.shutdownNow();
      // The facade keeps a static map keyed by solver; our per-thread solvers are done.
      JavaParserFacade.clearInstances();
    }
  }

  private static FileAnalyzer.Result analyzeSafely(ThreadLocal<FileAnalyzer> analyzers, ReadFile r) {
    FileAnalyzer.Result result;
    try {
      result = analyzers.get().analyze(r.path(), r.text());
    } catch (StackOverflowError | RuntimeException | LinkageError e) {
      result = new FileAnalyzer.Result(List.of(), List.of(Notification.error(ID, Location.file(r.path()),
          r.path() + ": cannot analyse: " + e)), true);
    }
    // After a stack overflow the parser or solver caches may be half-updated: start this thread afresh.
    if (result.broken()) analyzers.remove();
    return result;
  }

  /** One file after phase 1: {@code text} is null when it is not worth parsing. */
  private record ReadFile(Path file, String path, String text, Path sourceDir, String looseType,
      List<Notification> notifications) {}

  private ReadFile read(Path file, String path, TokenFilter tokens) {
    List<Notification> notes = new ArrayList<>();
    try {
      long size = Files.size(file);
      if (size > options.maxFileBytes()) {
        notes.add(Notification.warning(ID, Location.file(path), path + ": skipped, " + size
            + " bytes is over the source size limit of " + options.maxFileBytes() + " bytes"));
        return new ReadFile(file, path, null, null, null, notes);
      }
      SourceDecoder.Decoded decoded = SourceDecoder.decode(Files.readAllBytes(file), options.encoding());
      String text = decoded.text();
      String pkg = PackageRoots.packageName(text);
      Path dir = PackageRoots.rootOf(file, pkg).orElse(null);
      String stem = file.getFileName().toString().replaceFirst("\\.java$", "");
      String loose = dir == null ? (pkg.isEmpty() ? stem : pkg + "." + stem) : null;
      if (!tokens.mentionsAny(text)) return new ReadFile(file, path, null, dir, loose, notes);
      if (decoded.fellBack()) {
        notes.add(Notification.warning(ID, Location.file(path), path + ": not valid "
            + options.encoding().name() + "; read as ISO-8859-1"));
      }
      return new ReadFile(file, path, text, dir, loose, notes);
    } catch (IOException | RuntimeException e) {
      notes.add(Notification.error(ID, Location.file(path), path + ": cannot read: " + e.getMessage()));
      return new ReadFile(file, path, null, null, null, notes);
    }
  }

  /** Classpath jars that open; a corrupt or missing jar is reported once and left out. */
  private static List<Path> usableJars(ScanContext ctx, EngineSink sink) {
    List<Path> jars = new ArrayList<>();
    for (Path entry : ctx.classpath()) {
      if (Files.isDirectory(entry)) continue; // class directories: their sources are scanned instead
      try (JarFile jar = new JarFile(entry.toFile(), false)) {
        jars.add(entry);
      } catch (IOException | RuntimeException e) {
        sink.notification(Notification.warning(ID, null,
            "classpath entry " + entry + " is not a readable jar; types in it are not resolved (" + e.getMessage() + ")"));
      }
    }
    return jars;
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(null, r, "sockcheck-source-" + n.incrementAndGet(), WORKER_STACK_BYTES);
      t.setDaemon(true);
      return t;
    };
  }

  private static <T> T get(Future<T> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // Tasks catch everything they can; anything left is a bug worth surfacing.
      throw new IllegalStateException("source engine task failed", e.getCause());
    }
  }
}
