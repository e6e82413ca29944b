package io.github.sockcheck.python.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.gunicorn.ShellWords;
import io.github.sockcheck.python.gunicorn.WorkerFinder;
import io.github.sockcheck.python.manifest.RuntimeCollector;
import io.github.sockcheck.python.text.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dockerfiles: {@code FROM [registry/][library/]python:3.11-slim} gives the interpreter (build
 * {@code ARG} defaults are substituted); {@code CMD}/{@code ENTRYPOINT} (exec JSON and shell form) and
 * {@code ENV GUNICORN_CMD_ARGS} give the gunicorn worker class.
 */
public final class DockerfileReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TAG_VERSION = Pattern.compile("^(\\d+(?:\\.\\d+)*(?:(?:a|b|rc)\\d+)?)(?:$|[-_].*)");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}?");

  private record Instruction(String keyword, int argsFrom, int argsTo, int line) {}

  private DockerfileReader() {}

  /** @param runtimes receives FROM python versions (null: skip); @param workers receives gunicorn options (null: skip) */
  public static void read(Facts out, Path file, RuntimeCollector runtimes, WorkerFinder workers) {
    String text;
    try {
      text = out.read(file);
    } catch (IOException e) {
      out.problem(file, 0, "cannot read Dockerfile: " + e.getMessage());
      return;
    }
    int[] lineStarts = TextFiles.lineStarts(text);
    Map<String, String> args = new HashMap<>();
    for (Instruction ins : instructions(text)) {
      String argsText = text.substring(ins.argsFrom(), ins.argsTo());
      switch (ins.keyword()) {
        case "ARG" -> {
          for (ShellWords.Word w : ShellWords.split(argsText)) {
            int eq = w.text().indexOf('=');
            if (!w.separator() && eq > 0) args.putIfAbsent(w.text().substring(0, eq), w.text().substring(eq + 1));
          }
        }
        case "FROM" -> {
          if (runtimes != null) from(out, file, lineStarts, ins, text, args, runtimes);
        }
        case "CMD", "ENTRYPOINT" -> {
          if (workers != null) command(out, file, text, lineStarts, ins, workers);
        }
        case "ENV" -> {
          if (workers != null) env(file, text, lineStarts, ins, workers);
        }
        default -> { }
      }
    }
  }

  private static void from(Facts out, Path file, int[] lineStarts, Instruction ins, String text,
      Map<String, String> args, RuntimeCollector runtimes) {
    for (ShellWords.Word w : ShellWords.split(text, ins.argsFrom(), ins.argsTo())) {
      if (w.separator() || w.text().startsWith("--")) continue;
      String image = substitute(w.text(), args);
      int at = image.indexOf('@');
      if (at >= 0) image = image.substring(0, at);
      int slash = image.lastIndexOf('/');
      int colon = image.lastIndexOf(':');
      if (colon <= slash) return; // no tag: no version
      String repository = image.substring(slash + 1, colon).toLowerCase(Locale.ROOT);
      if (!repository.equals("python")) return;
      Matcher m = TAG_VERSION.matcher(image.substring(colon + 1));
      if (!m.matches()) return;
      int col = w.start() - lineStarts[TextFiles.lineOf(lineStarts, w.start()) - 1] + 1;
      int line = TextFiles.lineOf(lineStarts, w.start());
      runtimes.version(m.group(1), out.at(file, line, col, col + (w.end() - w.start())), "Dockerfile FROM");
      return;
    }
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

  private static void command(Facts out, Path file, String text, int[] lineStarts, Instruction ins, WorkerFinder workers) {
    String body = text.substring(ins.argsFrom(), ins.argsTo()).strip();
    if (!body.startsWith("[")) {
      workers.shell(file, text, lineStarts, ins.argsFrom(), ins.argsTo());
      return;
    }
    List<String> items;
    try {
      items = List.of(JSON.readValue(body.replace("\\\n", "").replace("\\\r\n", ""), String[].class));
    } catch (JsonProcessingException e) {
      workers.shell(file, text, lineStarts, ins.argsFrom(), ins.argsTo()); // Docker runs it as shell form
      return;
    }
    // Exec form: place each element at its quoted occurrence.
    List<ShellWords.Word> words = new ArrayList<>();
    int search = ins.argsFrom();
    for (String item : items) {
      int found = text.indexOf(item, search);
      int start = found < 0 || found > ins.argsTo() ? ins.argsFrom() : found;
      int end = found < 0 || found > ins.argsTo() ? ins.argsFrom() + 1 : found + item.length();
      if (found >= 0 && found <= ins.argsTo()) search = end;
      if (item.contains(" ") && item.contains("gunicorn")) {
        // ["sh", "-c", "gunicorn -k gevent app:app"]: a shell command inside one element
        final int base = start;
        List<ShellWords.Word> inner = ShellWords.split(item);
        workers.words(file, inner.stream()
            .map(w -> new ShellWords.Word(w.text(), base + w.start(), base + w.end(), w.separator())).toList(),
            offset -> position(lineStarts, offset));
      }
      words.add(new ShellWords.Word(item, start, end, false));
    }
    workers.words(file, words, offset -> position(lineStarts, offset));
  }

  private static void env(Path file, String text, int[] lineStarts, Instruction ins, WorkerFinder workers) {
    List<ShellWords.Word> words = ShellWords.split(text, ins.argsFrom(), ins.argsTo());
    if (!words.isEmpty() && words.get(0).text().equals("GUNICORN_CMD_ARGS") && words.size() > 1) {
      // legacy "ENV KEY value": the value is the rest of the instruction
      ShellWords.Word first = words.get(1);
      String value = text.substring(first.start(), ins.argsTo()).strip();
      ShellWords.Word holder = new ShellWords.Word(value, first.start(), ins.argsTo(), false);
      workers.envValue(file, value, holder, offset -> position(lineStarts, offset));
      return;
    }
    workers.words(file, words, offset -> position(lineStarts, offset));
  }

  private static int[] position(int[] lineStarts, int offset) {
    int line = TextFiles.lineOf(lineStarts, offset);
    return new int[] {line, offset - lineStarts[line - 1] + 1};
  }

  /** Instructions with their argument ranges; {@code \}-continued lines and comment lines inside them handled. */
  private static List<Instruction> instructions(String text) {
    List<Instruction> out = new ArrayList<>();
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
      int kwStart = pos + (text.substring(pos, lineEnd).length() - text.substring(pos, lineEnd).stripLeading().length());
      int kwEnd = kwStart;
      while (kwEnd < lineEnd && !Character.isWhitespace(text.charAt(kwEnd))) kwEnd++;
      String keyword = text.substring(kwStart, kwEnd).toUpperCase(Locale.ROOT);
      int startLine = line;
      int end = lineEnd;
      // follow continuations: a line ending in backslash continues; comment lines in between are skipped
      while (text.substring(pos, end).stripTrailing().endsWith("\\") && end < n) {
        pos = end + 1;
        line++;
        end = text.indexOf('\n', pos);
        if (end < 0) end = n;
        while (text.substring(pos, end).strip().startsWith("#") && end < n) {
          pos = end + 1;
          line++;
          end = text.indexOf('\n', pos);
          if (end < 0) end = n;
        }
      }
      out.add(new Instruction(keyword, kwEnd, end, startLine));
      pos = end + 1;
      line++;
    }
    return out;
  }
}
