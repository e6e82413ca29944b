package io.github.sockcheck.bytecode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code // expect: <rule-id>[, <rule-id>…]} markers of fixture files, as comparable
 * {@code ruleId fileName:line} strings. Public in the test-jar for the cross-engine fixture test.
 */
public final class ExpectMarkers {

  private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

  private ExpectMarkers() {}

  public static String key(String ruleId, String fileName, int line) {
    return ruleId + " " + fileName + ":" + line;
  }

  /** Markers of all {@code files}, restricted to rule ids in {@code ruleIds}. */
  public static Set<String> read(List<Path> files, Set<String> ruleIds) throws IOException {
    Set<String> expected = new TreeSet<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = MARKER.matcher(lines.get(i));
        if (!m.find()) continue;
        for (String id : m.group(1).split("\\s*,\\s*")) {
          if (ruleIds.contains(id)) expected.add(key(id, file.getFileName().toString(), i + 1));
        }
      }
    }
    return expected;
  }
}
