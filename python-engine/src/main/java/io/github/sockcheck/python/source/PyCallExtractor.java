package io.github.sockcheck.python.source;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.python.Facts;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds calls {@code name(...)} / {@code a.b.c(...)} in a token stream and turns those whose last
 * name is interesting into {@link CallSite}s (a {@code super().__init__(...)} counts as a call of
 * the class's first base): positional and keyword arguments as {@link ArgFact}s (int literals incl.
 * unary minus, {@code None}, booleans, strings, named constants, call results; anything else
 * unknown). {@code *args} makes every position from there on unknown; {@code **kw} makes every
 * keyword the rules ask about unknown instead of absent. Imports are resolved first, so a callee is
 * reported by its canonical name.
 */
public final class PyCallExtractor {

  private static final Set<String> KEYWORDS =
      Set.of(
          "False",
          "None",
          "True",
          "and",
          "as",
          "assert",
          "async",
          "await",
          "break",
          "class",
          "continue",
          "def",
          "del",
          "elif",
          "else",
          "except",
          "finally",
          "for",
          "from",
          "global",
          "if",
          "import",
          "in",
          "is",
          "lambda",
          "nonlocal",
          "not",
          "or",
          "pass",
          "raise",
          "return",
          "try",
          "while",
          "with",
          "yield");

  /** What the rule pack wants to know about calls with a given last name. */
  public interface Interest {
    /** True when calls whose callee ends in {@code member} can match a rule. */
    boolean wants(String member);

    /**
     * Keyword (role) names the rules read for {@code member}: unknown, not absent, under {@code
     * **kw}.
     */
    Set<String> keywords(String member);

    /**
     * Highest role position the rules read for {@code member}: positions up to it are unknown after
     * {@code *args}.
     */
    int maxPosition(String member);
  }

  private final String source;
  private final List<PyToken> tokens;
  private final String path;
  private final String moduleName;
  private final Interest interest;
  private final PyImports imports = new PyImports();

  /**
   * @param path the repository-relative path, for locations
   */
  public PyCallExtractor(String source, List<PyToken> tokens, String path, Interest interest) {
    this.source = source;
    this.tokens = tokens;
    this.path = path;
    this.moduleName = path.substring(path.lastIndexOf('/') + 1);
    this.interest = interest;
  }

  /**
   * A {@code def} or {@code class} block: its indentation, the token of its name, and a class's
   * first base.
   */
  private record Scope(int indent, int nameToken, boolean isClass, String firstBase) {}

