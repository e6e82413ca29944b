package io.github.sockcheck.combination;

import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.rules.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Test helpers: the repository root, scan contexts, and a crude stand-in for the source engine's code-use facts. */
final class Samples {

  private Samples() {}

  static Path root() {
    String configured = System.getProperty("sockcheck.root");
    Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..");
    return root.toAbsolutePath().normalize();
  }

  static ScanContext context(Path root, RulePack rules, List<Path> buildFiles, List<Path> classRoots, Integer release) {
    return new ScanContext(root, rules, List.of(), classRoots, List.of(), List.of(), buildFiles, List.of(), release,
        false, 1, List.of(), List.of());
  }

  private static final Pattern IMPORT = Pattern.compile("^import\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern NEW = Pattern.compile("new\\s+([A-Z]\\w*)\\s*\\(");
  private static final Pattern STATIC_CALL = Pattern.compile("\\b([A-Z]\\w*)\\.([a-z]\\w*)\\s*\\(");
  private static final Pattern LOCAL = Pattern.compile("\\b([A-Z]\\w*)(?:<[^>]*>)?\\s+([a-z]\\w*)\\s*[=;,)]");
  private static final Pattern INSTANCE_CALL = Pattern.compile("\\b([a-z]\\w*)\\.([a-z]\\w*)\\s*\\(");

  /**
   * Call sites for {@code new Simple(...)}, {@code Simple.member(...)} and {@code local.member(...)} where
   * Simple is imported and {@code local} is declared with such a type, with the arguments a one-line
   * reading can tell (int literals, {@code null}, booleans, strings, {@code Simple.CONSTANT}) — enough for the
   * samples' short uses, not a parser. The real facts come from the source engine.
   */
  static List<CallSite> stubCallSites(Path root, Path caseDir) throws IOException {
    List<CallSite> sites = new ArrayList<>();
    List<Path> javaFiles;
    try (Stream<Path> walk = Files.walk(caseDir)) {
      javaFiles = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : javaFiles) {
      String text = Files.readString(file);
      Map<String, String> imports = new HashMap<>();
      Matcher im = IMPORT.matcher(text);
      while (im.find()) imports.put(im.group(1).substring(im.group(1).lastIndexOf('.') + 1), im.group(1));
      Map<String, String> locals = new HashMap<>();
      Matcher lm = LOCAL.matcher(text);
      while (lm.find()) {
        String type = imports.get(lm.group(1));
        if (type != null) locals.put(lm.group(2), type);
      }
      String rel = root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
      Matcher nm = NEW.matcher(text);
      while (nm.find()) {
        String owner = imports.get(nm.group(1));
        if (owner != null) sites.add(site(owner, "<init>", args(text, nm.end(), imports), Location.line(rel, line(text, nm.start()))));
      }
      Matcher sm = STATIC_CALL.matcher(text);
      while (sm.find()) {
        String owner = imports.get(sm.group(1));
        if (owner != null) sites.add(site(owner, sm.group(2), args(text, sm.end(), imports), Location.line(rel, line(text, sm.start()))));
      }
      Matcher vm = INSTANCE_CALL.matcher(text);
      while (vm.find()) {
        String owner = locals.get(vm.group(1));
        if (owner != null) sites.add(site(owner, vm.group(2), args(text, vm.end(), imports), Location.line(rel, line(text, vm.start()))));
      }
    }
    Path stub = caseDir.resolve("stub-call-sites.txt");
    if (Files.isRegularFile(stub)) {
      List<String> lines = Files.readAllLines(stub);
      String rel = root.relativize(stub.toAbsolutePath().normalize()).toString().replace('\\', '/');
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i).trim();
        if (l.isEmpty() || l.startsWith("#")) continue;
        String[] parts = l.split("#");
        sites.add(site(parts[0], parts[1], List.of(ArgFact.UNKNOWN), Location.line(rel, i + 1)));
      }
    }
    return sites;
  }

  /** The arguments of the call whose '(' ends at {@code open}, split at top-level commas. */
  private static List<ArgFact> args(String text, int open, Map<String, String> imports) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (depth == 0 && c == ')') break;
      if (c == '(') depth++;
      if (c == ')') depth--;
      if (depth == 0 && c == ',') {
        parts.add(current.toString().trim());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank() || !parts.isEmpty()) parts.add(current.toString().trim());
    List<ArgFact> out = new ArrayList<>();
    for (String a : parts) out.add(arg(a, imports));
    return out;
  }

  private static ArgFact arg(String a, Map<String, String> imports) {
    if (a.matches("-?\\d+")) return ArgFact.ofInt(Long.parseLong(a), null, a);
    if (a.equals("null")) return ArgFact.ofNull(a);
    if (a.equals("true") || a.equals("false")) return new ArgFact(ArgOrigin.CONSTANT, Boolean.valueOf(a), null, null, a);
    if (a.matches("\"[^\"]*\"")) return new ArgFact(ArgOrigin.CONSTANT, a.substring(1, a.length() - 1), null, null, a);
    Matcher c = Pattern.compile("([A-Z]\\w*)\\.([A-Z][A-Za-z0-9_]*)").matcher(a);
    if (c.matches() && imports.containsKey(c.group(1))) {
      return new ArgFact(ArgOrigin.CONSTANT, null, imports.get(c.group(1)) + "." + c.group(2), null, a);
    }
    return ArgFact.of(ArgOrigin.UNKNOWN, a);
  }

  private static CallSite site(String owner, String member, List<ArgFact> args, Location at) {
    return new CallSite(Language.JAVA, owner, Set.of(), member, null, null, args, Map.of(),
        List.of(), Set.of(), at, null, false, "source");
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
    return line;
  }

  static List<String> sorted(List<String> in) {
    List<String> out = new ArrayList<>(in);
    Collections.sort(out);
    return out;
  }
}
