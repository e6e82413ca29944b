package io.github.sockcheck.core.rules;

import java.util.List;

/**
 * A deployment setting a combination rule requires: the rule fires only where the setting {@code
 * key} (the key of a {@link io.github.sockcheck.core.facts.ConfigFact}) takes one of {@code
 * values}. Where nothing sets it, the rule still fires, weakened.
 *
 * @param what the setting's name in messages ("gunicorn worker class")
 * @param unknownWhy where it would have been read, for the message when nothing sets it
 */
public record SettingCondition(String key, String what, String unknownWhy, List<String> values) {

  public SettingCondition {
    values = List.copyOf(values);
  }
}
