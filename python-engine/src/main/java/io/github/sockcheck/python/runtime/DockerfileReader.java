package io.github.sockcheck.python.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.gunicorn.ShellWords;
import io.github.sockcheck.python.manifest.PipInstall;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a Dockerfile into its {@link Dockerfile stages}: {@code FROM [--platform=…] image [AS
 * name]} (build {@code ARG} defaults substituted), {@code WORKDIR}, {@code COPY}/{@code ADD} (not
 * {@code --from}), {@code RUN} (interpreter installs, {@code pip install -r}), {@code CMD}/{@code
 * ENTRYPOINT} (exec and shell form) and {@code ENV GUNICORN_CMD_ARGS}. Instructions continue over
 * {@code \}-ended lines, with comment and empty lines inside.
 *
 * <p>Hand-written on purpose: Docker's own parser is Go, and only these few instructions, with
 * positions, matter here.
 */
public final class DockerfileReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}?");

  private DockerfileReader() {}

  /** The parsed file, or null after a notification when it cannot be read. */
  public static Dockerfile parse(Facts out, Path file) {
    String text = out.readOrReport(file, "Dockerfile");
    if (text == null) return null;
    Dockerfile d = new Dockerfile(file, text);
    Map<String, String> args = new HashMap<>();
    int invocations = 0;
    for (Dockerfile.Instruction ins : instructions(text)) {
      Dockerfile.Stage stage = d.stages.isEmpty() ? null : d.stages.get(d.stages.size() - 1);
      switch (ins.keyword()) {
        case "ARG" -> {
          for (ShellWords.Word w : ShellWords.split(text, ins.argsFrom(), ins.argsTo())) {
            int eq = w.text().indexOf('=');
            if (!w.separator() && eq > 0)
              args.putIfAbsent(w.text().substring(0, eq), w.text().substring(eq + 1));
          }
        }
        case "FROM" -> from(out, d, ins, args);
        case "WORKDIR" -> {
          if (stage != null)
            stage.workdir =
                ImagePaths.resolve(
                    stage.workdir,
                    substitute(text.substring(ins.argsFrom(), ins.argsTo()).strip(), args));
        }
        case "COPY", "ADD" -> {
          if (stage != null) copy(d, stage, ins, args);
        }
        case "RUN" -> {
          if (stage == null) break;
          List<ShellWords.Word> words = d.commandWords(ins);
          PythonInstalls.Found python = PythonInstalls.find(words);
          if (python != null)
            stage.installed =
                new Dockerfile.Python(python.version(), d.at(out, python.word()), python.command());
          for (PipInstall.Invocation pip : PipInstall.inCommands(words)) {
            List<Dockerfile.Copy> copies = stage.copiesSoFar();
            for (ShellWords.Word r : pip.requirements()) {
              d.pipFiles.add(
                  new Dockerfile.PipFile(
                      substitute(r.text(), args), false, stage.workdir, copies, invocations));
            }
            for (ShellWords.Word c : pip.constraints()) {
              d.pipFiles.add(
                  new Dockerfile.PipFile(
                      substitute(c.text(), args), true, stage.workdir, copies, invocations));
            }
            invocations++;
          }
        }
        case "CMD" -> {
          if (stage != null) stage.cmd = ins;
        }
        case "ENTRYPOINT" -> {
          if (stage != null) stage.entrypoint = ins;
        }
        case "ENV" -> {
          if (stage != null
              && text.substring(ins.argsFrom(), ins.argsTo()).contains("GUNICORN_CMD_ARGS"))
            stage.envs.add(ins);
        }
        default -> {}
      }
    }
    return d;
  }

  private static void from(
      Facts out, Dockerfile d, Dockerfile.Instruction ins, Map<String, String> args) {
    List<ShellWords.Word> words = new ArrayList<>();
    for (ShellWords.Word w : ShellWords.split(d.text, ins.argsFrom(), ins.argsTo())) {
      if (!w.separator() && !w.text().startsWith("--")) words.add(w);
    }
    if (words.isEmpty()) return;
    ShellWords.Word imageWord = words.get(0);
    String image = substitute(imageWord.text(), args);
    String name =
        words.size() >= 3 && words.get(1).text().equalsIgnoreCase("as")
            ? words.get(2).text()
            : null;
    Dockerfile.Stage parent = null;
    for (Dockerfile.Stage s : d.stages)
      if (s.name != null && s.name.equalsIgnoreCase(image)) parent = s;
    d.stages.add(new Dockerfile.Stage(d.stages.size(), name, image, parent, d.at(out, imageWord)));
  }

  private static void copy(
      Dockerfile d, Dockerfile.Stage stage, Dockerfile.Instruction ins, Map<String, String> args) {
    List<String> parts = new ArrayList<>();
    List<ShellWords.Word> exec = execForm(d.text, ins);
    for (ShellWords.Word w :
        exec != null ? exec : ShellWords.split(d.text, ins.argsFrom(), ins.argsTo())) {
      if (w.separator()) continue;
      if (w.text().startsWith("--from"))
        return; // from another stage or image: not the build context
      if (!w.text().startsWith("--")) parts.add(substitute(w.text(), args));
    }
    if (parts.size() < 2) return;
    String dest = parts.get(parts.size() - 1);
    List<String> sources = parts.subList(0, parts.size() - 1);
    boolean directory = dest.endsWith("/") || dest.equals(".") || sources.size() > 1;
    stage.copies.add(
        new Dockerfile.Copy(
            List.copyOf(sources), ImagePaths.resolve(stage.workdir, dest), directory));
  }

  private static String substitute(String s, Map<String, String> args) {
    Matcher m = VARIABLE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = args.get(m.group(1));
      if (value == null) value = m.group(2) == null ? m.group() : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The exec form's elements, each placed at its quoted occurrence; null for the shell form (or
   * anything but a JSON array of strings, which Docker runs as shell form).
   */
  static List<ShellWords.Word> execForm(String text, Dockerfile.Instruction ins) {
    String body = text.substring(ins.argsFrom(), ins.argsTo()).strip();
    if (!body.startsWith("[")) return null;
    List<String> items;
    try {
      JsonNode array = JSON.readTree(body.replace("\\\r\n", "").replace("\\\n", ""));
      if (!array.isArray()) return null;
      items = new ArrayList<>();
      for (JsonNode item : array) {
        if (!item.isTextual())
          return null; // ["python", 1] is no exec form: Docker reads it as a shell command
        items.add(item.textValue());
      }
    } catch (JsonProcessingException e) {
      return null;
    }
    List<ShellWords.Word> words = new ArrayList<>();
    int search = ins.argsFrom();
    for (String item : items) {
      int found = text.indexOf(item, search);
      boolean inside = found >= 0 && found <= ins.argsTo();
      int start = inside ? found : ins.argsFrom();
      int end = inside ? found + item.length() : ins.argsFrom() + 1;
      if (inside) search = end;
      words.add(new ShellWords.Word(item, start, end, false));
    }
    return words;
  }

  /**
   * Instructions with their argument ranges; {@code \}-continued lines and comment lines inside
   * them handled.
   */
  static List<Dockerfile.Instruction> instructions(String text) {
    List<Dockerfile.Instruction> out = new ArrayList<>();
    int pos = 0;
    int line = 1;
    int n = text.length();
    while (pos < n) {
      int lineEnd = text.indexOf('\n', pos);
      if (lineEnd < 0) lineEnd = n;
      String physical = text.substring(pos, lineEnd).strip();
      if (physical.isEmpty() || physical.startsWith("#")) {
        pos = lineEnd + 1;
        line++;
        continue;
      }
      int kwStart =
          pos
              + (text.substring(pos, lineEnd).length()
                  - text.substring(pos, lineEnd).stripLeading().length());
      int kwEnd = kwStart;
      while (kwEnd < lineEnd && !Character.isWhitespace(text.charAt(kwEnd))) kwEnd++;
      String keyword = text.substring(kwStart, kwEnd).toUpperCase(Locale.ROOT);
      int startLine = line;
      int end = lineEnd;
      // follow continuations: a line ending in backslash continues; comment lines and empty lines
      // in between
      // are skipped, as Docker does
      while (text.substring(pos, end).stripTrailing().endsWith("\\") && end < n) {
        pos = end + 1;
        line++;
        end = text.indexOf('\n', pos);
        if (end < 0) end = n;
        while (end < n
            && (text.substring(pos, end).isBlank()
                || text.substring(pos, end).strip().startsWith("#"))) {
          pos = end + 1;
          line++;
          end = text.indexOf('\n', pos);
          if (end < 0) end = n;
        }
      }
      out.add(new Dockerfile.Instruction(keyword, kwEnd, end, startLine));
      pos = end + 1;
      line++;
    }
    return out;
  }
}