  public List<CallSite> extract() {
    collectImports();
    List<CallSite> out = new ArrayList<>();
    List<Scope> scopes = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      PyToken t = tokens.get(i);
      if (t.type() == PyToken.Type.NEWLINE) continue;
      if (startsLine(i)) {
        int indent = t.column() - 1;
        while (!scopes.isEmpty() && scopes.get(scopes.size() - 1).indent() >= indent)
          scopes.remove(scopes.size() - 1);
        int k = i;
        if (t.is(PyToken.Type.NAME, "async") && k + 1 < tokens.size()) k++;
        PyToken head = tokens.get(k);
        if ((head.is(PyToken.Type.NAME, "def") || head.is(PyToken.Type.NAME, "class"))
            && k + 1 < tokens.size()
            && tokens.get(k + 1).isName()) {
          boolean isClass = head.is(PyToken.Type.NAME, "class");
          scopes.add(new Scope(indent, k + 1, isClass, isClass ? firstBase(k + 2) : null));
        }
      }
      if (t.is(PyToken.Type.NAME, "super")) {
        CallSite init = superInit(i, scopes);
        if (init != null) out.add(init);
        continue;
      }
      if (!t.isName() || KEYWORDS.contains(t.text())) continue;
      if (i > 0
          && (tokens.get(i - 1).isOp(".")
              || tokens.get(i - 1).is(PyToken.Type.NAME, "def")
              || tokens.get(i - 1).is(PyToken.Type.NAME, "class"))) continue;
      int j = i;
      StringBuilder written = new StringBuilder(t.text());
      while (j + 2 < tokens.size() && tokens.get(j + 1).isOp(".") && tokens.get(j + 2).isName()) {
        j += 2;
        written.append('.').append(tokens.get(j).text());
      }
      if (j + 1 >= tokens.size() || !tokens.get(j + 1).isOp("(")) continue;
      PyImports.Resolved callee = imports.resolve(written.toString());
      String member = callee.name().substring(callee.name().lastIndexOf('.') + 1);
      if (!interest.wants(member)) continue;
      out.add(callSite(i, j, callee, member, enclosing(scopes)));
    }
    return out;
  }

  private String enclosing(List<Scope> scopes) {
    if (scopes.isEmpty()) return moduleName + ":<module>";
    StringBuilder b = new StringBuilder();
    for (Scope scope : scopes) {
      if (b.length() > 0) b.append('.');
      b.append(tokens.get(scope.nameToken()).text());
    }
    return moduleName + ":" + b;
  }

  /**
   * The dotted name of the first base in {@code class Name(Base, ...)}, as written; null when there
   * is none.
   */
  private String firstBase(int open) {
    if (open >= tokens.size() || !tokens.get(open).isOp("(")) return null;
    int end = chainEnd(open + 1, tokens.size());
    if (end == open + 1 || end >= tokens.size()) return null;
    PyToken after = tokens.get(end);
    if (!after.isOp(",") && !after.isOp(")"))
      return null; // a call, a subscript or a keyword such as metaclass=
    return dotted(open + 1, end);
  }

  /**
   * {@code super().__init__(...)} (or {@code super(Cls, self).__init__(...)}) inside a class whose
   * first base is known: the base class's constructor, called with the same arguments. It is
   * reported as a call of the base (callee the base's canonical name), so the base's call patterns
   * and argument positions apply.
   */
  private CallSite superInit(int at, List<Scope> scopes) {
    if (at + 1 >= tokens.size() || !tokens.get(at + 1).isOp("(")) return null;
    int close = matching(at + 1);
    if (close + 3 >= tokens.size()
        || !tokens.get(close + 1).isOp(".")
        || !tokens.get(close + 2).is(PyToken.Type.NAME, "__init__")
        || !tokens.get(close + 3).isOp("(")) {
      return null;
    }
    Scope cls = null;
    for (int k = scopes.size() - 1; k >= 0; k--) {
      if (scopes.get(k).isClass()) {
        cls = scopes.get(k);
        break;
      }
    }
    if (cls == null || cls.firstBase() == null) return null;
    PyImports.Resolved base = imports.resolve(cls.firstBase());
    String member = base.name().substring(base.name().lastIndexOf('.') + 1);
    if (!interest.wants(member)) return null;
    return callSite(at, close + 2, base, member, enclosing(scopes));
  }

  private CallSite callSite(
      int first, int last, PyImports.Resolved callee, String member, String enclosing) {
    PyToken a = tokens.get(first);
    PyToken b = tokens.get(last);
    Location location = new Location(path, a.line(), a.column(), b.endLine(), b.endColumn());
    int open = last + 1;
    int close = matching(open);
    List<ArgFact> args = new ArrayList<>();
    Map<String, ArgFact> keywords = new LinkedHashMap<>();
    boolean starArgs = false;
    boolean starKw = false;
    for (int[] range : splitArguments(open, close)) {
      int from = range[0];
      int to = range[1];
      PyToken head = tokens.get(from);
      if (head.isOp("**")) {
        starKw = true;
      } else if (head.isOp("*")) {
        if (!starArgs) args.add(ArgFact.of(ArgOrigin.UNKNOWN, text(from, to)));
        starArgs = true;
      } else if (head.isName() && to - from >= 2 && tokens.get(from + 1).isOp("=")) {
        keywords.put(head.text(), argFact(from + 2, to));
      } else if (!starArgs) {
        args.add(argFact(from, to));
      }
    }
    if (starArgs) {
      while (args.size() <= interest.maxPosition(member)) args.add(ArgFact.UNKNOWN);
    }
    if (starKw) {
      for (String keyword : interest.keywords(member))
        keywords.putIfAbsent(keyword, ArgFact.UNKNOWN);
    }
    return CallSite.builder(Language.PYTHON, callee.name(), member)
        .args(args)
        .keywordArgs(keywords)
        .location(location)
        .enclosing(enclosing)
        .resolved(callee.viaImport())
        .engine(Facts.ENGINE)
        .build();
  }

  /** Index of the bracket closing the one at {@code open}; the last token when unbalanced. */
  private int matching(int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      PyToken t = tokens.get(i);
      if (t.type() != PyToken.Type.OP) continue;
      switch (t.text()) {
        case "(", "[", "{" -> depth++;
        case ")", "]", "}" -> {
          depth--;
          if (depth == 0) return i;
        }
        default -> {}
      }
    }
    return tokens.size();
  }

  /** Top-level argument token ranges {from, to} between the brackets (exclusive). */
  private List<int[]> splitArguments(int open, int close) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int start = open + 1;
    for (int i = open + 1; i < close && i < tokens.size(); i++) {
      PyToken t = tokens.get(i);
      if (t.type() == PyToken.Type.NEWLINE) continue;
      if (t.type() == PyToken.Type.OP) {
        switch (t.text()) {
          case "(", "[", "{" -> depth++;
          case ")", "]", "}" -> depth--;
          case "," -> {
            if (depth == 0) {
              if (i > start) out.add(new int[] {start, i});
              start = i + 1;
            }
          }
          default -> {}
        }
      }
    }
    int end = Math.min(close, tokens.size());
    if (end > start) out.add(new int[] {start, end});
    return out;
  }

  /** What is known about the expression in tokens [from, to). */
  private ArgFact argFact(int from, int to) {
    String text = text(from, to);
    int count = to - from;
    PyToken t = tokens.get(from);
    if (count == 1) {
      switch (t.type()) {
        case NUMBER -> {
          BigInteger v = intLiteral(t.text());
          return v != null && v.bitLength() < 64
              ? ArgFact.ofInt(v.longValue(), null, text)
              : ArgFact.of(ArgOrigin.CONSTANT, text);
        }
        case NAME -> {
          if (t.text().equals("None")) return ArgFact.ofNull(text);
          if (t.text().equals("True") || t.text().equals("False")) {
            return ArgFact.ofConstant(Boolean.valueOf(t.text()), null, text);
          }
        }
        default -> {}
      }
    }
    if (count == 2
        && (t.isOp("-") || t.isOp("+"))
        && tokens.get(from + 1).type() == PyToken.Type.NUMBER) {
      BigInteger v = intLiteral(tokens.get(from + 1).text());
      if (v != null) {
        if (t.isOp("-")) v = v.negate();
        if (v.bitLength() < 64) return ArgFact.ofInt(v.longValue(), null, text);
      }
    }
    if (allStrings(from, to)) {
      StringBuilder value = new StringBuilder();
      for (int i = from; i < to; i++) {
        String v = tokens.get(i).value();
        if (v == null) return ArgFact.of(ArgOrigin.UNKNOWN, text); // f-string
        value.append(v);
      }
      return ArgFact.ofConstant(value.toString(), null, text);
    }
    int chainEnd = chainEnd(from, to);
    if (chainEnd == to) {
      String written = dotted(from, to);
      String last = written.substring(written.lastIndexOf('.') + 1);
      if (isConstantName(last)) {
        return ArgFact.ofConstant(null, imports.resolve(written).name(), text);
      }
      return ArgFact.of(ArgOrigin.UNKNOWN, text);
    }
    if (chainEnd > from
        && chainEnd < to
        && tokens.get(chainEnd).isOp("(")
        && matching(chainEnd) == to - 1) {
      String resolved = imports.resolve(dotted(from, chainEnd)).name();
      int dot = resolved.lastIndexOf('.');
      String producedBy =
          dot < 0
              ? "*#" + resolved
              : resolved.substring(0, dot) + "#" + resolved.substring(dot + 1);
      return ArgFact.ofCall(producedBy, text);
    }
    return ArgFact.of(ArgOrigin.UNKNOWN, text);
  }

  private boolean allStrings(int from, int to) {
    for (int i = from; i < to; i++) if (tokens.get(i).type() != PyToken.Type.STRING) return false;
    return true;
  }

  /**
   * End (exclusive) of a dotted name chain NAME(.NAME)* starting at {@code from}; {@code from} if
   * none.
   */
  private int chainEnd(int from, int to) {
    if (!tokens.get(from).isName() || KEYWORDS.contains(tokens.get(from).text())) return from;
    int j = from + 1;
    while (j + 1 < to && tokens.get(j).isOp(".") && tokens.get(j + 1).isName()) j += 2;
    return j;
  }

  private String dotted(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) b.append(tokens.get(i).text());
    return b.toString();
  }

  private static boolean isConstantName(String name) {
    boolean letter = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isLetter(c)) letter = true;
    }
    return letter;
  }

  private static BigInteger intLiteral(String text) {
    String t = text.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.startsWith("0x")) return new BigInteger(t.substring(2), 16);
      if (t.startsWith("0o")) return new BigInteger(t.substring(2), 8);
      if (t.startsWith("0b")) return new BigInteger(t.substring(2), 2);
      if (t.matches("[0-9]+")) return new BigInteger(t);
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** The source text of tokens [from, to), whitespace runs collapsed. */
  private String text(int from, int to) {
    if (from >= to || from >= tokens.size()) return "";
    int end = tokens.get(Math.min(to, tokens.size()) - 1).end();
    return source.substring(tokens.get(from).start(), end).replaceAll("\\s+", " ");
  }

  /** True when token {@code i} is the first of its logical line. */
  private boolean startsLine(int i) {
    return i == 0 || tokens.get(i - 1).type() == PyToken.Type.NEWLINE;
  }

  /** Reads every import statement (at any depth: function-level imports count too). */
  private void collectImports() {
    for (int i = 0; i < tokens.size(); i++) {
      PyToken t = tokens.get(i);
      if (t.type() == PyToken.Type.NEWLINE) continue;
      boolean statementStart = startsLine(i) || tokens.get(i - 1).isOp(";");
      if (!statementStart) continue;
      if (t.is(PyToken.Type.NAME, "import")) i = importStatement(i + 1);
      else if (t.is(PyToken.Type.NAME, "from")) i = fromStatement(i + 1);
    }
  }

  private int importStatement(int i) {
    while (i < tokens.size()) {
      int end = dottedEnd(i);
      if (end == i) return i - 1;
      String module = dottedText(i, end);
      String alias = null;
      i = end;
      if (i + 1 < tokens.size()
          && tokens.get(i).is(PyToken.Type.NAME, "as")
          && tokens.get(i + 1).isName()) {
        alias = tokens.get(i + 1).text();
        i += 2;
      }
      imports.importModule(module, alias);
      if (i < tokens.size() && tokens.get(i).isOp(",")) i++;
      else return i - 1;
    }
    return i;
  }

  private int fromStatement(int i) {
    StringBuilder module = new StringBuilder();
    while (i < tokens.size() && (tokens.get(i).isOp(".") || tokens.get(i).isOp("...")))
      module.append(tokens.get(i++).text());
    int end = dottedEnd(i);
    module.append(dottedText(i, end));
    i = end;
    if (i >= tokens.size() || !tokens.get(i).is(PyToken.Type.NAME, "import")) return i - 1;
    i++;
    boolean paren = i < tokens.size() && tokens.get(i).isOp("(");
    if (paren) i++;
    while (i < tokens.size()) {
      PyToken t = tokens.get(i);
      if (t.isOp("*")) {
        imports.importFrom(module.toString(), "*", null);
        i++;
      } else if (t.isName()) {
        String alias = null;
        i++;
        if (i + 1 < tokens.size()
            && tokens.get(i).is(PyToken.Type.NAME, "as")
            && tokens.get(i + 1).isName()) {
          alias = tokens.get(i + 1).text();
          i += 2;
        }
        if (!module.toString().startsWith("."))
          imports.importFrom(module.toString(), t.text(), alias);
      } else {
        break;
      }
      if (i < tokens.size() && tokens.get(i).isOp(",")) i++;
      else break;
    }
    if (paren && i < tokens.size() && tokens.get(i).isOp(")")) i++;
    return i - 1;
  }

  private int dottedEnd(int i) {
    if (i >= tokens.size() || !tokens.get(i).isName()) return i;
    int j = i + 1;
    while (j + 1 < tokens.size() && tokens.get(j).isOp(".") && tokens.get(j + 1).isName()) j += 2;
    return j;
  }

  private String dottedText(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) b.append(tokens.get(i).text());
    return b.toString();
  }

  /** Convenience for callers that only have a predicate on member names. */
  public static Interest interestIn(
      Function<String, Boolean> wants,
      Function<String, Set<String>> keywords,
      Function<String, Integer> maxPosition) {
    return new Interest() {
      @Override
      public boolean wants(String member) {
        return wants.apply(member);
      }

      @Override
      public Set<String> keywords(String member) {
        return keywords.apply(member);
      }

      @Override
      public int maxPosition(String member) {
        return maxPosition.apply(member);
      }
    };
  }
}
