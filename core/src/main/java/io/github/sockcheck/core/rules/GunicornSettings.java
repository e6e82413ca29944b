package io.github.sockcheck.core.rules;

import java.util.List;

/**
 * The gunicorn part of the rule model, kept apart from the generic matcher: what a combination
 * rule's {@code gunicorn-workers} means as a {@link SettingCondition}, and the key the Python
 * engine reports the worker class under.
 */
public final class GunicornSettings {

  /** The {@link io.github.sockcheck.core.facts.ConfigFact} key of gunicorn's worker class. */
  public static final String WORKER_CLASS = "gunicorn.worker_class";

  private GunicornSettings() {}

  /** gunicorn runs one of {@code workerClasses}. */
  public static SettingCondition workers(List<String> workerClasses) {
    return new SettingCondition(
        WORKER_CLASS,
        "gunicorn worker class",
        "no gunicorn command, config file or GUNICORN_CMD_ARGS names it",
        workerClasses);
  }
}
