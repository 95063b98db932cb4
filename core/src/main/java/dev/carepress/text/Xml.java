package dev.carepress.text;

/**
 * Escapes text for XML and HTML, the one rule every Carepress writer uses (web pages, EPUB
 * documents, XMP metadata, reports).
 *
 * <ul>
 *   <li>{@code &}, {@code <} and {@code >} become {@code &amp; &lt; &gt;}; in attribute values
 *       {@code "} and {@code '} also become {@code &quot; &#39;};
 *   <li>a carriage return is a line end: {@code \r\n} and a lone {@code \r} become {@code \n};
 *   <li>characters XML 1.0 cannot hold — C0 controls other than tab and line feed, C1 controls,
 *       lone surrogates, and the non-characters U+FDD0–U+FDEF and U+xxFFFE/U+xxFFFF — become
 *       U+FFFD, the replacement character, so the output is always well-formed.
 * </ul>
 *
 * <pre>{@code
 * Xml.text("5 < 7 & 7 > 5");      // "5 &lt; 7 &amp; 7 &gt; 5"
 * Xml.attribute("say \"hi\"");    // "say &quot;hi&quot;"
 * }</pre>
 */
public final class Xml {
  private Xml() {}

  /** The text escaped for element content. */
  public static String text(String text) {
    if (isPlain(text, false)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, false, out);
    return out.toString();
  }

  /** The text escaped for a quoted attribute value. */
  public static String attribute(String text) {
    if (isPlain(text, true)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, true, out);
    return out.toString();
  }

  /** Appends the text escaped for element content. */
  public static void appendText(StringBuilder out, String text) {
    escape(text, false, out);
  }

  /** Appends the text escaped for a quoted attribute value. */
  public static void appendAttribute(StringBuilder out, String text) {
    escape(text, true, out);
  }

  /** Whether the character can appear in an XML 1.0 document at all (as itself or as a reference). */
  public static boolean isAllowed(int codePoint) {
    if (codePoint < 0x20) {
      return codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
    }
    if (codePoint >= 0x7f && codePoint <= 0x9f) {
      return false; // C1 controls: allowed by XML 1.0 but "discouraged", and invalid in HTML
    }
    if (codePoint >= 0xd800 && codePoint <= 0xdfff || codePoint >= 0xfdd0 && codePoint <= 0xfdef) {
      return false;
    }
    return (codePoint & 0xfffe) != 0xfffe && codePoint <= 0x10ffff;
  }

  private static boolean isPlain(String text, boolean attribute) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (!plain(text.charAt(i), attribute)) {
        return false;
      }
    }
    return true;
  }

  private static void escape(String text, boolean attribute, StringBuilder out) {
    int n = text.length();
    int from = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (plain(c, attribute)) {
        continue;
      }
      String replacement;
      int width = 1;
      switch (c) {
        case '&': replacement = "&amp;"; break;
        case '<': replacement = "&lt;"; break;
        case '>': replacement = "&gt;"; break;
        case '"': replacement = attribute ? "&quot;" : null; break;
        case '\'': replacement = attribute ? "&#39;" : null; break;
        case '\r': replacement = i + 1 < n && text.charAt(i + 1) == '\n' ? "" : "\n"; break;
        default:
          int cp = text.codePointAt(i);
          width = Character.charCount(cp);
          replacement = isAllowed(cp) ? null : "\uFFFD";
      }
      if (replacement != null) {
        out.append(text, from, i).append(replacement);
        from = i + width;
      }
      i += width - 1;
    }
    out.append(text, from, n);
  }

  /** Whether the character is written as it is without looking further (most text). */
  private static boolean plain(char c, boolean attribute) {
    if (c >= 0x3f && c < 0x7f || c == ' ' || c == '\n') {
      return true; // letters and most punctuation ('>' is 0x3e)
    }
    if (c < 0x20 || c == '&' || c == '<' || c == '>' || c >= 0x7f && c <= 0x9f) {
      return false;
    }
    if (c == '"' || c == '\'') {
      return !attribute;
    }
    return c < 0xd800 || c > 0xdfff && c < 0xfdd0 || c > 0xfdef && c < 0xfffe;
  }
}
