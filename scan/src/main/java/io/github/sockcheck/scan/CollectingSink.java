package io.github.sockcheck.scan;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.flow.TypeRef;
import io.github.sockcheck.core.rules.CallPattern;

/**
 * Collects what the engines report, from any number of threads, in arrival order; type references
 * join the call sites and progress goes to the scan's listener.
 */
final class CollectingSink extends io.github.sockcheck.core.engine.CollectingSink {

  private final ProgressListener progress;

  CollectingSink(ProgressListener progress) {
    this.progress = progress;
  }

  /**
   * A type reference joins the call sites as a site whose member is {@link CallPattern#TYPE_USE}:
   * no call rule names that member, and {@code code-uses: - type:} patterns match it (and calls on
   * the type).
   */
  @Override
  public void typeReference(String engine, TypeRef ref) {
    callSite(
        CallSite.builder(Language.JAVA, ref.type(), CallPattern.TYPE_USE)
            .location(ref.location())
            .engine(engine)
            .build());
  }

  @Override
  public void progress(String engine, int done, int total) {
    progress.progress(engine, done, total);
  }
}
