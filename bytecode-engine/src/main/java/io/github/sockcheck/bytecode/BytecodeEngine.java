package io.github.sockcheck.bytecode;

import io.github.sockcheck.bytecode.detector.CallSiteListener;
import io.github.sockcheck.bytecode.input.ClassFileSummary;
import io.github.sockcheck.bytecode.input.ClassFiles;
import io.github.sockcheck.core.engine.CachedFile;
import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.core.engine.FactCache;
import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RulePack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The bytecode engine: class directories and jars → {@link CallSite} facts, through SpotBugs running
 * {@link io.github.sockcheck.bytecode.detector.SockcheckCallDetector} in-process. A constant-pool
 * pre-filter keeps SpotBugs away from classes that mention no rule owner type or member; when nothing
 * survives, SpotBugs is not started at all. Bad class files and jars become notifications.
 */
public final class BytecodeEngine implements Engine {

  public static final String ID = "bytecode";

  /**
   * JVM system property: {@code false} sends every class to SpotBugs (no constant-pool pre-filter), the
   * configuration the benchmark compares against ("SpotBugs with only sockcheck's detectors").
   */
  public static final String PREFILTER_PROPERTY = "sockcheck.bytecode.prefilter";

  private final ClassFiles.Limits limits;
  private final Function<ScanContext, FactCache> cacheFor;

  public BytecodeEngine() {
    this(ClassFiles.Limits.DEFAULT);
  }

  public BytecodeEngine(ClassFiles.Limits limits) {
    this(limits, ctx -> FactCache.NONE);
  }

  /** @param cacheFor the result cache to use for a scan ({@link FactCache#NONE} for none) */
  public BytecodeEngine(ClassFiles.Limits limits, Function<ScanContext, FactCache> cacheFor) {
    this.limits = limits;
    this.cacheFor = cacheFor;
  }

  /** False when {@code -Dsockcheck.bytecode.prefilter=false} asks for every class to be analysed. */
  static boolean prefilterEnabled() {
    return !"false".equalsIgnoreCase(System.getProperty(PREFILTER_PROPERTY, "true").trim());
  }

  @Override
  public String id() {
    return ID;
  }

  /** Where an analysed class came from: a project class root, or a dependency jar. */
  private record Origin(Path root, Dependency dependency, Path copyDir) {}

  /**
   * With a cache, the whole bytecode input is one unit: SpotBugs resolves supertypes across every class
   * root, so one changed class can change another's facts. An unchanged fingerprint of all class roots
   * (and of the source files the findings are mapped to) replays the stored facts without SpotBugs.
   */
  @Override
  public void run(ScanContext context, EngineSink sink) throws InterruptedException {
    FactCache cache = cacheFor.apply(context);
    if (!cache.enabled()) {
      analyse(context, sink);
      return;
    }
    String fingerprint = InputFingerprint.of(context);
    CachedFile before = cache.load().get(InputFingerprint.KEY);
    if (before != null && before.contentHash().equals(fingerprint)) {
      before.notifications().forEach(sink::notification);
      before.callSites().forEach(sink::callSite);
      cache.save(Map.of(InputFingerprint.KEY, before));
      return;
    }
    RecordingSink recording = new RecordingSink(sink);
    analyse(context, recording);
    if (!recording.failed()) {
      cache.save(Map.of(InputFingerprint.KEY,
          new CachedFile(fingerprint, "", Set.of(), recording.sites(), recording.notes())));
    }
  }

