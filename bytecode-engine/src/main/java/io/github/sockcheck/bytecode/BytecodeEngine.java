package io.github.sockcheck.bytecode;

import io.github.sockcheck.apimodel.ApiModel;
import io.github.sockcheck.bytecode.ProgramClasses.Input;
import io.github.sockcheck.bytecode.ProgramClasses.Root;
import io.github.sockcheck.bytecode.facts.BadClassFileException;
import io.github.sockcheck.bytecode.facts.ClassFactsExtractor;
import io.github.sockcheck.bytecode.facts.ClassHeaders;
import io.github.sockcheck.bytecode.facts.ClasspathClassBytes;
import io.github.sockcheck.bytecode.facts.ConstantPool;
import io.github.sockcheck.bytecode.facts.JdkClassBytes;
import io.github.sockcheck.bytecode.input.ClassFiles;
import io.github.sockcheck.core.engine.CachedFile;
import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.engine.FactCache;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.Ecosystem;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.FlowRounds;
import io.github.sockcheck.core.flow.Need;
import io.github.sockcheck.core.flow.ProgramSites;
import io.github.sockcheck.core.flow.TypeRef;
import io.github.sockcheck.core.index.CallPatternIndex;
import io.github.sockcheck.core.rules.FlowModelLoader;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RulePack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The bytecode engine: class directories and jars → {@link CallSite} facts, on ASM and the
 * value-flow layer in core. A constant-pool pass (the pre-filter of {@link
 * CallPatternIndex#classFileProbes(Function)}) picks the classes worth analysing; {@link
 * FlowRounds} analyses them, asks the solver what more code would sharpen its answers and analyses
 * the classes that reference it (callers, field accessors, named classes), a bounded number of
 * times; {@link ProgramSites} turns the solved calls into call sites. Bad class files and jars
 * become notifications naming the file; the scan goes on.
 */
public final class BytecodeEngine implements Engine {

  public static final String ID = EngineId.BYTECODE.id();

  /**
   * JVM system property: {@code false} analyses every class in the first round (no constant-pool
   * pre-filter), the configuration the benchmark compares against.
   */
  public static final String PREFILTER_PROPERTY = "sockcheck.bytecode.prefilter";

  private static final AtomicInteger ANALYSED = new AtomicInteger();

  private final ClassFiles.Limits limits;
  private final Function<ScanContext, FactCache> cacheFor;

  public BytecodeEngine() {
    this(ClassFiles.Limits.DEFAULT);
  }

  public BytecodeEngine(ClassFiles.Limits limits) {
    this(limits, ctx -> FactCache.NONE);
  }

  /**
   * @param cacheFor the result cache to use for a scan ({@link FactCache#NONE} for none)
   */
  public BytecodeEngine(ClassFiles.Limits limits, Function<ScanContext, FactCache> cacheFor) {
    this.limits = limits;
    this.cacheFor = cacheFor;
  }

  /**
   * False when {@code -Dsockcheck.bytecode.prefilter=false} asks for every class to be analysed.
   */
  static boolean prefilterEnabled() {
    return !"false".equalsIgnoreCase(System.getProperty(PREFILTER_PROPERTY, "true").trim());
  }

  /**
   * How many class files this JVM's bytecode engines analysed (tests check that the pre-filter and
   * the cache save work).
   */
  static int classesAnalysed() {
    return ANALYSED.get();
  }

  @Override
  public String id() {
    return ID;
  }

  /**
   * With a cache, the whole bytecode input is one unit: values are followed across every class
   * root, so one changed class can change another's facts. An unchanged fingerprint of all class
   * roots (and of the source files the findings are mapped to) replays the stored facts without
   * analysing anything.
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
      before.typeRefs().forEach(ref -> sink.typeReference(ID, ref));
      cache.save(Map.of(InputFingerprint.KEY, before));
      return;
    }
    RecordingSink recording = new RecordingSink(sink);
    analyse(context, recording);
    if (!recording.failed()) {
      cache.save(
          Map.of(
              InputFingerprint.KEY,
              new CachedFile(
                  fingerprint,
                  "",
                  Set.of(),
                  recording.sites(),
                  recording.notes(),
                  List.of(),
                  false,
                  false,
                  recording.refs())));
    }
  }

  private void analyse(ScanContext context, EngineSink sink) throws InterruptedException {
    long start = System.nanoTime();
    RulePack pack = context.rules().filter(r -> r.runsIn(ID) || r.kind() == RuleKind.COMBINATION);
    CallPatternIndex index = pack.index();
    if (index.noJavaPatterns()) return;

    List<Path> roots = new ArrayList<>(context.inputs().classRoots());
    Map<Path, Dependency> dependencyOf = new HashMap<>();
    if (context.inputs().scanDependencies()) {
      for (Dependency dependency : context.inputs().dependencies()) {
        if (dependency.file() != null
            && Ecosystem.MAVEN.is(dependency.ecosystem())
            && !roots.contains(dependency.file())) {
          roots.add(dependency.file());
          dependencyOf.put(dependency.file(), dependency);
        }
      }
    }
    try (ProgramClasses program = read(context, roots, dependencyOf, index, sink)) {
      long read = System.nanoTime();
      if (program.relevant().isEmpty()) return; // nothing can match: no class is analysed

      List<Path> classpath = new ArrayList<>(context.inputs().classpath());
      try (ClasspathClassBytes libraries = new ClasspathClassBytes(classpath)) {
        ClassHeaders headers =
            new ClassHeaders(program.orElse(libraries).orElse(JdkClassBytes.instance()));
        ClassFactsExtractor extractor = new ClassFactsExtractor(headers, program::contains);
        ExecutorService workers =
            Executors.newFixedThreadPool(
                Math.max(1, context.inputs().threads()),
                r -> {
                  Thread t = new Thread(r, "sockcheck-bytecode");
                  t.setDaemon(true);
                  return t;
                });
        try {
          Front front = new Front(context, program, extractor, workers, sink);
          FlowRounds.Result result =
              new FlowRounds<Input>(FlowModelLoader.builtIn(), index)
                  .run(program.relevant(), front);
          long analysed = System.nanoTime();
          report(context, program, result, index, sink);
          if (Boolean.getBoolean("sockcheck.timing")) {
            System.err.printf(
                Locale.ROOT,
                "sockcheck bytecode engine: %d classes read, rounds %s in %d ms; analysis and solving %d ms%n",
                program.size(),
                result.roundSizes(),
                (read - start) / 1_000_000,
                (analysed - read) / 1_000_000);
          }
        } finally {
          workers.shutdownNow();
        }
      }
    }
  }

  /**
   * The constant-pool pass over every class root ({@link ConstantPoolPass}): the pre-filter's
   * verdicts and the reference indexes.
   */
  private ProgramClasses read(
      ScanContext context,
      List<Path> roots,
      Map<Path, Dependency> dependencyOf,
      CallPatternIndex index,
      EngineSink sink)
      throws InterruptedException {
    boolean prefilter = prefilterEnabled();
    CallPatternIndex.ClassFileProbes probes =
        index.classFileProbes(BytecodeEngine::modelledSubtypes);
    // A type a `code-uses: - type:` pattern names is used by a class literal, X::new, instanceof or
    // a cast.
    Set<String> types = new java.util.HashSet<>();
    for (String type : index.typeUses()) types.add(type.replace('.', '/'));
    // A class literal a library instantiates (bootstrap.channel(X.class)) is a constructor call of
    // X.
    for (String type : index.classLiteralTypes()) types.add(type.replace('.', '/'));
    List<Root> rootList = new ArrayList<>(roots.size());
    for (Path path : roots) rootList.add(new Root(path, dependencyOf.get(path)));
    return new ConstantPoolPass(
            limits, probes, types, prefilter, where -> fileLocation(context, where))
        .read(rootList, context.inputs().threads(), sink::notification);
  }

  /**
   * The subtypes the built-in API model knows of a library type; null (any owner) for a type it
   * does not know, and for a platform type, whose many JDK subtypes it does not list.
   */
  static Set<String> modelledSubtypes(String type) {
    if (ConstantPool.isPlatform(type.replace('.', '/'))) return null;
    return ApiModel.builtIn().subtypesIfKnown(type);
  }

  /**
   * The engine side of {@link FlowRounds}: extraction of class inputs in parallel, needs → class
   * inputs.
   */
  private static final class Front implements FlowRounds.Front<Input> {
    private final ScanContext context;
    private final ProgramClasses program;
    private final ClassFactsExtractor extractor;
    private final ExecutorService workers;
    private final EngineSink sink;

    Front(
        ScanContext context,
        ProgramClasses program,
        ClassFactsExtractor extractor,
        ExecutorService workers,
        EngineSink sink) {
      this.context = context;
      this.program = program;
      this.extractor = extractor;
      this.workers = workers;
      this.sink = sink;
    }

    @Override
    public List<ClassFacts> analyse(List<Input> inputs) throws InterruptedException {
      List<Future<ClassFacts>> pending = new ArrayList<>(inputs.size());
      for (Input input : inputs) pending.add(workers.submit(() -> extract(input)));
      List<ClassFacts> facts = new ArrayList<>(inputs.size());
      for (Future<ClassFacts> f : pending) {
        try {
          ClassFacts c = f.get();
          if (c != null) facts.add(c);
        } catch (ExecutionException e) {
          throw new IllegalStateException(
              "bytecode analysis failed: " + e.getCause(), e.getCause());
        }
      }
      return facts;
    }

    private ClassFacts extract(Input input) {
      Location where = fileLocation(context, input.where());
      ANALYSED.incrementAndGet();
      try {
        ClassFactsExtractor.Extracted extracted = extractor.extract(program.bytes(input));
        for (String problem : extracted.problems())
          sink.notification(Notification.warning(ID, where, problem));
        return extracted.facts();
      } catch (BadClassFileException e) {
        sink.notification(
            Notification.warning(ID, where, "class file not analysed: " + e.getMessage()));
      } catch (IOException e) {
        sink.notification(
            Notification.warning(ID, where, "cannot read class file: " + e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        // a defect of ours on one odd class must not cost the findings in all the others
        sink.notification(
            Notification.warning(ID, where, "class file not analysed (internal error): " + e));
      }
      return null;
    }

    @Override
    public List<Input> inputsFor(SortedSet<Need> needs) {
      return program.inputsFor(needs);
    }
  }

  /**
   * Call sites and type references of the solved program. Project code keeps the class file's
   * package-relative source path (the scan maps it onto the source roots, once for every bytecode
   * fact); code in a dependency is placed where the project declares that dependency.
   */
  private static void report(
      ScanContext context,
      ProgramClasses program,
      FlowRounds.Result result,
      CallPatternIndex index,
      EngineSink sink) {
    Map<String, Root> rootOfSource = new HashMap<>();
    for (ClassFacts c : result.facts()) {
      Input input = program.named(c.name().replace('.', '/'));
      if (input == null) continue;
      rootOfSource.merge(c.sourcePath(), input.root(), (a, b) -> a.dependency() == null ? a : b);
    }
    for (CallSite site : ProgramSites.sites(result.solver(), index, ID)) {
      String className = site.enclosing().substring(0, site.enclosing().indexOf('#'));
      Input input = program.named(className.replace('.', '/'));
      Dependency dependency = input == null ? null : input.root().dependency();
      sink.callSite(dependency != null ? inDependency(site, dependency, context) : site);
    }
    for (TypeRef ref : ProgramSites.typeRefs(result.solver(), index)) {
      Root root = rootOfSource.get(ref.location().path());
      Location at =
          root != null && root.dependency() != null
              ? dependencyLocation(root.dependency(), context)
              : ref.location();
      sink.typeReference(ID, new TypeRef(ref.type(), ref.kind(), at));
    }
  }

  /** A call inside a dependency jar is reported where the project declares that dependency. */
  private static CallSite inDependency(CallSite site, Dependency dependency, ScanContext context) {
    Location at = dependencyLocation(dependency, context);
    String coordinate = dependency.name() + ":" + dependency.version();
    List<ResultUse> uses = site.resultUses().stream().map(u -> u.at(at)).toList();
    return site.toBuilder()
        .location(at)
        .resultUses(uses)
        .enclosing("<" + coordinate + "> " + site.enclosing())
        .build();
  }

  private static Location dependencyLocation(Dependency dependency, ScanContext context) {
    return dependency.declaredAt() != null
        ? dependency.declaredAt()
        : Location.file(context.relativize(dependency.file()));
  }

  private static Location fileLocation(ScanContext context, String where) {
    int bang = where.indexOf("!/");
    if (bang < 0) return Location.file(context.relativize(Path.of(where)));
    return Location.file(
        context.relativize(Path.of(where.substring(0, bang))) + where.substring(bang));
  }
}
