package io.github.sockcheck.source;

import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import io.github.sockcheck.core.engine.CachedFile;
import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.engine.FactCache;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.FlowModel;
import io.github.sockcheck.core.flow.FlowRounds;
import io.github.sockcheck.core.flow.ProgramSites;
import io.github.sockcheck.core.flow.TypeRef;
import io.github.sockcheck.core.rules.FlowModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * The source engine: Java files → local value-flow facts → (through the shared solver) {@link
 * CallSite}s (engine id {@code source}).
 *
 * <p>Work is cut to what can matter: every file is read and decoded once; the first round parses
 * only files with a plausible call of a rule's API ({@link CallPrefilter}); later rounds ({@link
 * FlowRounds}) parse the files the solver needs to follow a value further (callers of a method a
 * value comes from, writers of a field, a project class a value passes through), found by the words
 * they must contain. Only calls a rule may match, or that the flow model passes values through, are
 * resolved with the symbol solver; other calls are linked by name. Files are parsed in parallel;
 * results do not depend on scheduling.
 *
 * <p>With a {@link FactCache}, a file whose content hash is unchanged reuses its stored facts
 * unless a file it resolved names against changed ({@link CacheValidity}).
 */
public final class SourceEngine implements Engine {

  public static final String ID = EngineId.SOURCE.id();

  /** JVM system property: {@code true} prints the engine's phase times to stderr (benchmarks). */
  public static final String TIMING_PROPERTY = "sockcheck.timing";

  /** Deep expressions recurse in the parser; worker threads get a large stack. */
  private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

  /**
   * Counts of the last run, for tests and benchmarks: {@code parsed} files were analysed (in any
   * round), {@code reused} came from the cache, {@code widened} were added by later rounds.
   */
  public record Stats(int files, int parsed, int callSites, int reused, int widened) {
    public Stats(int files, int parsed, int callSites) {
      this(files, parsed, callSites, 0, 0);
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

  /**
   * @param cacheFor the per-file cache to use for a scan ({@link FactCache#NONE} for none)
   */
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
    Globs globs = new Globs(ctx.inputs().includes(), ctx.inputs().excludes());
    SortedSet<Path> files =
        SourceFiles.list(
            ctx.inputs().sourceRoots(),
            globs,
            ctx::relativize,
            problem -> sink.notification(Notification.warning(ID, null, problem)));
    if (prefilter.isEmpty() || files.isEmpty()) {
      lastStats = new Stats(files.size(), 0, 0);
      return;
    }
    long t0 = System.nanoTime();
    FactCache cache = cacheFor.apply(ctx);
    Map<String, CachedFile> previous = cache.enabled() ? cache.load() : Map.of();
    SourceReader reader = new SourceReader(options, prefilter, cache.enabled(), ctx.contents());
    List<Path> jars = usableJars(ctx, sink);
    FlowModel model = FlowModelLoader.builtIn();
    int threads = Math.max(1, ctx.inputs().threads());
    ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
    try (ClassFileConstants classFiles = new ClassFileConstants(ctx.inputs().classpath())) {
      // Phase 1: read (and hash) every file once, learn every file's type name, run the pre-filter.
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
        if (r.cached() != null && !validity.stillValid(r.cached()))
          all.set(i, reader.read(r.file(), r.path(), null));
      }
      Map<String, Path> sourceIndex = new LinkedHashMap<>();
      for (SourceReader.Read r : all)
        if (r.typeKey() != null) sourceIndex.putIfAbsent(r.typeKey(), r.file());

      // Phase 2: rounds of parsing, one parser + solver set per worker thread.
      ThreadLocal<FileAnalyzer> analyzers =
          ThreadLocal.withInitial(
              () ->
                  new FileAnalyzer(
                      new ThreadResolver(sourceIndex, jars, options.encoding(), ctx.contents()),
                      classFiles,
                      ctx.rules().index(),
                      resolvedMembers(model, ctx.rules().index().valueMembers())));
      Map<SourceReader.Read, Analysed> analysed = new IdentityHashMap<>();
      SourceRounds front =
          new SourceRounds(
              all, reader, inputs -> analyse(inputs, analyzers, pool, sink, analysed, reader));
      List<SourceReader.Read> initial = all.stream().filter(SourceReader.Read::candidate).toList();
      FlowRounds.Result flow =
          new FlowRounds<SourceReader.Read>(model, ctx.rules().index()).run(initial, front);

      // Report notes in path order, then the call sites the solved program yields.
      Map<String, CachedFile> entries = new LinkedHashMap<>();
      int reused = 0;
      for (SourceReader.Read r : all) {
        Analysed a = analysed.get(r);
        List<Notification> notes =
            new ArrayList<>(r.cached() != null ? r.cached().notifications() : r.notifications());
        if (a != null && !a.fromCache()) notes.addAll(a.notifications());
        notes.forEach(sink::notification);
        if (a != null && a.fromCache()) reused++;
        if (r.hash() == null || (a != null && a.broken()))
          continue; // unreadable or half-analysed: never cached
        if (r.cached() != null && (a == null || a.fromCache())) {
          entries.put(r.path(), r.cached()); // unchanged: the stored entry stands as it is
        } else if (a != null) {
          entries.put(
              r.path(),
              new CachedFile(
                  r.hash(),
                  r.typeKey(),
                  a.lookedUp(),
                  List.of(),
                  notes,
                  a.classes(),
                  r.candidate(),
                  true,
                  List.of()));
        } else {
          entries.put(
              r.path(),
              new CachedFile(
                  r.hash(),
                  r.typeKey(),
                  Set.of(),
                  List.of(),
                  notes,
                  List.of(),
                  r.candidate(),
                  false,
                  List.of()));
        }
      }
      List<CallSite> sites = ProgramSites.sites(flow.solver(), ctx.rules().index(), ID);
      sites.forEach(sink::callSite);
      for (TypeRef ref : ProgramSites.typeRefs(flow.solver(), ctx.rules().index()))
        sink.typeReference(ID, ref);
      if (cache.enabled()) cache.save(entries);
      int parsed = analysed.size();
      int widened = parsed - (int) initial.stream().filter(analysed::containsKey).count();
      if (Boolean.getBoolean(TIMING_PROPERTY)) {
        System.err.printf(
            Locale.ROOT,
            "sockcheck source engine: %d files read in %d ms, rounds %s (files chosen in %d ms), %d analysed (%d reused), %d call sites, analysis %d ms%n",
            files.size(),
            (tRead - t0) / 1_000_000,
            flow.roundSizes(),
            front.selectionNanos() / 1_000_000,
            parsed,
            reused,
            sites.size(),
            (System.nanoTime() - tRead) / 1_000_000);
      }
      lastStats = new Stats(files.size(), parsed - reused, sites.size(), reused, widened);
    } finally {
      pool.shutdownNow();
      // The facade keeps a static map keyed by solver; our per-thread solvers are done.
      JavaParserFacade.clearInstances();
    }
  }

