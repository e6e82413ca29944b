package io.github.sockcheck.combination;

import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.facts.ArgFact;
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

  /**
   * Call sites for {@code new Simple(...)} and {@code Simple.member(...)} where Simple is imported — enough
   * for the samples' one-line uses, not a parser. The real facts come from the source engine.
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
      String rel = root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
      Matcher nm = NEW.matcher(text);
      while (nm.find()) {
        String owner = imports.get(nm.group(1));
        if (owner != null) sites.add(site(owner, "<init>", Location.line(rel, line(text, nm.start()))));
      }
      Matcher sm = STATIC_CALL.matcher(text);
      while (sm.find()) {
        String owner = imports.get(sm.group(1));
        if (owner != null) sites.add(site(owner, sm.group(2), Location.line(rel, line(text, sm.start()))));
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
        sites.add(site(parts[0], parts[1], Location.line(rel, i + 1)));
      }
    }
    return sites;
  }

  private static CallSite site(String owner, String member, Location at) {
    return new CallSite(Language.JAVA, owner, Set.of(), member, null, null, List.of(ArgFact.UNKNOWN), Map.of(),
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
