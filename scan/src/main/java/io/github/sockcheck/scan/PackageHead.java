package io.github.sockcheck.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a Java file only up to its package declaration: the first 8 KiB (a license header and the
 * declaration fit), the whole file only when a comment runs past that. Comments, whitespace and
 * package annotations are skipped; the first other token ends the look. Classifying inputs thus
 * costs a fraction of reading the files, which the engines do once more.
 */
final class PackageHead {

  private static final int HEAD_BYTES = 8 * 1024;

  /** Thrown when the head ended before the declaration was decided. */
  private static final class NeedMore extends Exception {
    NeedMore() {
      super(null, null, false, false);
    }
  }

  private final String text;
  private final boolean complete;

  private PackageHead(String text, boolean complete) {
    this.text = text;
    this.complete = complete;
  }

  /**
   * The declared package ({@code a.b.c}), "" for the default package or when there is no
   * declaration to read.
   */
  static String of(Path javaFile) throws IOException {
    byte[] head;
    boolean complete;
    try (InputStream in = Files.newInputStream(javaFile)) {
      head = in.readNBytes(HEAD_BYTES);
      complete = head.length < HEAD_BYTES || in.read() < 0;
    }
    // Malformed bytes become U+FFFD: the head of a file in another encoding still reads.
    try {
      return new PackageHead(new String(head, StandardCharsets.UTF_8), complete).read();
    } catch (NeedMore e) {
      try {
        return new PackageHead(Files.readString(javaFile, StandardCharsets.ISO_8859_1), true)
            .read();
      } catch (NeedMore impossible) {
        return "";
      }
    }
  }

  private String read() throws NeedMore {
    int i = skip(0);
    while (at(i) == '@') { // package annotations (package-info.java)
      i = skip(name(skip(i + 1)));
      if (at(i) == '(') i = parens(i);
      i = skip(i);
    }
    if (!text.startsWith("package", i)) return endOr(i + 7, "");
    int after = i + "package".length();
    if (Character.isJavaIdentifierPart(at(after))) return "";
    StringBuilder name = new StringBuilder();
    int j = skip(after);
    while (true) {
      char c = at(j);
      if (Character.isJavaIdentifierPart(c) && c != 0) {
        name.append(c);
        j++;
      } else if (c == '.') {
        name.append(c);
        j = skip(j + 1);
      } else if (Character.isWhitespace(c) || c == '/') {
        int k = skip(j);
        if (k == j) return "";
        j = k;
      } else if (c == ';') {
        return name.toString();
      } else {
        return endOr(j, "");
      }
    }
  }

  /**
   * {@code value}, unless the head ended before {@code index} and more of the file could change the
   * answer.
   */
  private String endOr(int index, String value) throws NeedMore {
    if (index >= text.length() && !complete) throw new NeedMore();
    return value;
  }

  /** The char at {@code i}; 0 past the end of a complete file. */
  private char at(int i) throws NeedMore {
    if (i < text.length()) return text.charAt(i);
    if (!complete) throw new NeedMore();
    return 0;
  }

  private int skip(int i) throws NeedMore {
    while (true) {
      char c = at(i);
      if (c == 0) return i;
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (c == '/' && at(i + 1) == '/') {
        int nl = text.indexOf('\n', i);
        if (nl < 0) return end();
        i = nl + 1;
      } else if (c == '/' && at(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) return end();
        i = end + 2;
      } else {
        return i;
      }
    }
  }

  /** The end of the text, when it is the end of the file. */
  private int end() throws NeedMore {
    if (!complete) throw new NeedMore();
    return text.length();
  }

  private int name(int i) throws NeedMore {
    while (Character.isJavaIdentifierPart(at(i)) && at(i) != 0 || at(i) == '.') i++;
    return i;
  }

  private int parens(int i) throws NeedMore {
    int depth = 0;
    while (true) {
      char c = at(i);
      if (c == 0) return i;
      if (c == '(') depth++;
      else if (c == ')' && --depth == 0) return i + 1;
      i++;
    }
  }
}
