package dev.carepress.preview.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The Content-Security-Policy of a served page: the published page's own policy, with exactly what
 * the preview adds and nothing more — its one inline script, allowed by this response's nonce
 * ({@code script-src 'nonce-…'}), the event stream it opens ({@code connect-src 'self'}) and its
 * stylesheet ({@code style-src 'self'}). Every other directive is kept as it was.
 */
final class Policy {
  private final Map<String, String> directives;

  private Policy(Map<String, String> directives) {
    this.directives = directives;
  }

  /** Reads a policy: {@code name value; name value}. */
  static Policy parse(String text) {
    Map<String, String> directives = new LinkedHashMap<>();
    for (String part : text.split(";")) {
      String directive = part.strip();
      if (directive.isEmpty()) {
        continue;
      }
      int space = directive.indexOf(' ');
      String name = space < 0 ? directive : directive.substring(0, space);
      String value = space < 0 ? "" : directive.substring(space + 1).strip();
      directives.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), value);
    }
    return new Policy(directives);
  }

  /** The strict policy of a page that came with none: nothing but its own inline styles (by hash). */
  static Policy strict(Iterable<String> inlineStyles) {
    StringJoiner styles = new StringJoiner(" ");
    for (String style : inlineStyles) {
      styles.add(hash(style));
    }
    String style = styles.length() == 0 ? "'none'" : styles.toString();
    return parse("default-src 'none'; style-src " + style + "; img-src 'self'; base-uri 'none'; form-action 'none'");
  }

  /** This policy, letting in the preview's script (by nonce), its event stream and its stylesheet. */
  Policy forPreview(String nonce) {
    Map<String, String> out = new LinkedHashMap<>(directives);
    String style = out.getOrDefault("style-src", "");
    if (style.isEmpty() || style.equals("'none'")) {
      out.put("style-src", "'self'");
    } else if (!(" " + style + " ").contains(" 'self' ")) {
      out.put("style-src", style + " 'self'");
    }
    out.put("script-src", "'nonce-" + nonce + "'");
    out.put("connect-src", "'self'");
    return new Policy(out);
  }

  /** The same policy with a directive only a header can carry (a meta tag ignores it). */
  Policy with(String name, String value) {
    Map<String, String> out = new LinkedHashMap<>(directives);
    out.put(name, value);
    return new Policy(out);
  }

  /** The value of a directive, if the policy has it. */
  java.util.Optional<String> directive(String name) {
    return java.util.Optional.ofNullable(directives.get(name));
  }

  @Override
  public String toString() {
    StringJoiner out = new StringJoiner("; ");
    directives.forEach((name, value) -> out.add(value.isEmpty() ? name : name + " " + value));
    return out.toString();
  }

  /** The CSP hash source of a text, {@code 'sha256-…'}. */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
