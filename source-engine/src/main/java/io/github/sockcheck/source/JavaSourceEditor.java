package io.github.sockcheck.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.fix.CallText;
import io.github.sockcheck.core.fix.SourceEditor;
import io.github.sockcheck.core.fix.TextOffsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quick fixes in Java sources: finds a reported call again by parsing the text with JavaParser (the
 * engine's lean configuration) and adds single-type imports. Positions are those the engine reports
 * (a method call at its name, a constructor call at {@code new}).
 */
public final class JavaSourceEditor implements SourceEditor {

  @Override
  public boolean handles(String path) {
    return path.endsWith(".java");
  }

  @Override
  public boolean parses(String text) {
    return parse(text).isPresent();
  }

  @Override
  public Optional<CallText> call(String text, Location at, String member) {
    Optional<CompilationUnit> unit = parse(text);
    if (unit.isEmpty()) return Optional.empty();
    TextOffsets offsets = new TextOffsets(text);
    List<Expression> found = new ArrayList<>();
    List<Expression> calls = new ArrayList<>();
    if (member.equals("<init>")) calls.addAll(unit.get().findAll(ObjectCreationExpr.class));
    else
      calls.addAll(
          unit.get().findAll(MethodCallExpr.class, c -> c.getNameAsString().equals(member)));
    for (Expression call : calls) {
      Position start = reportedStart(call);
      if (start == null || start.line != at.startLine()) continue;
      if (at.startColumn() > 0 && start.column != at.startColumn()) continue;
      found.add(call);
    }
    if (found.size() != 1) return Optional.empty();
    return callText(offsets, found.get(0));
  }

  /** Where the engine reports the call (see {@link SiteLocations}). */
  private static Position reportedStart(Expression call) {
    if (call instanceof MethodCallExpr m) return m.getName().getBegin().orElse(null);
    ObjectCreationExpr creation = (ObjectCreationExpr) call;
    if (creation.getScope().isPresent()) return creation.getType().getBegin().orElse(null);
    return creation.getBegin().orElse(null);
  }

  private static Optional<CallText> callText(TextOffsets offsets, Expression call) {
    if (call instanceof ObjectCreationExpr creation
        && creation.getAnonymousClassBody().isPresent()) {
      return Optional.empty(); // the argument list does not end the expression: not worth the risk
    }
    int start = offset(offsets, call.getBegin());
    int close = offset(offsets, call.getEnd());
    String text = offsets.text();
    if (start < 0 || close < 0 || text.charAt(close) != ')') return Optional.empty();
    @SuppressWarnings("unchecked")
    List<Expression> arguments = ((NodeWithArguments<Expression>) call).getArguments();
    List<CallText.Arg> args = new ArrayList<>();
    for (Expression a : arguments) {
      int from = offset(offsets, a.getBegin());
      int to = offset(offsets, a.getEnd());
      if (from < 0 || to < 0) return Optional.empty();
      args.add(new CallText.Arg(null, from, to + 1, text.substring(from, to + 1)));
    }
    int open = backToParen(text, args.isEmpty() ? close : args.get(0).start());
    if (open < start) return Optional.empty();
    return Optional.of(new CallText(start, close + 1, open, close, args));
  }

  /** The {@code (} before {@code from}, with only whitespace between; -1 otherwise. */
  private static int backToParen(String text, int from) {
    int i = from - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
    return i >= 0 && text.charAt(i) == '(' ? i : -1;
  }

  private static int offset(TextOffsets offsets, Optional<Position> position) {
    return position.map(p -> offsets.offset(p.line, p.column)).orElse(-1);
  }

  @Override
  public Optional<List<TextEdit>> imports(String path, String text, List<String> types) {
    Optional<CompilationUnit> parsed = parse(text);
    if (parsed.isEmpty()) return Optional.empty();
    CompilationUnit unit = parsed.get();
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    List<String> missing = new ArrayList<>();
    for (String type : types) {
      int dot = type.lastIndexOf('.');
      String typePackage = type.substring(0, dot);
      String simple = type.substring(dot + 1);
      if (declaresType(unit, simple)) return Optional.empty();
      boolean visible = typePackage.equals("java.lang") || typePackage.equals(pkg);
      for (ImportDeclaration i : unit.getImports()) {
        if (i.isStatic()) continue;
        String name = i.getNameAsString();
        if (i.isAsterisk() && name.equals(typePackage)) visible = true;
        if (!i.isAsterisk() && name.equals(type)) visible = true;
        if (!i.isAsterisk() && !name.equals(type) && name.endsWith("." + simple))
          return Optional.empty();
      }
      if (!visible) missing.add(type);
    }
    if (missing.isEmpty()) return Optional.of(List.of());
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    StringBuilder lines = new StringBuilder();
    for (String type : missing) lines.append("import ").append(type).append(';').append(nl);
    TextOffsets offsets = new TextOffsets(text);
    Optional<Position> after =
        unit.getImports().isEmpty()
            ? unit.getPackageDeclaration().flatMap(Node::getEnd)
            : unit.getImports().get(unit.getImports().size() - 1).getEnd();
    if (after.isEmpty()) {
      return Optional.of(List.of(new TextEdit(offsets.region(path, 0, 0), lines + nl)));
    }
    int line = after.get().line;
    String insert = unit.getImports().isEmpty() ? nl + lines : lines.toString();
    if (line < offsets.lineCount()) {
      int at = offsets.lineStart(line + 1);
      return Optional.of(List.of(new TextEdit(offsets.region(path, at, at), insert)));
    }
    int end = offsets.lineEnd(line);
    return Optional.of(
        List.of(new TextEdit(offsets.region(path, end, end), nl + insert.stripTrailing())));
  }

  private static boolean declaresType(CompilationUnit unit, String simple) {
    for (TypeDeclaration<?> t : unit.findAll(TypeDeclaration.class)) {
      if (t.getNameAsString().equals(simple)) return true;
    }
    return false;
  }

  private static Optional<CompilationUnit> parse(String text) {
    try {
      ParseResult<CompilationUnit> result = new JavaParser(ParserSetup.lean()).parse(text);
      return result.isSuccessful() ? result.getResult() : Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }
}
