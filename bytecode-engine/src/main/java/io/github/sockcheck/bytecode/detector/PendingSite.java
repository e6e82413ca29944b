package io.github.sockcheck.bytecode.detector;

import edu.umd.cs.findbugs.MethodAnnotation;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.findings.Location;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A call site seen in the class being analysed, still collecting flow facts (later uses and casts of its
 * result). It doubles as the OpcodeStack user value that marks the value the call returned.
 */
final class PendingSite {

  final String owner;
  final Set<String> ownerSupertypes;
  final String member;
  final List<String> paramTypes;
  final String returnType;
  final List<ArgFact> args;
  final Location location;
  final String enclosing;
  final MethodAnnotation method;
  final SourceLineAnnotation sourceLine;
  final List<ResultUse> resultUses = new ArrayList<>();
  final Set<String> resultCasts = new LinkedHashSet<>();

  PendingSite(String owner, Set<String> ownerSupertypes, String member, List<String> paramTypes,
      String returnType, List<ArgFact> args, Location location, String enclosing,
      MethodAnnotation method, SourceLineAnnotation sourceLine) {
    this.owner = owner;
    this.ownerSupertypes = ownerSupertypes;
    this.member = member;
    this.paramTypes = paramTypes;
    this.returnType = returnType;
    this.args = args;
    this.location = location;
    this.enclosing = enclosing;
    this.method = method;
    this.sourceLine = sourceLine;
  }

  void addUse(ResultUse use) {
    if (!resultUses.contains(use)) resultUses.add(use);
  }

  CallSite toCallSite() {
    return new CallSite(Language.JAVA, owner, ownerSupertypes, member, paramTypes, returnType, args,
        Map.of(), resultUses, resultCasts, location, enclosing, true, "bytecode");
  }

  @Override
  public String toString() { // shows up in SpotBugs' stack dumps only
    return "sockcheck:" + owner + "#" + member + "@" + location;
  }
}
