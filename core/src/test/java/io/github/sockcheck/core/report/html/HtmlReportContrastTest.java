package io.github.sockcheck.core.report.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG 2.x AA: text at least 4.5:1 against its background, focus outlines at least 3:1, in both
 * schemes.
 */
class HtmlReportContrastTest {

  /** Foreground variable, background variable, minimum ratio. */
  private static final List<String[]> PAIRS =
      List.of(
          new String[] {"fg", "bg", "4.5"},
          new String[] {"fg", "subtle", "4.5"},
          new String[] {"muted", "bg", "4.5"},
          new String[] {"muted", "subtle", "4.5"},
          new String[] {"link", "bg", "4.5"},
          new String[] {"link", "subtle", "4.5"},
          new String[] {"header-fg", "header-bg", "4.5"},
          new String[] {"header-muted", "header-bg", "4.5"},
          new String[] {"error-fg", "error-bg", "4.5"},
          new String[] {"warning-fg", "warning-bg", "4.5"},
          new String[] {"note-fg", "note-bg", "4.5"},
          new String[] {"code-fg", "subtle", "4.5"},
          new String[] {"code-fg", "hit-bg", "4.5"},
          new String[] {"code-fg", "mark-bg", "4.5"},
          new String[] {"muted", "hit-bg", "4.5"},
          new String[] {"focus", "bg", "3"},
          new String[] {"muted", "bg", "3"});

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void coloursMeetAa(String scheme) {
    Map<String, String> colours = palette(scheme);
    for (String[] pair : PAIRS) {
      double ratio = ratio(colours.get(pair[0]), colours.get(pair[1]));
      assertTrue(
          ratio >= Double.parseDouble(pair[2]),
          scheme
              + ": --sc-"
              + pair[0]
              + " on --sc-"
              + pair[1]
              + " is "
              + String.format("%.2f", ratio)
              + ":1");
    }
  }

  /**
   * The light palette is the {@code .sc-report} block; dark overrides it inside the media query.
   */
  private static Map<String, String> palette(String scheme) {
    String css = HtmlAssets.CSS;
    int dark = css.indexOf("@media (prefers-color-scheme: dark)");
    Map<String, String> colours = new HashMap<>(variables(css.substring(0, dark)));
    if (scheme.equals("dark"))
      colours.putAll(variables(css.substring(dark, css.indexOf("}\n}", dark))));
    return colours;
  }

  private static Map<String, String> variables(String css) {
    Map<String, String> out = new HashMap<>();
    Matcher m = Pattern.compile("--sc-([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
    while (m.find()) out.put(m.group(1), m.group(2));
    return out;
  }

  static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
    double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
    double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
