package io.github.sockcheck.cli;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.scan.EngineNames;
import io.github.sockcheck.scan.FailOn;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Typed option values. Each message completes "--option ...", because {@link UsageErrors} puts the
 * option's name in front of it.
 */
final class OptionConverters {

  private OptionConverters() {}

  static final class FailOnValue implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      return FailOn.of(value)
          .orElseThrow(() -> new TypeConversionException(FailOn.takes() + ", not `" + value + "`"));
    }
  }

  /** The lower-case names of {@link FailOn}, for help and shell completion. */
  static final class FailOnValues implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of(FailOn.values()).stream().map(FailOn::value).iterator();
    }
  }

  static final class Engine implements ITypeConverter<EngineId> {
    @Override
    public EngineId convert(String value) {
      return EngineNames.of(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "takes "
                          + String.join(", ", EngineId.ids())
                          + " (comma-separated), not `"
                          + value
                          + "`"));
    }
  }

  /** The engine ids, for help and shell completion. */
  static final class EngineValues implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return EngineId.ids().iterator();
    }
  }

  static final class PositiveInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n > 0) return n;
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new TypeConversionException("takes a positive whole number, not `" + value + "`");
    }
  }

  static final class RuleId implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.isBlank()) throw new TypeConversionException("needs rule ids, e.g. ID[,ID]");
      return value.trim();
    }
  }

  static final class Category implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.isBlank())
        throw new TypeConversionException("needs a name, e.g. --category sockcheck");
      return value.trim();
    }
  }
}
