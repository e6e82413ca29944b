package io.github.sockcheck.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code @SuppressWarnings("sockcheck:<id>")} / {@code @SuppressWarnings("sockcheck")} (all
 * rules), alone or in arrays, on any declaration: class, method, constructor, field, local
 * variable, parameter. Each gives a region of lines the scan uses to suppress findings of any
 * engine. A file that does not parse has no regions (comment suppressions still work); nothing here
 * throws.
 */
public final class SuppressionScanner {

  /** All rules, from a bare {@code "sockcheck"}. */
  public static final String ALL_RULES = "*";

  private static final String TOKEN = "sockcheck";

  /**
   * @param ruleId the suppressed rule id, or {@link #ALL_RULES}
   * @param startLine first line of the annotated declaration (its annotations included), 1-based
   * @param endLine last line of the annotated declaration
   */
  public record Region(String ruleId, int startLine, int endLine) {

    /** True when this region suppresses {@code id} at {@code line}. */
    public boolean covers(String id, int line) {
      return line >= startLine
          && line <= endLine
          && (ruleId.equals(ALL_RULES) || ruleId.equals(id));
    }
  }

  private final Charset encoding;

  public SuppressionScanner() {
    this(StandardCharsets.UTF_8);
  }

  public SuppressionScanner(Charset encoding) {
    this.encoding = encoding;
  }

  /** The regions of a Java file on disk; empty when it cannot be read or parsed. */
  public List<Region> scan(Path file) {
    try {
      return scan(SourceDecoder.decode(Files.readAllBytes(file), encoding).text());
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** The regions of Java source text, in source order. */
  public List<Region> scan(String text) {
    if (!text.contains(TOKEN)) return List.of(); // cheap: most files never mention us
    try {
      ParseResult<CompilationUnit> parsed = new JavaParser(ParserSetup.lean()).parse(text);
      if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) return List.of();
      List<Region> regions = new ArrayList<>();
      for (AnnotationExpr annotation : parsed.getResult().get().findAll(AnnotationExpr.class)) {
        String name = annotation.getNameAsString();
        if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings"))
          continue;
        Node target = annotation.getParentNode().orElse(null);
        if (target == null || target.getRange().isEmpty()) continue;
        int start = target.getBegin().get().line;
        int end = target.getEnd().get().line;
        for (String value : values(annotation)) {
          String id = ruleOf(value);
          if (id != null) regions.add(new Region(id, start, end));
        }
      }
      return regions;
    } catch (RuntimeException | StackOverflowError e) {
      return List.of();
    }
  }

  private static List<String> values(AnnotationExpr annotation) {
    Expression value = null;
    if (annotation instanceof SingleMemberAnnotationExpr single) value = single.getMemberValue();
    if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals("value")) value = pair.getValue();
      }
    }
    List<String> strings = new ArrayList<>();
    if (value instanceof StringLiteralExpr s) strings.add(s.asString());
    if (value instanceof ArrayInitializerExpr array) {
      for (Expression e : array.getValues()) {
        if (e instanceof StringLiteralExpr s) strings.add(s.asString());
      }
    }
    return strings;
  }

  /** {@code "sockcheck"} → all rules; {@code "sockcheck:<id>"} → id; anything else → null. */
  static String ruleOf(String value) {
    String v = value.strip();
    if (v.equals(TOKEN)) return ALL_RULES;
    if (v.startsWith(TOKEN + ":")) {
      String id = v.substring(TOKEN.length() + 1).strip();
      return id.isEmpty() ? null : id;
    }
    return null;
  }
}
