package io.github.sockcheck.source;

import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import io.github.sockcheck.core.engine.CachedFile;
import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.engine.FactCache;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.jar.JarFile;

/**
 * The source engine: Java files → {@link CallSite} facts (engine id {@code source}).
 *
 * <p>Work is cut to what can matter: every file is read and decoded once; a file without a plausible call
 * of a rule's API ({@link CallPrefilter}) is never parsed; only calls whose member a rule names are
 * resolved, each with a per-thread symbol solver over the JDK, the project's sources and the classpath
 * jars. Files are handled in parallel; results are reported in path order so the output does not depend
 * on scheduling.
 *
 * <p>With a {@link FactCache}, a file whose content hash is unchanged reuses its stored facts unless a file
 * it resolved names against changed ({@link CacheValidity}).
 */
public final class SourceEngine implements Engine {

  public static final String ID = "source";

  /** JVM system property: {@code true} prints the engine's phase times to stderr (benchmarks). */
  public static final String TIMING_PROPERTY = "sockcheck.timing";

  /** Deep expressions recurse in the parser; worker threads get a large stack. */
  private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

  /** Counts of the last run, for tests and benchmarks: {@code parsed} files were analysed, {@code reused} came from the cache. */
  public record Stats(int files, int parsed, int callSites, int reused) {
    public Stats(int files, int parsed, int callSites) {
      this(files, parsed, callSites, 0);
    }
  }

  private final SourceEngineOptions options;
  private final Function<ScanContext, FactCache> cacheFor;
  private volatile Stats lastStats = new Stats(0, 0, 0);

  public SourceEngine() {
    this(SourceEngineOptions.defaults());
  }

  public SourceEngine(SourceEngineOptions options) {
    this(options, ctx -> FactCache.NONE);
  }

  /** @param cacheFor the per-file cache to use for a scan ({@link FactCache#NONE} for none) */
  public SourceEngine(SourceEngineOptions options, Function<ScanContext, FactCache> cacheFor) {
    this.options = options;
    this.cacheFor = cacheFor;
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
    CallPrefilter prefilter = new CallPrefilter(ctx.rules());
    Candidates candidates = new Candidates(ctx.rules());
    Globs globs = new Globs(ctx.includes(), ctx.excludes());
    SortedSet<Path> files = SourceFiles.list(ctx.sourceRoots(), globs, ctx::relativize,
        problem -> sink.notification(Notification.warning(ID, null, problem)));
    if (prefilter.isEmpty() || files.isEmpty()) {
      lastStats = new Stats(files.size(), 0, 0);
      return;
    }
    long t0 = System.nanoTime();
    FactCache cache = cacheFor.apply(ctx);
    Map<String, CachedFile> previous = cache.enabled() ? cache.load() : Map.of();
    SourceReader reader = new SourceReader(options, prefilter, cache.enabled());
    List<Path> jars = usableJars(ctx, sink);
    int threads = Math.max(1, ctx.threads());
    ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
    try (ClassFileConstants classFiles = new ClassFileConstants(ctx.classpath())) {
      // Phase 1: read (and hash) every file once; keep the candidates' text, learn every file's type name.
      List<Future<SourceReader.Read>> reads = new ArrayList<>();
      for (Path file : files) {
        String path = ctx.relativize(file);
        CachedFile before = previous.get(path);
        reads.add(pool.submit(() -> reader.read(file, path, before)));
      }
      List<SourceReader.Read> all = new ArrayList<>();
      for (Future<SourceReader.Read> f : reads) all.add(get(f));
      long tRead = System.nanoTime();

      // A cached file stays valid only when no file it resolved names against changed.
      CacheValidity validity = new CacheValidity(previous, all);
      for (int i = 0; i < all.size(); i++) {
        SourceReader.Read r = all.get(i);
        if (r.cached() != null && !validity.stillValid(r.cached())) all.set(i, reader.read(r.file(), r.path(), null));
      }
      Map<String, Path> sourceIndex = new LinkedHashMap<>();
      for (SourceReader.Read r : all) if (r.typeKey() != null) sourceIndex.putIfAbsent(r.typeKey(), r.file());

      // Phase 2: parse and resolve the candidates, one parser + solver set per worker thread.
      ThreadLocal<FileAnalyzer> analyzers = ThreadLocal.withInitial(() ->
          new FileAnalyzer(new ThreadResolver(sourceIndex, jars, options.encoding()), classFiles, candidates));
      List<SourceReader.Read> toParse = all.stream().filter(r -> r.text() != null).toList();
      AtomicInteger done = new AtomicInteger();
      Map<SourceReader.Read, Future<FileAnalyzer.Result>> results = new IdentityHashMap<>();
      for (SourceReader.Read r : toParse) {
        results.put(r, pool.submit(() -> {
          FileAnalyzer.Result result = analyzeSafely(analyzers, r);
          sink.progress(ID, done.incrementAndGet(), toParse.size());
          return result;
        }));
      }

      // Report in path order; build this scan's cache entries on the way.
      Map<String, CachedFile> entries = new LinkedHashMap<>();
      int sites = 0;
      int reused = 0;
      for (SourceReader.Read r : all) {
        CachedFile facts;
        if (r.cached() != null) {
          facts = r.cached();
          reused++;
        } else {
          Future<FileAnalyzer.Result> pending = results.get(r);
          FileAnalyzer.Result result = pending == null ? null : get(pending);
          List<Notification> notes = new ArrayList<>(r.notifications());
          List<CallSite> found = List.of();
          Set<String> deps = Set.of();
          if (result != null) {
            notes.addAll(result.notifications());
            found = result.sites();
            deps = result.lookedUp();
          }
          if (r.hash() == null || result != null && result.broken()) {
            notes.forEach(sink::notification);
            found.forEach(sink::callSite);
            sites += found.size();
            continue; // unreadable or half-analysed: never cached
          }
          facts = new CachedFile(r.hash(), r.typeKey(), deps, found, notes);
        }
        facts.notifications().forEach(sink::notification);
        facts.callSites().forEach(sink::callSite);
        sites += facts.callSites().size();
        entries.put(r.path(), facts);
      }
      if (cache.enabled()) cache.save(entries);
      if (Boolean.getBoolean(TIMING_PROPERTY)) {
        System.err.printf("sockcheck source engine: %d files read in %d ms, %d parsed, %d reused, analysis %d ms%n",
            files.size(), (tRead - t0) / 1_000_000, toParse.size(), reused, (System.nanoTime() - tRead) / 1_000_000);
      }
      lastStats = new Stats(files.size(), toParse.size(), sites, reused);
    } finally {
      pool.shutdownNow();
      // The facade keeps a static map keyed by solver; our per-thread solvers are done.
      JavaParserFacade.clearInstances();
    }
  }

  private static FileAnalyzer.Result analyzeSafely(ThreadLocal<FileAnalyzer> analyzers, SourceReader.Read r) {
    FileAnalyzer.Result result;
    try {
      result = analyzers.get().analyze(r.path(), r.text());
    } catch (StackOverflowError | RuntimeException | LinkageError e) {
      result = new FileAnalyzer.Result(List.of(), List.of(Notification.error(ID, Location.file(r.path()),
          r.path() + ": cannot analyse: " + e)), true, Set.of());
    }
    // After a stack overflow the parser or solver caches may be half-updated: start this thread afresh.
    if (result.broken()) analyzers.remove();
    return result;
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
