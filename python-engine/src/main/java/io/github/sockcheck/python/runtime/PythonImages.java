package io.github.sockcheck.python.runtime;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CPython version a container image runs, from its name and tag:
 *
 * <ul>
 *   <li>{@code python:3.6-slim}, {@code docker.io/library/python:3.12-alpine}, {@code
 *       python:3.11.4-slim-bookworm}, and other repositories named {@code python} ({@code
 *       cimg/python:3.10}, {@code circleci/python:3.6}, {@code bitnami/python:3.11}, a mirror's
 *       {@code registry.example.com/python:3.9});
 *   <li>Red Hat's {@code ubi8/python-39}, {@code ubi9/python-311};
 *   <li>tags naming the interpreter of another image: {@code tiangolo/uvicorn-gunicorn:python3.8};
 *   <li>the official image's moving tags {@code python:3}, {@code python:3-slim}, {@code
 *       python:latest}, {@code python:slim}, {@code python} (no tag): taken as {@link #LATEST},
 *       with a note saying so.
 * </ul>
 */
public final class PythonImages {

  /**
   * The CPython minor version the official image's {@code 3} and {@code latest} tags are assumed to
   * point to.
   */
  public static final String LATEST = "3.14";

  /**
   * Where that assumption comes from: docker-library/python's {@code generate-stackbrew-library.sh}
   * maps {@code [3.14]='3 latest'} since commit e7f6a1c7 ("Add python 3.14 GA release",
   * 2025-10-07), unchanged at the newest commit read (4f070595, 2026-06-23). Update both when a
   * newer CPython takes those tags.
   */
  public static final String LATEST_NOTE =
      "taken as Python "
          + LATEST
          + ", the version the official image's 3 and"
          + " latest tags point to since 2025-10-07 (docker-library/python commit e7f6a1c7, checked 2026-06-23)";

  /** A version read from an image, with a note when it is an assumption. */
  public record ImageVersion(String version, String note) {}

  private static final Pattern TAG_VERSION =
      Pattern.compile("^(\\d+(?:\\.\\d+)*(?:(?:a|b|rc)\\d+)?)(?:$|[-_].*)");
  private static final Pattern UBI = Pattern.compile("^python-?3(\\d{1,2})$");
  private static final Pattern TAG_INTERPRETER =
      Pattern.compile("(?:^|[-_])python(3\\.\\d+)(?:$|[-_.].*)");

  private PythonImages() {}

  /** The version {@code image} runs, or null when its name and tag do not say. */
  public static ImageVersion of(String image) {
    String ref = image.strip();
    if (ref.contains("$"))
      return null; // python:$PY left unexpanded names no version, not the latest one
    int at = ref.indexOf('@');
    if (at >= 0) ref = ref.substring(0, at);
    int slash = ref.lastIndexOf('/');
    int colon = ref.lastIndexOf(':');
    String tag = colon > slash ? ref.substring(colon + 1) : "";
    String path = colon > slash ? ref.substring(0, colon) : ref;
    String repository = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (repository.equals("python")) return pythonTag(path, tag);
    Matcher ubi = UBI.matcher(repository);
    if (ubi.matches()) return new ImageVersion("3." + ubi.group(1), null);
    Matcher interpreter = TAG_INTERPRETER.matcher(tag.toLowerCase(Locale.ROOT));
    if (interpreter.find()) return new ImageVersion(interpreter.group(1), null);
    return null;
  }

  private static ImageVersion pythonTag(String path, String tag) {
    Matcher m = TAG_VERSION.matcher(tag);
    if (m.matches()) {
      String version = m.group(1);
      if (!version.contains(".")) {
        return version.equals("3") && official(path)
            ? new ImageVersion(LATEST, "python:" + tag + " " + LATEST_NOTE)
            : null;
      }
      return new ImageVersion(version, null);
    }
    // latest, slim, alpine3.20, slim-bookworm…: a variant of the newest release
    if ((tag.isEmpty() || !Character.isDigit(tag.charAt(0))) && official(path)) {
      return new ImageVersion(
          LATEST, "python" + (tag.isEmpty() ? "" : ":" + tag) + " " + LATEST_NOTE);
    }
    return null;
  }

  /**
   * Docker Hub's official image ({@code python}, {@code library/python}, {@code
   * docker.io/library/python}).
   */
  private static boolean official(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.equals("python")
        || p.equals("library/python")
        || p.endsWith("docker.io/library/python")
        || p.endsWith("docker.io/python");
  }
}
