package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.type.VarType;
import org.junit.jupiter.api.Test;

/** The parser skips the language-level validation but keeps its post-processing. */
class ParserSetupTest {

  /** Parses (grammar) but breaks a validation rule: two access modifiers on one field. */
  private static final String VALIDATION_ONLY_ERROR =
      """
      class A {
        private public int f;
        void m() { var x = 1; }
      }
      """;

  @Test
  void aStockParserReportsTheValidationProblem() {
    ParseResult<CompilationUnit> stock =
        new JavaParser(new ParserConfiguration().setLanguageLevel(ParserSetup.LEVEL))
            .parse(VALIDATION_ONLY_ERROR);
    assertFalse(stock.isSuccessful(), "the fixture must exercise the validator");
  }

  @Test
  void theLeanParserSkipsValidationAndStillTurnsVarIntoAVarType() {
    for (ParserConfiguration config :
        new ParserConfiguration[] {ParserSetup.lean(), ParserSetup.declarationsOnly()}) {
      ParseResult<CompilationUnit> lean = new JavaParser(config).parse(VALIDATION_ONLY_ERROR);
      assertTrue(lean.isSuccessful(), () -> lean.getProblems().toString());
      assertEquals(1, lean.getResult().orElseThrow().findAll(VarType.class).size());
    }
  }

  @Test
  void aSyntaxErrorIsStillAnError() {
    assertFalse(new JavaParser(ParserSetup.lean()).parse("class A { void m( }").isSuccessful());
  }

  @Test
  void packageAndImportNamesKeepTheirTextAndFollowChanges() {
    for (ParserConfiguration config :
        new ParserConfiguration[] {ParserSetup.lean(), ParserSetup.declarationsOnly()}) {
      CompilationUnit unit =
          new JavaParser(config)
              .parse("package a.b;\nimport java.util.Map;\nimport static x.Y.*;\nclass C {}")
              .getResult()
              .orElseThrow();
      var pkg = unit.getPackageDeclaration().orElseThrow().getName();
      var first = unit.getImport(0).getName();
      assertTrue(pkg instanceof FixedNames.TextOnce);
      assertTrue(first instanceof FixedNames.TextOnce);
      assertEquals("a.b", pkg.asString());
      assertEquals("java.util.Map", first.asString());
      assertEquals("x.Y", unit.getImport(1).getNameAsString());
      assertEquals(unit, first.getParentNode().orElseThrow().getParentNode().orElseThrow());
      first.setIdentifier("List");
      assertEquals("java.util.List", first.asString());
      first.setQualifier(new com.github.javaparser.ast.expr.Name("java.awt"));
      assertEquals("java.awt.List", unit.getImport(0).getNameAsString());
    }
  }
}
