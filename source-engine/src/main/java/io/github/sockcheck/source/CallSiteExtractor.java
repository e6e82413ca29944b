package io.github.sockcheck.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the candidate calls of one parsed file and turns each into a {@link CallSite}. */
final class CallSiteExtractor {

  static final String ENGINE = "source";

  private final FileScope scope;
  private final Candidates candidates;
  private final CallResolver resolver;
  private final ValueAnalyzer values;
  private final ResultFlow flow;

  CallSiteExtractor(FileScope scope, Candidates candidates, CallResolver resolver, ValueAnalyzer values) {
    this.scope = scope;
    this.candidates = candidates;
    this.resolver = resolver;
    this.values = values;
    this.flow = new ResultFlow(scope, resolver);
  }

  List<CallSite> extract() {
    List<Expression> found = new ArrayList<>();
    // Iterative pre-order walk: deep expression trees must not overflow the stack here.
    scope.unit.walk(Node.TreeTraversal.PREORDER, node -> {
      if (node instanceof MethodCallExpr m && candidates.method(m.getNameAsString(), m.getArguments().size())) found.add(m);
      else if (node instanceof ObjectCreationExpr c
          && candidates.constructor(c.getType().getNameAsString(), c.getArguments().size())) found.add(c);
    });
    List<CallSite> sites = new ArrayList<>();
    for (Expression call : found) sites.add(site(call));
    return sites;
  }

  private CallSite site(Expression call) {
    CallResolver.Resolution r;
    String member;
    List<Expression> arguments;
    Location location;
    if (call instanceof MethodCallExpr m) {
      r = resolver.resolve(m);
      member = m.getNameAsString();
      arguments = m.getArguments();
      location = SiteLocations.ofCall(scope.path, m);
    } else {
      ObjectCreationExpr c = (ObjectCreationExpr) call;
      r = resolver.resolve(c);
      member = Candidates.CONSTRUCTOR;
      arguments = c.getArguments();
      location = SiteLocations.ofCreation(scope.path, c);
    }
    List<ArgFact> args = new ArrayList<>();
    for (Expression arg : arguments) args.add(values.argument(arg));
    ResultFlow.Flow f = member.equals(Candidates.CONSTRUCTOR) || !"void".equals(r.returnType())
        ? flow.follow(call, r.returnType()) : new ResultFlow.Flow(List.of(), java.util.Set.of());
    return new CallSite(Language.JAVA, r.owner(), r.supertypes(), member, r.params(), r.returnType(), args,
        Map.of(), f.uses(), f.casts(), location, enclosing(call), r.resolved(), ENGINE);
  }

  /** {@code pkg.Outer$Inner#method}; constructors and instance initialisers are {@code <init>}, static ones {@code <clinit>}. */
  private String enclosing(Node call) {
    String member = null;
    for (Node n = call.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (member == null) {
        if (n instanceof MethodDeclaration md) member = md.getNameAsString();
        else if (n instanceof ConstructorDeclaration) member = "<init>";
        else if (n instanceof InitializerDeclaration init) member = init.isStatic() ? "<clinit>" : "<init>";
        else if (n instanceof FieldDeclaration fd) member = fd.isStatic() ? "<clinit>" : "<init>";
      }
      if (n instanceof TypeDeclaration<?> type) {
        String owner = scope.enclosingTypeName(type);
        return owner + "#" + (member == null ? "<init>" : member);
      }
    }
    return member == null ? null : "#" + member;
  }
}
