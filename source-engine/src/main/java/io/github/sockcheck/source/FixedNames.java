package io.github.sockcheck.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.Name;

/**
 * Gives a parsed file's package and import names a text computed once. JavaParser's symbol solver
 * looks a simple type name up by rebuilding the dotted text of every import ({@code
 * CompilationUnitContext.solveType} calls {@code getNameAsString()} on each), at every look-up:
 * about a tenth of a cold source scan's samples (bench/README.md).
 */
final class FixedNames {

  private FixedNames() {}

  static void install(CompilationUnit unit) {
    unit.getPackageDeclaration().ifPresent(p -> p.setName(new TextOnce(p.getName())));
    for (ImportDeclaration imp : unit.getImports()) imp.setName(new TextOnce(imp.getName()));
  }

  /** A name that keeps its dotted text until it or its own identifier or qualifier is set anew. */
  static final class TextOnce extends Name {
    private String text;

    TextOnce(Name name) {
      super(
          name.getTokenRange().orElse(null),
          name.getQualifier().orElse(null),
          name.getIdentifier());
    }

    @Override
    public String asString() {
      String t = text;
      if (t == null) text = t = super.asString();
      return t;
    }

    @Override
    public Name setIdentifier(String identifier) {
      text = null;
      return super.setIdentifier(identifier);
    }

    @Override
    public Name setQualifier(Name qualifier) {
      text = null;
      return super.setQualifier(qualifier);
    }
  }
}
