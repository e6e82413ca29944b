package io.github.sockcheck.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A declaring file's text with the bodies of its methods and constructors emptied, for the type
 * solver: resolving a name against another file reads that file's types, members, signatures,
 * supertypes and field initializers (constants), never a method body. Method bodies are most of a
 * file's tokens, so the solver's parse of a declaring file gets several times cheaper and its
 * cached trees smaller. The files the engine analyses are parsed whole ({@link FileAnalyzer}).
 *
 * <p>A block is emptied when it follows the closing parenthesis of a parameter list, or a {@code
 * throws} clause after one: method and constructor bodies, and also anonymous class and enum
 * constant bodies and statement blocks inside field initializers, which no other file can name. A
 * record header ({@code record R(int x) {}}, {@code record R<T>(T x) {}}) is the one such block
 * that declares members: it is kept, and so is a {@code switch} (an expression in a field
 * initializer). Strings, text blocks, character literals and comments are skipped, so braces inside
 * them do not count.
 */
final class DeclarationText {

  private DeclarationText() {}

  /** One significant token: an identifier or keyword, or one punctuation character. */
  private record Token(int start, int end, char punct) {
    boolean is(char c) {
      return punct == c;
    }

    boolean word() {
      return punct == 0;
    }
  }

  /**
   * {@code text} with method and constructor bodies emptied ({@code {}}); the same string when
   * none.
   */
  static String withoutBodies(String text) {
    List<Token> tokens = tokens(text);
    int[] openParen = matchingOpenParens(tokens);
    StringBuilder out = null;
    int copied = 0;
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.is('{') || !isBodyStart(text, tokens, openParen, i)) continue;
      int close = matchingClose(tokens, i);
      if (close < 0) break; // unbalanced: leave the rest to the parser as it is
      if (out == null) out = new StringBuilder(text.length() / 2);
      out.append(text, copied, t.end());
      copied = tokens.get(close).start();
      i = close;
    }
    if (out == null) return text;
    return out.append(text, copied, text.length()).toString();
  }

  private static boolean isBodyStart(String text, List<Token> tokens, int[] openParen, int brace) {
    int before = brace - 1;
    Token prev = tokens.get(before);
    if (prev.word()) {
      // `) throws A, b.C<D> {`: walk back over the thrown types to `throws` and its `)`.
      int j = before;
      while (j > 0 && brace - j < 64) {
        Token k = tokens.get(j);
        if (k.word() && word(text, k).equals("throws")) break;
        if (!(k.word() || k.is('.') || k.is(',') || k.is('<') || k.is('>') || k.is('@')))
          return false;
        j--;
      }
      if (j <= 0 || !word(text, tokens.get(j)).equals("throws")) return false;
      before = j - 1;
      prev = tokens.get(before);
    }
    if (!prev.is(')')) return false;
    int open = openParen[before];
    if (open <= 0) return false;
    Token name = tokens.get(open - 1);
    if (name.is('>')) return false; // `record R<T>(…) {` (a method name never precedes `(` as `>`)
    if (name.word() && word(text, name).equals("switch")) return false; // a switch expression
    return !(name.word()
        && open >= 2
        && tokens.get(open - 2).word()
        && word(text, tokens.get(open - 2)).equals("record"));
  }

  private static String word(String text, Token t) {
    return text.substring(t.start(), t.end());
  }

  /** For each {@code )} token, the index of its {@code (}; -1 elsewhere or when unbalanced. */
  private static int[] matchingOpenParens(List<Token> tokens) {
    int[] open = new int[tokens.size()];
    Deque<Integer> stack = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      open[i] = -1;
      Token t = tokens.get(i);
      if (t.is('(')) stack.push(i);
      else if (t.is(')') && !stack.isEmpty()) open[i] = stack.pop();
    }
    return open;
  }

  private static int matchingClose(List<Token> tokens, int openBrace) {
    int depth = 0;
    for (int i = openBrace; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is('{')) depth++;
      else if (t.is('}') && --depth == 0) return i;
    }
    return -1;
  }

  private static List<Token> tokens(String s) {
    List<Token> tokens = new ArrayList<>(s.length() / 6);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
        i = endOfLine(s, i);
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '"' && s.startsWith("\"\"\"", i)) {
        i = endOfTextBlock(s, i + 3);
      } else if (c == '"' || c == '\'') {
        i = endOfQuoted(s, i + 1, c);
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) i++;
        tokens.add(new Token(start, i, (char) 0));
      } else if (c == '{' || c == '}' || c == '(' || c == ')' || c == '<' || c == '>' || c == ','
          || c == '.' || c == '@' || c == ';' || c == '=' || c == '[' || c == ']') {
        tokens.add(new Token(i, i + 1, c));
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        // other operators and digits: significant for "what precedes a brace", as a neutral mark
        tokens.add(new Token(i, i + 1, '#'));
        i++;
      }
    }
    return tokens;
  }

  private static int endOfLine(String s, int i) {
    int nl = s.indexOf('\n', i);
    return nl < 0 ? s.length() : nl + 1;
  }

  private static int endOfTextBlock(String s, int i) {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\') i += 2;
      else if (c == '"' && s.startsWith("\"\"\"", i)) return i + 3;
      else i++;
    }
    return n;
  }

  /** A string or char literal; it ends at the line's end at the latest (a broken literal). */
  private static int endOfQuoted(String s, int i, char quote) {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\') i += 2;
      else if (c == quote) return i + 1;
      else if (c == '\n') return i;
      else i++;
    }
    return n;
  }
}
