package dev.carepress.preview.internal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The query of a download's address, {@code ?pageSize=LETTER&largePrint=true}, read as renderer
 * settings: each key once, made of the letters of a setting's name; {@code +} is a space.
 */
final class Query {
  /** The most settings one address may give. */
  static final int MAX_PARAMETERS = 32;

  private Query() {}

  /**
   * The settings the raw query gives.
   *
   * @throws IllegalArgumentException saying what is wrong with the query
   */
  static Map<String, String> settings(String rawQuery) {
    Map<String, String> out = new TreeMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    String[] pairs = rawQuery.split("&", -1);
    if (pairs.length > MAX_PARAMETERS) {
      throw new IllegalArgumentException("the address gives more than " + MAX_PARAMETERS + " settings");
    }
    for (String pair : pairs) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      boolean name = key.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-'));
      if (key.isEmpty() || !name) {
        throw new IllegalArgumentException("'" + printable(key) + "' is not the name of a setting");
      }
      if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw new IllegalArgumentException("the value of '" + key + "' holds a control character");
      }
      if (out.put(key, value) != null) {
        throw new IllegalArgumentException("the setting '" + key + "' is given twice");
      }
    }
    return out;
  }

  private static String decode(String text) {
    Optional<String> decoded = RequestPath.decode("/" + text.replace('+', ' ').replace(" ", "%20"));
    if (decoded.isEmpty()) {
      throw new IllegalArgumentException("the address's percent-encoding is not valid UTF-8");
    }
    return decoded.get().substring(1);
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(40).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return out.toString();
  }
}
