package io.github.sockcheck.core.facts;

import io.github.sockcheck.core.findings.Location;

/**
 * A setting read from deployment files, e.g. key {@code gunicorn.worker_class} with value {@code
 * gevent} read from {@code gunicorn.conf.py}, a Procfile, a Dockerfile or a compose file.
 *
 * @param project the project it belongs to (directory relative to the scan root, "" for the root);
 *     null for every project of the scan
 */
public record ConfigFact(String key, String value, Location declaredAt, String project) {

  /** A setting that holds for the whole scan. */
  public ConfigFact(String key, String value, Location declaredAt) {
    this(key, value, declaredAt, null);
  }
}
