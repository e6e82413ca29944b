package io.github.sockcheck.core.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's stylesheet and script, inlined into every report, and the Content-Security-Policy that
 * allows exactly these two (by hash) and nothing else: no network, no other script, even if text
 * escaped wrongly.
 */
final class HtmlAssets {

  static final String CSS = resource("report.css");
  static final String JS = resource("report.js");

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; img-src data:; style-src '"
          + sha256(CSS)
          + "'; script-src '"
          + sha256(JS)
          + "'; base-uri 'none'; form-action 'none'";

  private HtmlAssets() {}

  private static String resource(String name) {
    try (InputStream in = HtmlAssets.class.getResourceAsStream(name)) {
      if (in == null)
        throw new IllegalStateException(
            "missing resource " + name + " next to " + HtmlAssets.class);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.toLowerCase(java.util.Locale.ROOT).contains("</s")) {
        throw new IllegalStateException(
            name + " must not contain '</s': it would end its element early");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CSP source expression for an inline element's exact text. */
  static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
