package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Raw HTML made harmless: the text of an HTML block without its tags, and how a tag is shown in a
 * warning. Nothing of the HTML stays active. Stateless.
 */
final class HtmlText {
  private static final Pattern SCRIPT_OR_STYLE =
      Pattern.compile("(?is)<(script|style|template|noscript|iframe|object)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern BLOCK_TAG = Pattern.compile(
      "(?i)</?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|dl|dt|dd|figure|figcaption)"
          + "\\b[^>]*>");
  private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
  private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

  private HtmlText() {}

  /**
   * The text of an HTML block as paragraphs: script and style elements and comments are left out
   * with their content, every other tag is left out and the text between tags kept; block-level
   * tags separate paragraphs; entities become their characters.
   */
  static List<String> paragraphs(String html) {
    String text = SCRIPT_OR_STYLE.matcher(html).replaceAll(" ");
    text = HTML_COMMENT.matcher(text).replaceAll(" ");
    text = BLOCK_TAG.matcher(text).replaceAll("\n\n");
    text = ANY_TAG.matcher(text).replaceAll("");
    text = Escaping.unescapeHtml(text);
    List<String> paragraphs = new ArrayList<>();
    for (String chunk : text.split("\\n\\s*\\n")) {
      String paragraph = chunk.strip().replaceAll("\\s+", " ");
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    return paragraphs;
  }

  /** Whether the inline tag is a line break ({@code <br>}, {@code <br/>}). */
  static boolean isBreak(String tag) {
    return BREAK_TAG.matcher(tag).matches();
  }

  /** The start of the HTML, quoted, for a warning. */
  static String excerpt(String html) {
    String line = html.strip().split("\n", 2)[0];
    return "'" + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "'";
  }
}
