package dev.carepress.render.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/** The stylesheet a renderer uses: Carepress's default plus the user's, and its CSP hash. */
public final class Stylesheet {
  private static final String DEFAULT = load("carepress.css");
  /** The rules of the clinic's block, added to the default only when a clinic is set (other pages keep their bytes). */
  private static final String CLINIC = load("clinic.css");

  private Stylesheet() {}

  /** Carepress's default stylesheet. */
  public static String defaultCss() {
    return DEFAULT;
  }

  /** The default (when wanted) followed by the extra stylesheets, separated by blank lines. */
  public static String combine(boolean withDefault, List<String> extra) {
    return combine(withDefault, false, extra);
  }

  /**
   * The default (when wanted, with the clinic block's rules when {@code withClinic}) followed by
   * the extra stylesheets.
   */
  public static String combine(boolean withDefault, boolean withClinic, List<String> extra) {
    StringBuilder css = new StringBuilder(DEFAULT.length() + 256);
    if (withDefault) {
      css.append(DEFAULT);
      if (withClinic) {
        css.append(CLINIC);
      }
    }
    for (String more : extra) {
      if (css.length() > 0 && css.charAt(css.length() - 1) != '\n') {
        css.append('\n');
      }
      css.append(more);
    }
    if (css.length() > 0 && css.charAt(css.length() - 1) != '\n') {
      css.append('\n');
    }
    return css.toString();
  }

  /** The CSP source for an inline style element holding exactly this text: {@code 'sha256-…'}. */
  public static String cspHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String load(String name) {
    try (InputStream in = Stylesheet.class.getResourceAsStream("/dev/carepress/render/html/" + name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the render-html jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
