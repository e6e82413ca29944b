package io.github.sockcheck.combination;

import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.Ecosystem;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.RelatedLocation;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reports the facts combination rules are matched against: Maven dependencies (as the Maven plugin
 * resolved them, or read from the POMs and {@code dependency:tree}/{@code dependency:list} output
 * of a bare checkout) and the target Java release. It does not match rules itself: the scan runs
 * {@link io.github.sockcheck.core.match.CombinationMatcher} over the facts of every engine.
 */
public final class CombinationEngine implements Engine {

  public static final String ID = EngineId.COMBINATION.id();
  private static final long MAX_REPORT_BYTES = 32L << 20;

  private final Path localRepository;

  /**
   * Parents and BOMs outside the tree are read from ~/.m2/repository (or {@code maven.repo.local}).
   */
  public CombinationEngine() {
    this(PomFiles.defaultLocalRepository());
  }

  /**
   * @param localRepository the local Maven repository to read parents/BOMs from; null for none
   */
  public CombinationEngine(Path localRepository) {
    this.localRepository = localRepository;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void run(ScanContext ctx, EngineSink sink) throws InterruptedException {
    PomLocator locator =
        new PomLocator(ctx.root(), sink::notification, localRepository, ctx.contents());
    List<Path> poms = new ArrayList<>();
    List<Path> reports = new ArrayList<>();
    classify(ctx, poms, reports);
    poms.forEach(locator::index);

    Set<Dependency> emitted = new LinkedHashSet<>();
    if (!ctx.inputs().dependencies().isEmpty()) {
      for (Dependency d : ctx.inputs().dependencies()) emitted.add(widened(d, locator));
    } else {
      Set<Path> coveredByReport = new HashSet<>();
      for (Path report : reports) {
        if (Thread.interrupted()) throw new InterruptedException();
        coveredByReport.add(report.toAbsolutePath().normalize().getParent());
        emitted.addAll(fromReport(ctx, sink, locator, report));
      }
      for (Path pom : poms) {
        if (Thread.interrupted()) throw new InterruptedException();
        if (coveredByReport.contains(pom.toAbsolutePath().normalize().getParent()))
          continue; // resolved output wins
        for (PomLocator.DeclaredDependency d : locator.dependencies(pom)) {
          if (d.version() == null && d.constraint() == null)
            continue; // version decided outside what we can read
          String v = d.version() != null ? d.version() : d.constraint();
          emitted.add(
              new Dependency(
                  Ecosystem.MAVEN.id(),
                  d.groupId() + ":" + d.artifactId(),
                  d.version(),
                  d.constraint(),
                  d.scope(),
                  null,
                  List.of(d.groupId() + ":" + d.artifactId() + ":" + v),
                  d.declaredAt(),
                  d.versionSource(),
                  project(ctx, pom)));
        }
      }
    }
    emitted.forEach(sink::dependency);
    javaRelease(ctx, sink, locator, poms).forEach(sink::runtime);
  }

  /**
   * A dependency a build tool resolved, its POM locations widened from the points Maven's model
   * records (just after the start tag) to the whole elements findings and fixes point at.
   */
  private static Dependency widened(Dependency d, PomLocator locator) {
    Location at = d.declaredAt() == null ? null : locator.element(d.declaredAt());
    List<RelatedLocation> sources =
        d.versionSource().stream()
            .map(r -> new RelatedLocation(locator.element(r.location()), r.message()))
            .toList();
    return new Dependency(
        d.ecosystem(),
        d.name(),
        d.version(),
        d.constraint(),
        d.scope(),
        d.file(),
        d.trail(),
        at,
        sources,
        d.project());
  }

  private void classify(ScanContext ctx, List<Path> poms, List<Path> reports) {
    List<PathMatcher> includes =
        ctx.inputs().includes().stream()
            .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
            .toList();
    List<PathMatcher> excludes =
        ctx.inputs().excludes().stream()
            .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
            .toList();
    for (Path file : ctx.inputs().buildFiles().stream().sorted().toList()) {
      Path rel = Path.of(ctx.relativize(file));
      if (!includes.isEmpty() && includes.stream().noneMatch(m -> m.matches(rel))) continue;
      if (excludes.stream().anyMatch(m -> m.matches(rel))) continue;
      String name = file.getFileName().toString();
      if (name.equals("pom.xml") || name.endsWith(".pom")) {
        poms.add(file);
      } else if (!name.endsWith(".xml") && isReport(ctx, file)) {
        reports.add(file);
      }
    }
  }

  /**
   * The project a POM or dependency report speaks for: its directory relative to the root. Without
   * a build tool (the CLI on a tree of several Maven projects side by side) each project's
   * dependencies and release are matched on their own; dependencies a build tool resolved for one
   * module hold for the whole scan.
   */
  private static String project(ScanContext ctx, Path file) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    String rel = ctx.relativize(dir);
    return dir.equals(ctx.root().toAbsolutePath().normalize()) ? "" : rel;
  }

