package io.github.sockcheck.core.engine;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Notification;

/**
 * Where engines put what they extract. Implementations are thread-safe: engines may report from
 * several worker threads. Engines report facts; the scan matches them against the rules in one
 * place.
 */
public interface EngineSink {

  /** A call site found in code (Java source, bytecode, Python source). */
  void callSite(CallSite site);

  /**
   * A place where code names a type without calling it ({@code X.class}, {@code X::new}, {@code
   * instanceof X}, a cast), for combination rules' {@code code-uses}. Locations are
   * repository-relative like call sites'.
   */
  default void typeReference(String engine, io.github.sockcheck.core.flow.TypeRef reference) {}

  /** A dependency of the project (Maven artifact or Python package). */
  void dependency(Dependency dependency);

  /** The target Java release or Python version. */
  void runtime(RuntimeFact runtime);

  /** A deployment setting (gunicorn worker class…). */
  void config(ConfigFact config);

  /** A file that could not be analysed, or another problem worth telling the user. */
  void notification(Notification notification);

  /** Progress of long engines: {@code done} of {@code total} files. */
  default void progress(String engine, int done, int total) {}
}
