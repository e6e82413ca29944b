package io.github.sockcheck.python.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.python.Facts;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Pipenv's {@code Pipfile.lock} (JSON): the {@code default} section's {@code "version": "==X"}
 * entries (reported at the package's key line) and {@code _meta.requires.python_version}. Read with
 * Jackson's streaming parser for positions.
 */
public final class PipfileLockReader {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private PipfileLockReader() {}

  /**
   * @param runtimes receives the interpreter; may be null
   */
  public static void read(
      Facts out, Path file, RequirementEmitter emit, RuntimeCollector runtimes) {
    try (JsonParser p = JSON.createParser(out.read(file))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        out.problem(file, 1, "Pipfile.lock is not a JSON object");
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String section = p.currentName();
        p.nextToken();
        if (section.equals("default")
            && p.currentToken() == JsonToken.START_OBJECT
            && emit != null) {
          packages(out, file, p, emit);
        } else if (section.equals("_meta")
            && p.currentToken() == JsonToken.START_OBJECT
            && runtimes != null) {
          meta(out, file, p, runtimes);
        } else {
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      out.problem(
          file, loc == null ? 0 : loc.getLineNr(), "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      out.problem(file, 0, "cannot read: " + e.getMessage());
    }
  }

  private static void packages(Facts out, Path file, JsonParser p, RequirementEmitter emit)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonLocation keyAt = p.currentTokenLocation();
      if (p.nextToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String version = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("version") && p.currentToken() == JsonToken.VALUE_STRING)
          version = p.getText();
        else p.skipChildren();
      }
      if (version == null) continue; // VCS / path entries
      int line = keyAt.getLineNr();
      int column = keyAt.getColumnNr();
      var at = out.at(file, line, column, column + name.length() + 2);
      String v = version.strip();
      if (v.startsWith("===")) v = v.substring(3);
      else if (v.startsWith("==")) v = v.substring(2);
      else {
        emit.nameAndSpecifier(name, v, at, "runtime");
        continue;
      }
      emit.locked(name, v, at);
    }
  }

  private static void meta(Facts out, Path file, JsonParser p, RuntimeCollector runtimes)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (!field.equals("requires") || p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String version = null;
      JsonLocation versionAt = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        p.nextToken();
        if ((key.equals("python_full_version") || (key.equals("python_version") && version == null))
            && p.currentToken() == JsonToken.VALUE_STRING) {
          version = p.getText();
          versionAt = at;
        } else {
          p.skipChildren();
        }
      }
      if (version != null) {
        runtimes.version(
            version,
            out.at(file, versionAt.getLineNr(), versionAt.getColumnNr(), 0),
            "Pipfile.lock",
            Evidence.PIN,
            "Pipfile.lock _meta.requires");
      }
    }
  }
}