  private static boolean isReport(ScanContext ctx, Path file) {
    try {
      if (!ctx.contents().isRegularFile(file) || ctx.contents().size(file) > MAX_REPORT_BYTES)
        return false;
      return DependencyReport.detect(ctx.contents().readString(file)) != null;
    } catch (IOException | RuntimeException e) {
      return false; // not ours to read (Python manifests and the like are another engine's)
    }
  }

  /**
   * Artifacts of a dependency:tree / dependency:list file, reported at the sibling POM's
   * declarations.
   */
  private List<Dependency> fromReport(
      ScanContext ctx, EngineSink sink, PomLocator locator, Path report) {
    String rel = ctx.relativize(report);
    String text;
    try {
      text = ctx.contents().readString(report);
    } catch (IOException | RuntimeException e) {
      sink.notification(
          Notification.error(
              ID, Location.file(rel), "cannot read dependency report: " + e.getMessage()));
      return List.of();
    }
    DependencyReport.Kind kind = DependencyReport.detect(text);
    Path pom = report.toAbsolutePath().getParent().resolve("pom.xml");
    boolean hasPom = Files.isRegularFile(pom);
    Optional<EffectivePom> effective = hasPom ? locator.effective(pom) : Optional.empty();
    List<Dependency> out = new ArrayList<>();
    for (DependencyReport.Entry e : DependencyReport.parse(text, kind)) {
      String direct = e.trail().get(0);
      String[] dc = direct.split(":");
      Optional<PomLocator.DeclaredDependency> declared =
          hasPom ? locator.find(pom, dc[0], dc[1]) : Optional.empty();
      Location at =
          declared
              .map(PomLocator.DeclaredDependency::declaredAt)
              .orElse(Location.line(rel, e.line()));
      List<RelatedLocation> sources = new ArrayList<>();
      if (e.trail().size() == 1) {
        declared.ifPresent(d -> sources.addAll(d.versionSource()));
      } else {
        effective
            .flatMap(p -> p.managed(e.groupId(), e.artifactId()))
            .ifPresent(
                m -> {
                  sources.add(m.entry());
                  sources.addAll(m.sources());
                });
      }
      if (e.trail().size() > 1 || declared.isEmpty()) {
        sources.add(
            new RelatedLocation(
                Location.line(rel, e.line()), "resolved as " + String.join(" → ", e.trail())));
      }
      out.add(
          new Dependency(
              Ecosystem.MAVEN.id(),
              e.name(),
              e.version(),
              null,
              e.scope(),
              null,
              e.trail(),
              at,
              sources,
              project(ctx, report)));
    }
    return out;
  }

  private List<RuntimeFact> javaRelease(
      ScanContext ctx, EngineSink sink, PomLocator locator, List<Path> poms) {
    Set<RuntimeFact> releases = new LinkedHashSet<>();
    if (ctx.inputs().javaRelease() != null) {
      Location at = null;
      for (Path pom : poms) {
        Optional<RuntimeFact> fromPom =
            locator.effective(pom).flatMap(e -> JavaReleaseReader.fromPom(e, locator.files()));
        if (fromPom.isPresent()
            && fromPom.get().version().equals(String.valueOf(ctx.inputs().javaRelease()))) {
          at = fromPom.get().declaredAt();
          break;
        }
      }
      return List.of(new RuntimeFact("java", String.valueOf(ctx.inputs().javaRelease()), null, at));
    }
    for (Path pom : poms) {
      locator
          .effective(pom)
          .flatMap(e -> JavaReleaseReader.fromPom(e, locator.files()))
          .ifPresent(r -> releases.add(r.inProject(project(ctx, pom))));
    }
    if (releases.isEmpty()) {
      OptionalInt fromClasses =
          JavaReleaseReader.fromClasses(
              ctx.inputs().classRoots(), sink::notification, ctx::relativize);
      if (fromClasses.isPresent())
        releases.add(new RuntimeFact("java", String.valueOf(fromClasses.getAsInt()), null, null));
    }
    return new ArrayList<>(releases);
  }
}
