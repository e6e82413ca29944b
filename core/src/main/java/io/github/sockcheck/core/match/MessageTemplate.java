package io.github.sockcheck.core.match;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's message template. Placeholders: {@code {call}}, {@code {owner}}, {@code {member}},
 * {@code {arg:ROLE}}, {@code {use}}, {@code {dependency}}, {@code {version}}, {@code {trail}},
 * {@code {runtime}}. A placeholder without a value is left as written, so a gap is visible, not
 * silent.
 */
public final class MessageTemplate {

  /** Placeholder names a rule message may use ({@code arg} takes a role: {@code {arg:fd}}). */
  public static final Set<String> NAMES =
      Set.of("call", "owner", "member", "arg", "use", "dependency", "version", "trail", "runtime");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::([A-Za-z0-9_-]+))?}");

  private MessageTemplate() {}

  /**
   * Replaces {@code {name}} with {@code values.get("name")} and {@code {arg:R}} with {@code
   * values.get("arg:R")}.
   */
  public static String render(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = m.group(2) == null ? m.group(1) : m.group(1) + ":" + m.group(2);
      String value = values.get(key);
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The placeholder names used in {@code template} that are not known ({@code {colour}}), for the
   * loader.
   */
  public static List<String> unknownPlaceholders(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    List<String> unknown = new java.util.ArrayList<>();
    while (m.find()) {
      String name = m.group(1);
      boolean ok = NAMES.contains(name) && (name.equals("arg") == (m.group(2) != null));
      if (!ok) unknown.add(m.group());
    }
    return unknown;
  }

  /** The roles used as {@code {arg:ROLE}} in {@code template}. */
  public static List<String> argRoles(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    List<String> roles = new java.util.ArrayList<>();
    while (m.find()) if ("arg".equals(m.group(1)) && m.group(2) != null) roles.add(m.group(2));
    return roles;
  }

  /** Values describing a call site: call, owner, member and one {@code arg:ROLE} per bound role. */
  public static Map<String, String> callValues(CallSite site, Map<String, ArgFact> roleArgs) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("call", describeCall(site));
    values.put("owner", site.language() == Language.PYTHON ? site.owner() : ownerName(site));
    values.put("member", site.member());
    roleArgs.forEach((role, fact) -> values.put("arg:" + role, fact.describe()));
    return values;
  }

  /**
   * {@code new Owner} for constructors, {@code Owner} for a type reference ({@code Owner.class}, a
   * cast…), {@code Owner.member} otherwise; Python callees as written.
   */
  public static String describeCall(CallSite site) {
    if (site.language() == Language.PYTHON) return site.owner();
    if (site.member().equals("<init>")) return "new " + ownerName(site);
    if (site.member().equals(io.github.sockcheck.core.rules.CallPattern.TYPE_USE))
      return ownerName(site);
    return ownerName(site) + "." + site.member();
  }

  /** The owner without its package, nested classes joined with dots ({@code Libc.C}). */
  private static String ownerName(CallSite site) {
    String owner = site.owner();
    return owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.');
  }
}