  private void analyse(ScanContext context, EngineSink sink) throws InterruptedException {
    boolean prefilter = prefilterEnabled();
    long start = System.nanoTime();
    RulePack pack = context.rules().filter(r -> r.runsIn(ID) || r.kind() == RuleKind.COMBINATION);
    Map<String, Set<String>> calls = prefilterCalls(pack);
    if (calls.isEmpty()) return;

    Path work;
    try {
      work = Files.createTempDirectory("sockcheck-bytecode");
    } catch (IOException e) {
      sink.notification(Notification.error(ID, null, "cannot create a temporary directory: " + e.getMessage()));
      return;
    }
    try {
      List<Origin> origins = new ArrayList<>();
      Map<String, Origin> classOrigins = new HashMap<>();
      Map<String, String> classFiles = new HashMap<>();
      List<Path> roots = new ArrayList<>();
      for (Path root : context.classRoots()) roots.add(root);
      Map<Path, Dependency> dependencyOf = new HashMap<>();
      if (context.scanDependencies()) {
        for (Dependency dependency : context.dependencies()) {
          if (dependency.file() != null && "maven".equals(dependency.ecosystem()) && !roots.contains(dependency.file())) {
            roots.add(dependency.file());
            dependencyOf.put(dependency.file(), dependency);
          }
        }
      }
      for (Path root : roots) {
        if (Thread.interrupted()) throw new InterruptedException();
        Origin origin = new Origin(root, dependencyOf.get(root), work.resolve(String.valueOf(origins.size())));
        origins.add(origin);
        new ClassFiles(limits).read(root, new ClassFiles.Visitor() {
          @Override
          public void classFile(Path from, String where, byte[] bytes) {
            ClassFileSummary summary;
            try {
              summary = ClassFileSummary.readCalls(bytes, calls);
            } catch (ClassFileSummary.BadClassFileException e) {
              sink.notification(Notification.warning(ID, fileLocation(context, where),
                  "class file not analysed: " + e.getMessage()));
              return;
            }
            if ((prefilter && !summary.relevant()) || classOrigins.containsKey(summary.internalName())) return;
            try {
              Path copy = origin.copyDir().resolve(summary.internalName() + ".class");
              Files.createDirectories(copy.getParent());
              Files.write(copy, bytes);
            } catch (IOException | RuntimeException e) {
              sink.notification(Notification.warning(ID, fileLocation(context, where),
                  "class file not analysed: " + e.getMessage()));
              return;
            }
            classOrigins.put(summary.internalName(), origin);
            classFiles.put(summary.internalName(), where);
          }

          @Override
          public void problem(Path file, String message) {
            sink.notification(Notification.warning(ID, fileLocation(context, file.toString()), message));
          }
        });
      }
      long filtered = System.nanoTime();
      if (classOrigins.isEmpty()) return; // nothing can match: SpotBugs is not started

      List<Path> appRoots = origins.stream().map(Origin::copyDir).filter(Files::isDirectory).toList();
      List<Path> aux = new ArrayList<>(context.classpath());
      for (Path root : roots) if (!aux.contains(root)) aux.add(root);
      SourceLocator sources = new SourceLocator(context);
      CallSiteListener listener = new CallSiteListener() {
        @Override
        public RulePack rules() {
          return pack;
        }

        @Override
        public void callSite(CallSite site) {
          String className = site.enclosing().substring(0, site.enclosing().indexOf('#'));
          Origin origin = classOrigins.get(className.replace('.', '/'));
          sink.callSite(origin != null && origin.dependency() != null
              ? inDependency(site, origin.dependency(), context)
              : inProject(site, sources));
        }
      };
      List<String> errors;
      try {
        errors = SpotBugsRunner.analyse(appRoots, aux, listener);
        if (Boolean.getBoolean("sockcheck.timing")) {
          System.err.printf("sockcheck bytecode engine: pre-filter kept %d classes in %d ms; SpotBugs %d ms%n",
              classOrigins.size(), (filtered - start) / 1_000_000, (System.nanoTime() - filtered) / 1_000_000);
        }
      } catch (IOException | RuntimeException | LinkageError e) {
        sink.notification(Notification.error(ID, null, "SpotBugs analysis failed: " + e));
        return;
      }
      for (String error : errors) {
        sink.notification(Notification.warning(ID, errorLocation(error, classFiles, context), "SpotBugs: " + error));
      }
    } finally {
      deleteTree(work);
    }
  }

  /**
   * Member name → owner internal names whose reference makes a class worth analysing ({@code *} for
   * patterns with any owner or with subtypes: a subtype's call names the subtype, whose name the rule
   * cannot know).
   */
  private static Map<String, Set<String>> prefilterCalls(RulePack pack) {
    Map<String, Set<String>> calls = new HashMap<>();
    for (Rule rule : pack.rules()) {
      List<CallPattern> patterns = new ArrayList<>();
      if (rule.call() != null) patterns.addAll(rule.call().calls());
      if (rule.combination() != null) patterns.addAll(rule.combination().codeUses());
      for (CallPattern pattern : patterns) {
        if (pattern.language() == Language.PYTHON) continue;
        String owner = pattern.owner().equals("*") || pattern.subtypes()
            ? ClassFileSummary.ANY_OWNER : pattern.owner().replace('.', '/');
        calls.computeIfAbsent(pattern.member(), k -> new LinkedHashSet<>()).add(owner);
      }
    }
    return calls;
  }

  private static CallSite inProject(CallSite site, SourceLocator sources) {
    String path = sources.locate(site.location().path());
    List<ResultUse> uses = site.resultUses().stream()
        .map(u -> new ResultUse(u.owner(), u.member(), u.location().withPath(sources.locate(u.location().path()))))
        .toList();
    return withPlace(site, site.location().withPath(path), uses, site.enclosing());
  }

  /** A call inside a dependency jar is reported where the project declares that dependency. */
  private static CallSite inDependency(CallSite site, Dependency dependency, ScanContext context) {
    Location at = dependency.declaredAt() != null
        ? dependency.declaredAt()
        : Location.file(context.relativize(dependency.file()));
    String coordinate = dependency.name() + ":" + dependency.version();
    List<ResultUse> uses = site.resultUses().stream().map(u -> new ResultUse(u.owner(), u.member(), at)).toList();
    return withPlace(site, at, uses, "<" + coordinate + "> " + site.enclosing());
  }

  private static CallSite withPlace(CallSite site, Location location, List<ResultUse> uses, String enclosing) {
    return new CallSite(site.language(), site.owner(), site.ownerSupertypes(), site.member(), site.paramTypes(),
        site.returnType(), site.args(), site.keywordArgs(), uses, site.resultCasts(), location, enclosing,
        site.resolved(), site.engine());
  }

  private static Location fileLocation(ScanContext context, String where) {
    int bang = where.indexOf("!/");
    if (bang < 0) return Location.file(context.relativize(Path.of(where)));
    return Location.file(context.relativize(Path.of(where.substring(0, bang))) + where.substring(bang));
  }

  /** SpotBugs names classes (dotted or slashed) in its errors; point the notification at that class file. */
  private static Location errorLocation(String error, Map<String, String> classFiles, ScanContext context) {
    String best = null;
    for (String internalName : classFiles.keySet()) {
      if ((error.contains(internalName) || error.contains(internalName.replace('/', '.')))
          && (best == null || internalName.length() > best.length())) {
        best = internalName;
      }
    }
    return best == null ? null : fileLocation(context, classFiles.get(best));
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // a leftover temp directory is not worth failing a scan for
    }
  }
}
