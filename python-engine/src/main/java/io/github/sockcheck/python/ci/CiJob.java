package io.github.sockcheck.python.ci;

import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.versions.Pep440Version;
import io.github.sockcheck.python.manifest.RuntimeCollector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one CI job or tox environment says about a project: the interpreters it tests on (evidence
 * of kind {@link Evidence#TEST}, which deployment files and declared ranges outrank), the
 * directories it works in and the requirement files its {@code pip install}s name. The directories
 * and files link the job to the projects they belong to; a job that names none speaks for the
 * project its own file belongs to.
 */
public final class CiJob {

  /** A version ({@code 3.11}) or a range ({@code ==3.*} for {@code 3.x}) read at {@code at}. */
  public record Version(String version, String constraint, Location at, String source) {}

  /** One {@code pip install}: absolute paths of the files it requires and constrains. */
  public record Pip(List<Path> requirements, List<Path> constraints) {}

  private static final Pattern X_VERSION = Pattern.compile("^(\\d+(?:\\.\\d+)?)(?:\\.x)?$");
  private static final Pattern DEV = Pattern.compile("^(\\d+\\.\\d+)-dev$");

  private final Path file;
  private final List<Version> versions = new ArrayList<>();
  private final Set<Path> directories = new LinkedHashSet<>();
  private final List<Pip> pips = new ArrayList<>();

  public CiJob(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  public List<Version> versions() {
    return versions;
  }

  /** Directories the job works in ({@code working-directory}), absolute. */
  public Set<Path> directories() {
    return directories;
  }

  public List<Pip> pips() {
    return pips;
  }

  /**
   * Records a version as CI tools write it: {@code 3.11}, {@code 3.11.4}, {@code 3.13-dev}; {@code
   * 3.x} and a bare {@code 3} (the newest 3.x the tool finds) as {@code ==3.*}; PyPy and
   * expressions that were not substituted are left out.
   */
  public void version(String text, Location at, String source) {
    String v = text.strip();
    Matcher x = X_VERSION.matcher(v);
    Matcher dev = DEV.matcher(v);
    if (x.matches() && (v.endsWith(".x") || !v.contains("."))) {
      versions.add(new Version(null, "==" + x.group(1) + ".*", at, source));
    } else if (dev.matches()) {
      versions.add(new Version(dev.group(1), null, at, source));
    } else if (Pep440Version.tryParse(v) != null
        && !v.isEmpty()
        && Character.isDigit(v.charAt(0))) {
      versions.add(new Version(v, null, at, source));
    }
  }

  /** Reports the job's versions as test evidence of the project {@code runtimes} collects for. */
  public void runtime(RuntimeCollector runtimes) {
    for (Version v : versions) {
      if (v.version() != null)
        runtimes.version(v.version(), v.at(), v.source(), Evidence.TEST, v.source());
      else runtimes.constraint(v.constraint(), v.at(), v.source(), Evidence.TEST);
    }
  }
}