  /** One file's analysis: parsed now, or taken from the cache. */
  record Analysed(
      List<ClassFacts> classes,
      List<Notification> notifications,
      boolean broken,
      Set<String> lookedUp,
      boolean fromCache) {}

  private static List<ClassFacts> analyse(
      List<SourceReader.Read> inputs,
      ThreadLocal<FileAnalyzer> analyzers,
      ExecutorService pool,
      EngineSink sink,
      Map<SourceReader.Read, Analysed> analysed,
      SourceReader reader)
      throws InterruptedException {
    Map<SourceReader.Read, Future<Analysed>> pending = new LinkedHashMap<>();
    AtomicInteger done = new AtomicInteger();
    for (SourceReader.Read r : inputs) {
      if (r.cached() != null && r.cached().analysed()) {
        analysed.put(
            r,
            new Analysed(r.cached().classFacts(), List.of(), false, r.cached().dependsOn(), true));
        continue;
      }
      pending.put(
          r,
          pool.submit(
              () -> {
                Analysed a = analyzeSafely(analyzers, r, reader.decode(r));
                sink.progress(ID, done.incrementAndGet(), inputs.size());
                return a;
              }));
    }
    for (Map.Entry<SourceReader.Read, Future<Analysed>> e : pending.entrySet())
      analysed.put(e.getKey(), get(e.getValue()));
    List<ClassFacts> facts = new ArrayList<>();
    for (SourceReader.Read r : inputs) facts.addAll(analysed.get(r).classes());
    return facts;
  }

  private static Analysed analyzeSafely(
      ThreadLocal<FileAnalyzer> analyzers, SourceReader.Read r, String text) {
    if (text == null) {
      return new Analysed(
          List.of(),
          List.of(
              Notification.error(
                  ID, Location.file(r.path()), r.path() + ": cannot read it again for analysis")),
          true,
          Set.of(),
          false);
    }
    FileAnalyzer.Result result;
    try {
      result = analyzers.get().analyze(r.path(), text);
    } catch (StackOverflowError | RuntimeException | LinkageError e) {
      result =
          new FileAnalyzer.Result(
              List.of(),
              List.of(
                  Notification.error(
                      ID, Location.file(r.path()), r.path() + ": cannot analyse: " + e)),
              true,
              Set.of());
    }
    // After a stack overflow the parser or solver caches may be half-updated: start this thread
    // afresh.
    if (result.broken()) analyzers.remove();
    return new Analysed(
        result.classes(), result.notifications(), result.broken(), result.lookedUp(), false);
  }

  /**
   * Members the flow model names (library summaries), and members rules test values against:
   * resolved like rule members, so their owners and supertypes are exact.
   */
  private static Set<String> resolvedMembers(FlowModel model, Set<String> valueMembers) {
    Set<String> members = new java.util.TreeSet<>(valueMembers);
    for (var call : model.calls()) {
      String member = call.member();
      if (member.equals("<init>")) {
        String owner = call.owner();
        members.add(
            owner.substring(Math.max(owner.lastIndexOf('.'), owner.lastIndexOf('$')) + 1)
                + "#<init>");
      } else {
        members.add(member);
      }
    }
    return members;
  }

  /** Classpath jars that open; a corrupt or missing jar is reported once and left out. */
  private static List<Path> usableJars(ScanContext ctx, EngineSink sink) {
    List<Path> jars = new ArrayList<>();
    for (Path entry : ctx.inputs().classpath()) {
      if (Files.isDirectory(entry))
        continue; // class directories: their sources are scanned instead
      try (JarFile jar = new JarFile(entry.toFile(), false)) {
        jars.add(entry);
      } catch (IOException | RuntimeException e) {
        sink.notification(
            Notification.warning(
                ID,
                null,
                "classpath entry "
                    + entry
                    + " is not a readable jar; types in it are not resolved ("
                    + e.getMessage()
                    + ")"));
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

  static <T> T get(Future<T> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // Tasks catch everything they can; anything left is a bug worth surfacing.
      throw new IllegalStateException("source engine task failed", e.getCause());
    }
  }
}
