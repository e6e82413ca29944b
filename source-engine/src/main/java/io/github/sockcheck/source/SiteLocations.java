package io.github.sockcheck.source;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sockcheck.core.findings.Location;

/**
 * Locations of calls: a method call starts at its name (not at the receiver, which can span lines),
 * a constructor call at {@code new}; both end after the call expression's last character.
 */
final class SiteLocations {

  private SiteLocations() {}

  static Location ofCall(String path, MethodCallExpr call) {
    Position start = call.getName().getBegin().orElse(call.getBegin().orElse(null));
    return of(path, start, call);
  }

  static Location ofCreation(String path, ObjectCreationExpr creation) {
    Position start = creation.getBegin().orElse(null);
    // `outer.new Inner()` begins at the qualifier: report at `new`, approximately just before the
    // type.
    if (creation.getScope().isPresent()) start = creation.getType().getBegin().orElse(start);
    return of(path, start, creation);
  }

  private static Location of(String path, Position start, Node whole) {
    if (start == null) return Location.file(path);
    Position end = whole.getEnd().orElse(start);
    return new Location(path, start.line, start.column, end.line, end.column + 1);
  }
}
