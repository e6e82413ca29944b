package io.github.sockcheck.core.facts;

import io.github.sockcheck.core.findings.Location;

/**
 * A setting read from deployment files, e.g. key {@code gunicorn.worker_class} with value {@code gevent}
 * read from {@code gunicorn.conf.py}, a Procfile, a Dockerfile or a compose file.
 */
public record ConfigFact(String key, String value, Location declaredAt) {}
