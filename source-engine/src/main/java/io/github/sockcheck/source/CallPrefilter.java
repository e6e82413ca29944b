package io.github.sockcheck.source;

import io.github.sockcheck.apimodel.ApiModel;
import io.github.sockcheck.core.index.CallPatternIndex;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.source.WordIndex.Occurrences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The text pre-filter: a file is parsed only when, for some Java call pattern of the pack, its text
 * holds a plausible call. It must never drop a file that holds a call a rule can match, so every
 * test errs towards keeping the file:
 *
 * <ul>
 *   <li>owner {@code X}, member {@code m}: the identifier {@code X} anywhere in the file (a
 *       reference, an import, a fully qualified name, a same-package or wildcard-imported use — all
 *       spell {@code X}) and {@code m(} with a fitting number of arguments;
 *   <li>owner {@code X}, {@code <init>}: {@code new X(} (qualified, with type arguments,
 *       whitespace) or {@code X::new}; for a call rule's no-argument constructor also {@code
 *       X.class}, which a library may construct ({@code bootstrap.channel(X.class)}, the flow
 *       model's {@code instantiates});
 *   <li>owner {@code X} with {@code subtypes: true}, {@code X} a library type of the built-in API
 *       model: the identifier {@code X} or of one of its subtypes in the model ({@code
 *       AbstractBootstrap}: also {@code Bootstrap}, {@code ServerBootstrap}) and {@code m(} as
 *       above. A file that names only a subtype declared in the program is not kept (measured: the
 *       any-owner test kept 118 of 6,106 bench files for the two {@code AbstractBootstrap} patterns
 *       of one rule, against 22 without them, and doubled the scan);
 *   <li>owner {@code *}, or {@code subtypes: true} with an owner the model does not know: {@code
 *       m(} with a fitting number of arguments, whatever the owner; a subtype constructor pattern
 *       keeps every file with a {@code new}.
 * </ul>
 *
 * <p>Argument counts come from a bracket-aware scan that skips strings, chars and comments; commas
 * inside type arguments ({@code Map.<A, B>of()}) can only raise the count, so when a {@code <} is
 * seen the count is an upper bound and the file is kept whenever the pattern's count is within it.
 * A pattern whose last parameter is an array (a varargs overload) accepts any count.
 *
 * <p>What it assumes, as the engine already did: a call whose owner the file never names — a
 * receiver typed only by another file ({@code ch.provider().openDatagramChannel()}), or a static
 * method inherited through an intermediate class — resolves to an owner the text does not show;
 * such files are not parsed. Unicode escapes in identifiers are not decoded. Both are described for
 * users in the user guide ({@code src/site/markdown/index.md}, "What the source engine does not
 * see") and measured in {@code bench/README.md}.
 */
final class CallPrefilter {

  /**
   * One pattern as the filter sees it: an argument count ({@code -1} any) and the simple names of
   * which the file must mention one (null: any owner).
   */
  private record Probe(Set<String> ownerNames, int arity) {
    boolean ownerNamed(Occurrences at) {
      if (ownerNames == null) return true;
      for (String name : ownerNames) if (at.any(name)) return true;
      return false;
    }

    boolean arityFits(ArgCount count) {
      if (arity < 0 || count == null) return true;
      return count.fits(arity);
    }
  }

  private final Map<String, List<Probe>> methodProbes = new LinkedHashMap<>();
  private final Map<String, List<Probe>> constructorProbes = new LinkedHashMap<>();
  private boolean anyConstructor;

  /** Simple names of {@code type:} code uses: any mention of one keeps the file. */
  private final Set<String> typeWords = new TreeSet<>();

  /**
   * Simple names of constructor patterns' types whose {@code X.class} a library may instantiate
   * ({@code bootstrap.channel(X.class)}).
   */
  private final Set<String> literalTypes = new TreeSet<>();

  private final WordIndex words;

  /**
   * The probes come from the pack's {@link CallPatternIndex}, the one place patterns are
   * interpreted.
   */
  CallPrefilter(RulePack pack) {
    for (Map.Entry<String, List<CallPatternIndex.TextProbe>> e :
        pack.index().textProbes().entrySet()) {
      for (CallPatternIndex.TextProbe p : e.getValue()) {
        if (e.getKey().equals(CallPatternIndex.CONSTRUCTOR)) {
          if (p.ownerSimpleName() == null) anyConstructor = true;
          else
            constructorProbes
                .computeIfAbsent(p.ownerSimpleName(), k -> new ArrayList<>())
                .add(new Probe(Set.of(p.ownerSimpleName()), p.arity()));
        } else {
          methodProbes
              .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
              .add(new Probe(ownerNames(p), p.arity()));
        }
      }
    }
    for (String type : pack.index().typeUses()) typeWords.add(simpleName(type));
    for (String type : pack.index().classLiteralTypes()) literalTypes.add(simpleName(type));
    Set<String> interesting = new TreeSet<>(typeWords);
    if (anyConstructor) interesting.add("new");
    interesting.addAll(constructorProbes.keySet());
    methodProbes.forEach(
        (member, probes) -> {
          interesting.add(member);
          for (Probe p : probes) if (p.ownerNames() != null) interesting.addAll(p.ownerNames());
        });
    words = new WordIndex(interesting);
  }

  /**
   * The simple names a file must mention for a method probe: the owner's; for a {@code subtypes:
   * true} pattern the owner's and those of its subtypes in the built-in API model (a call on a
   * subtype's receiver names the subtype); null (any owner) for {@code *} and for a {@code
   * subtypes} owner the model does not know, whose subtypes cannot be listed.
   */
  private static Set<String> ownerNames(CallPatternIndex.TextProbe p) {
    if (p.subtypesOf() == null)
      return p.ownerSimpleName() == null ? null : Set.of(p.ownerSimpleName());
    Set<String> subtypes = ApiModel.builtIn().subtypesIfKnown(p.subtypesOf());
    if (subtypes == null) return null;
    Set<String> names = new TreeSet<>();
    names.add(simpleName(p.subtypesOf()));
    for (String subtype : subtypes) names.add(simpleName(subtype));
    return names;
  }

  private static String simpleName(String type) {
    return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
  }

  /** True when the pack has no Java call pattern: no file is worth parsing. */
  boolean isEmpty() {
    return methodProbes.isEmpty()
        && constructorProbes.isEmpty()
        && !anyConstructor
        && typeWords.isEmpty();
  }

  /** True when {@code text} may hold a call some pattern describes. */
  boolean mayCall(String text) {
    Occurrences at = words.find(text);
    for (String type : typeWords) if (at.any(type)) return true;
    if (anyConstructor && at.any("new")) return true;
    for (Map.Entry<String, List<Probe>> e : constructorProbes.entrySet()) {
      if (at.any(e.getKey())
          && constructs(
              text,
              e.getKey(),
              at.of(e.getKey()),
              e.getValue(),
              literalTypes.contains(e.getKey()))) {
        return true;
      }
    }
    for (Map.Entry<String, List<Probe>> e : methodProbes.entrySet()) {
      if (!at.any(e.getKey())) continue;
      List<Probe> live = new ArrayList<>();
      for (Probe p : e.getValue()) if (p.ownerNamed(at)) live.add(p);
      if (!live.isEmpty() && calls(text, e.getKey(), at.of(e.getKey()), live)) return true;
    }
    return false;
  }

  /** {@code member(} with an argument list some probe accepts. */
  private static boolean calls(String text, String member, int[] starts, List<Probe> probes) {
    for (int at : starts) {
      int open = skipSpace(text, at + member.length());
      if (open < text.length() && text.charAt(open) == '(') {
        ArgCount count = ArgCount.after(text, open + 1);
        for (Probe p : probes) if (p.arityFits(count)) return true;
      }
    }
    return false;
  }

  /**
   * {@code new [qualifier.]X[<..>](..)} with a fitting argument list, or {@code X::new}, or, when
   * {@code literal}, {@code X.class} (a library may construct it).
   */
  private static boolean constructs(
      String text, String type, int[] starts, List<Probe> probes, boolean literal) {
    for (int at : starts) {
      int after = skipSpace(text, at + type.length());
      if (text.startsWith("::", after) && text.startsWith("new", skipSpace(text, after + 2)))
        return true;
      if (literal
          && text.startsWith(".", after)
          && text.startsWith("class", skipSpace(text, after + 1))) return true;
      if (!precededByNew(text, at)) continue;
      int open = after;
      if (open < text.length() && text.charAt(open) == '<')
        open = skipSpace(text, skipAngles(text, open));
      if (open >= text.length() || text.charAt(open) != '(')
        return true; // odd spelling: keep the file
      ArgCount count = ArgCount.after(text, open + 1);
      for (Probe p : probes) if (p.arityFits(count)) return true;
    }
    return false;
  }

  /**
   * Walks back over whitespace, a qualifier ({@code a.b.}) and simple type annotations to a {@code
   * new}.
   */
  private static boolean precededByNew(String text, int at) {
    int i = at - 1;
    while (true) {
      while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
      if (i < 0) return false;
      char c = text.charAt(i);
      if (c == '.') {
        i--;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        while (i >= 0 && Character.isJavaIdentifierPart(text.charAt(i))) i--;
        continue;
      }
      if (!Character.isJavaIdentifierPart(c)) return false;
      int end = i + 1;
      while (i >= 0 && Character.isJavaIdentifierPart(text.charAt(i))) i--;
      String word = text.substring(i + 1, end);
      if (word.equals("new")) return true;
      if (i >= 0 && text.charAt(i) == '@') { // new @Ann X(): skip the annotation
        i--;
        continue;
      }
      return false;
    }
  }

  private static int skipAngles(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<') depth++;
      else if (c == '>' && --depth == 0) return i + 1;
      else if (c == ';' || c == '{' || c == '}') return i;
    }
    return text.length();
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    return i;
  }

  /**
   * The number of top-level arguments of a call, from just after its {@code (}: exact unless type
   * arguments may have added commas ({@code upperBoundOnly}); null when the list does not end in
   * reach.
   */
  record ArgCount(int count, boolean upperBoundOnly) {

    private static final int MAX_SCAN = 200_000;

    boolean fits(int arity) {
      if (!upperBoundOnly) return count == arity;
      return arity <= count && (arity > 0 || count == 0);
    }

    static ArgCount after(String text, int start) {
      int depth = 0;
      int commas = 0;
      boolean content = false;
      boolean angles = false;
      int limit = Math.min(text.length(), start + MAX_SCAN);
      int i = start;
      while (i < limit) {
        char c = text.charAt(i);
        if (c == '/' && i + 1 < limit && text.charAt(i + 1) == '/') {
          int nl = text.indexOf('\n', i);
          i = nl < 0 ? limit : nl + 1;
          continue;
        }
        if (c == '/' && i + 1 < limit && text.charAt(i + 1) == '*') {
          int close = text.indexOf("*/", i + 2);
          i = close < 0 ? limit : close + 2;
          continue;
        }
        if (c == '"' || c == '\'') {
          content = true;
          i = skipLiteral(text, i, limit);
          continue;
        }
        if (c == '(' || c == '[' || c == '{') {
          depth++;
          content = true;
        } else if (c == ')' || c == ']' || c == '}') {
          if (depth == 0) return c == ')' ? new ArgCount(content ? commas + 1 : 0, angles) : null;
          depth--;
        } else if (depth == 0 && c == ',') {
          commas++;
        } else if (depth == 0 && c == '<') {
          angles = true;
          content = true;
        } else if (!Character.isWhitespace(c)) {
          content = true;
        }
        i++;
      }
      return null;
    }

    /** The index after a string, text block or char literal starting at {@code i}. */
    private static int skipLiteral(String text, int i, int limit) {
      char quote = text.charAt(i);
      if (quote == '"' && text.startsWith("\"\"\"", i)) {
        int close = i + 3;
        while (true) {
          close = text.indexOf("\"\"\"", close);
          if (close < 0) return limit;
          if (text.charAt(close - 1) != '\\') return close + 3;
          close++;
        }
      }
      int j = i + 1;
      while (j < limit) {
        char c = text.charAt(j);
        if (c == '\\') j += 2;
        else if (c == quote) return j + 1;
        else if (c == '\n') return j; // unterminated: stop at the line end
        else j++;
      }
      return limit;
    }
  }
}
