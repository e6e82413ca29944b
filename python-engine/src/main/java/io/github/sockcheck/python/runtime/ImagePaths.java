package io.github.sockcheck.python.runtime;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Paths inside a container image: always {@code /}-separated and absolute, whatever the host's file
 * system.
 */
final class ImagePaths {

  private ImagePaths() {}

  /**
   * {@code path} made absolute against {@code dir} and normalized ({@code /app} + {@code
   * ./req/../r.txt} → {@code /app/r.txt}).
   */
  static String resolve(String dir, String path) {
    String joined = path.startsWith("/") ? path : (dir.endsWith("/") ? dir : dir + "/") + path;
    Deque<String> parts = new ArrayDeque<>();
    for (String part : joined.split("/")) {
      if (part.isEmpty() || part.equals(".")) continue;
      if (part.equals("..")) {
        if (!parts.isEmpty()) parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }
}
