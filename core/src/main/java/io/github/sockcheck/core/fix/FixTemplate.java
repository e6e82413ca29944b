package io.github.sockcheck.core.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a quick-fix edit with placeholders: {@code {arg:ROLE}} (the argument as written),
 * {@code {qualifier:ROLE}} (the {@code module.} of an argument written {@code module.NAME}), and,
 * in {@code replace-call} only, {@code {callee}} (the call up to its argument list) and {@code
 * {args}}. Unlike a message, a fix is never rendered with a gap: a placeholder without a value
 * means no fix.
 */
public final class FixTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::([A-Za-z0-9_-]+))?}");

  private FixTemplate() {}

  /**
   * One placeholder: {@code name} is arg, qualifier, callee or args; {@code role} is null for the
   * last two.
   */
  public record Placeholder(String name, String role, String text) {}

  /** Every placeholder of {@code template}, in order. */
  public static List<Placeholder> placeholders(String template) {
    List<Placeholder> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) out.add(new Placeholder(m.group(1), m.group(2), m.group()));
    return out;
  }

  /**
   * The placeholders a template may not use: unknown names, a role on {@code callee}/{@code args},
   * a missing role on {@code arg}/{@code qualifier}, and {@code callee}/{@code args} outside a call
   * replacement.
   */
  public static List<String> invalid(String template, boolean replacesCall) {
    List<String> bad = new ArrayList<>();
    for (Placeholder p : placeholders(template)) {
      boolean ok =
          switch (p.name()) {
            case "arg", "qualifier" -> p.role() != null;
            case "callee", "args" -> p.role() == null && replacesCall;
            default -> false;
          };
      if (!ok) bad.add(p.text());
    }
    return bad;
  }

  /** The roles a template reads. */
  public static List<String> roles(String template) {
    return placeholders(template).stream()
        .filter(p -> p.role() != null)
        .map(Placeholder::role)
        .toList();
  }

  /**
   * Fills the placeholders with {@code values} (keyed {@code arg:fd}, {@code qualifier:family},
   * {@code callee}, {@code args}); empty when one has no value.
   */
  public static Optional<String> render(
      String template, Function<String, Optional<String>> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = m.group(2) == null ? m.group(1) : m.group(1) + ":" + m.group(2);
      Optional<String> value = values.apply(key);
      if (value.isEmpty()) return Optional.empty();
      m.appendReplacement(out, Matcher.quoteReplacement(value.get()));
    }
    m.appendTail(out);
    return Optional.of(out.toString());
  }
}
