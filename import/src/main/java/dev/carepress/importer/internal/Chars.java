package dev.carepress.importer.internal;

import dev.carepress.text.Xml;

/** Character classes as HTML and CommonMark see them, and the text clean-up every import shares. */
public final class Chars {
  private Chars() {}

  /** HTML's collapsible white space: space, tab, line feed, form feed, carriage return. */
  public static boolean isHtmlSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** White space as {@link String#strip()} sees it, or HTML's. */
  public static boolean isBlank(int c) {
    return isHtmlSpace(c) || Character.isWhitespace(c);
  }

  /** CommonMark's Unicode white space (for delimiter runs): Zs, tab, line feed, form feed, return. */
  public static boolean isMarkdownSpace(int c) {
    return isHtmlSpace(c) || Character.getType(c) == Character.SPACE_SEPARATOR || Character.isWhitespace(c);
  }

  /** CommonMark's punctuation: ASCII punctuation and the Unicode P and S categories. */
  public static boolean isMarkdownPunctuation(int c) {
    if (c < 0x80) {
      return c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c);
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /**
   * The text as a browser shows it: every character XML cannot hold (controls, lone surrogates,
   * non-characters) becomes U+FFFD, the line and paragraph separators a space, and every run of
   * HTML white space one space. The ends are kept.
   */
  public static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == 0x85 || c == 0x2028 || c == 0x2029) {
        c = ' ';
      }
      if (isHtmlSpace(c)) {
        if (!space) {
          out.append(' ');
        }
        space = true;
        continue;
      }
      space = false;
      out.appendCodePoint(Xml.isAllowed(c) ? c : 0xFFFD);
    }
    return out.toString();
  }

  /** {@link #collapse} and stripped of white space at both ends. */
  public static String clean(String text) {
    return strip(collapse(text));
  }

  /**
   * An element's text as {@link #clean} leaves it, keeping no-break spaces (jsoup's {@code text()}
   * turns them into spaces); {@code <br>} is a space, and so is the edge of a block inside it
   * ({@code <figcaption><strong>Pancreas</strong><p>The pancreas…</p>} is "Pancreas The pancreas…",
   * as a browser shows it on two lines, not "PancreasThe pancreas…").
   */
  public static String text(org.jsoup.nodes.Element element) {
    StringBuilder out = new StringBuilder();
    org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
      @Override
      public void head(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof org.jsoup.nodes.TextNode) {
          out.append(((org.jsoup.nodes.TextNode) node).getWholeText());
        } else if (node instanceof org.jsoup.nodes.Element
            && (((org.jsoup.nodes.Element) node).normalName().equals("br") || depth > 0 && ((org.jsoup.nodes.Element) node).isBlock())) {
          out.append(' ');
        }
      }

      @Override
      public void tail(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof org.jsoup.nodes.Element && depth > 0 && ((org.jsoup.nodes.Element) node).isBlock()) {
          out.append(' ');
        }
      }
    }, element);
    return clean(out.toString());
  }

  /** Stripped of {@link #isBlank} characters at both ends. */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Stripped at the start only. */
  public static String stripLeading(String text) {
    int start = 0;
    while (start < text.length() && isBlank(text.charAt(start))) {
      start++;
    }
    return text.substring(start);
  }

  /** Stripped at the end only. */
  public static String stripTrailing(String text) {
    int end = text.length();
    while (end > 0 && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
