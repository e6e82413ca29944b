package io.github.sockcheck.scan;

import io.github.sockcheck.core.baseline.Baseline;
import io.github.sockcheck.core.baseline.BaselineException;
import io.github.sockcheck.core.baseline.BaselineFilter;
import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.io.FileContents;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.core.match.CallMatcher;
import io.github.sockcheck.core.match.ConditionEvaluator;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.suppress.CommentSuppressions;
import io.github.sockcheck.scan.cache.FactCacheStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

/** One run of {@link Sockcheck#scan}: the stages in order, each a small step over plain data. */
final class ScanPipeline {

  private final ScanRequest request;
  private final Path root;
  private final Function<Set<String>, List<Engine>> engineFactory;
  private final FactCacheStore cache;
  private final FileContents contents;

  ScanPipeline(ScanRequest request) {
    this.request = request;
    this.contents = FileContents.withBuffers(request.buffers());
    this.root = request.root().toAbsolutePath().normalize();
    this.cache =
        request.cacheDir() == null
            ? null
            : new FactCacheStore(root.resolve(request.cacheDir()).normalize(), Sockcheck.VERSION);
    this.engineFactory = wanted -> EngineCatalog.create(wanted, cache);
  }

  /** With other engines than the built-in ones (tests). */
  ScanPipeline(ScanRequest request, Function<Set<String>, List<Engine>> engineFactory) {
    this.request = request;
    this.contents = FileContents.withBuffers(request.buffers());
    this.root = request.root().toAbsolutePath().normalize();
    this.cache = null;
    this.engineFactory = engineFactory;
  }

  ScanResult run() throws ConfigurationException {
    Path sourceRoot = sourceRoot();
    List<Rule> all = RuleSource.load(request);
    List<Rule> selected = RuleSource.select(all, request.enabledRules(), request.disabledRules());
    Set<String> engineIds = chooseEngines(request.engines());
    Optional<Baseline> baseline =
        readBaseline(); // before the engines run: a bad baseline fails fast

    List<Engine> engines =
        engineFactory.apply(engineIds).stream().filter(e -> engineIds.contains(e.id())).toList();
    Set<String> ran = new TreeSet<>();
    engines.forEach(e -> ran.add(e.id()));
    List<Rule> rules =
        selected.stream().filter(r -> r.engines().stream().anyMatch(ran::contains)).toList();
    RulePack pack = new RulePack(rules);
    ScanContext context = context(pack);

    CollectingSink sink = new CollectingSink(request.progress());
    for (Engine engine : engines) runEngine(engine, context, sink);

    BytecodePaths bytecodePaths = new BytecodePaths(context);
    List<CallSite> sites = new ArrayList<>();
    for (CallSite site : sink.callSites()) {
      sites.add(EngineId.BYTECODE.is(site.engine()) ? bytecodePaths.map(site) : site);
    }
    List<Finding> findings = new ArrayList<>();
    List<Notification> notifications = new ArrayList<>(sink.notifications());
    if (cache != null) notifications.addAll(cache.notices());

    Runtimes runtimes =
        new Runtimes(
            request.inputs().javaRelease(), sink.dependencies(), sink.runtimes(), sink.configs());
    CallMatcher matcher = new CallMatcher(pack, runtimes.lookup());
    for (CallSite site : sites) findings.addAll(matcher.match(site));
    findings.addAll(Combinations.match(pack, sink, sites, matcher));

    findings = FindingMerger.merge(findings);
    findings =
        new PathFilter(request.inputs().includes(), request.inputs().excludes()).keep(findings);

    FileTexts texts = new FileTexts(root, contents);
    findings = AnnotationSuppressions.apply(findings, texts);
    CommentSuppressions.Outcome commented = new CommentSuppressions(texts).apply(findings);
    findings = commented.findings();
    notifications.addAll(commented.notifications());
    if (baseline.isPresent()) findings = new BaselineFilter(texts).apply(findings, baseline.get());
    findings =
        new QuickFixes(
                pack,
                sites,
                sink.dependencies(),
                matcher,
                new ConditionEvaluator(runtimes.lookup()),
                texts)
            .attach(findings);

    return new ScanResult(
        root,
        rules,
        findings,
        dedupe(notifications),
        request.includeSuppressed(),
        cache == null ? List.of() : cache.stats(),
        sourceRoot);
  }

  /**
   * The source root, which must contain the scan root: every finding path must be a path under it.
   */
  private Path sourceRoot() throws ConfigurationException {
    Path sourceRoot = request.sourceRoot().toAbsolutePath().normalize();
    if (!root.startsWith(sourceRoot)) {
      throw new ConfigurationException(
          "the source root "
              + sourceRoot
              + " does not contain the scanned directory "
              + root
              + "; set the source root to the repository root (the directory with .git)");
    }
    return sourceRoot;
  }

  /** The ids of the requested engines (empty = all). */
  static Set<String> chooseEngines(Set<EngineId> requested) {
    if (requested.isEmpty()) return new LinkedHashSet<>(EngineId.ids());
    Set<String> chosen = new LinkedHashSet<>();
    for (EngineId id : requested) chosen.add(id.id());
    return chosen;
  }

  private Optional<Baseline> readBaseline() throws ConfigurationException {
    if (request.baseline() == null) return Optional.empty();
    try {
      return Optional.of(Baseline.read(request.baseline()));
    } catch (BaselineException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }

  private ScanContext context(RulePack pack) {
    return new ScanContext(request.inputs().absolute(), pack, contents);
  }

  /** Runs one engine; an unexpected exception becomes an error notification, never a lost scan. */
  private static void runEngine(Engine engine, ScanContext context, CollectingSink sink) {
    try {
      engine.run(context, sink);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("scan interrupted while the " + engine.id() + " engine ran");
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      sink.notification(
          Notification.error(
              engine.id(),
              null,
              "the "
                  + engine.id()
                  + " engine failed: "
                  + e
                  + " (its findings are missing from this scan; please report this)"));
    }
  }

  private static List<Notification> dedupe(List<Notification> notifications) {
    return List.copyOf(new LinkedHashSet<>(notifications));
  }
}
