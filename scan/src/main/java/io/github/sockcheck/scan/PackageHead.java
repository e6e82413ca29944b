package io.github.sockcheck.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a Java file only up to its package declaration: comments, whitespace and package annotations are
 * skipped; the first other token ends the read. A license header and the declaration are a few hundred
 * bytes, so classifying inputs costs a fraction of reading the files (the engines read them once more).
 */
final class PackageHead {

  /** More than this many characters before the declaration: not worth looking further. */
  private static final int MAX_CHARS = 256 * 1024;

  private final Reader in;
  private int consumed;
  private int peeked = -2;

  private PackageHead(Reader in) {
    this.in = in;
  }

  /** The declared package ({@code a.b.c}), "" for the default package or when there is no declaration to read. */
  static String of(Path javaFile) throws IOException {
    // InputStreamReader replaces malformed bytes: the head of a file in another encoding still reads.
    try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(javaFile), StandardCharsets.UTF_8), 2048)) {
      return new PackageHead(r).read();
    }
  }

  private String read() throws IOException {
    if (peek() == '\uFEFF') next();
    while (true) {
      skipSpaceAndComments();
      int c = peek();
      if (c == '@') { // package annotation (package-info.java)
        next();
        skipSpaceAndComments();
        identifierPath();
        skipSpaceAndComments();
        if (peek() == '(') skipParens();
        continue;
      }
      if (c < 0 || !Character.isJavaIdentifierStart(c)) return "";
      String word = identifier();
      if (!word.equals("package")) return "";
      skipSpaceAndComments();
      String name = identifierPath();
      skipSpaceAndComments();
      return peek() == ';' ? name : "";
    }
  }

  private String identifierPath() throws IOException {
    StringBuilder sb = new StringBuilder(identifier());
    while (true) {
      skipSpaceAndComments();
      if (peek() != '.') return sb.toString();
      next();
      skipSpaceAndComments();
      String part = identifier();
      if (part.isEmpty()) return sb.toString();
      sb.append('.').append(part);
    }
  }

  private String identifier() throws IOException {
    StringBuilder sb = new StringBuilder();
    int c = peek();
    if (c < 0 || !Character.isJavaIdentifierStart(c)) return "";
    while (c >= 0 && Character.isJavaIdentifierPart(c)) {
      sb.append((char) next());
      c = peek();
    }
    return sb.toString();
  }

  private void skipParens() throws IOException {
    int depth = 0;
    int c;
    while ((c = next()) >= 0) {
      if (c == '(') depth++;
      else if (c == ')' && --depth == 0) return;
    }
  }

  private void skipSpaceAndComments() throws IOException {
    while (true) {
      int c = peek();
      if (c >= 0 && Character.isWhitespace(c)) {
        next();
      } else if (c == '/') {
        next();
        int d = peek();
        if (d == '/') {
          while ((c = next()) >= 0 && c != '\n') { /* line comment */ }
        } else if (d == '*') {
          next();
          int prev = 0;
          while ((c = next()) >= 0 && !(prev == '*' && c == '/')) prev = c;
        } else {
          peeked = -1; // a lone '/' cannot start a declaration: end of head
          return;
        }
      } else {
        return;
      }
    }
  }

  private int peek() throws IOException {
    if (peeked == -2) peeked = consumed++ > MAX_CHARS ? -1 : in.read();
    return peeked;
  }

  private int next() throws IOException {
    int c = peek();
    if (c >= 0) peeked = -2;
    return c;
  }
}
