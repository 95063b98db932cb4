package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.carepress.model.Inline;
import dev.carepress.model.Text;
import dev.carepress.read.internal.source.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Key points written as lines of inline Markdown in the front matter: block syntax at the start of
 * a line ({@code - }, {@code 1.}, {@code #} …) is taken as text, line breaks as spaces, and a line
 * of plain text skips the parser. Stateless.
 */
final class KeyPointLines {
  private static final Pattern LINK_DEFINITION_START = Pattern.compile("^\\[[^\\]]+\\]:");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
  /** Punctuation that is only text inside a line of Markdown (a line starting with '-', '+' or '=' is escaped first). */
  private static final String PLAIN_PUNCTUATION = ".,;?'\"()-/%+=$\u2018\u2019\u201c\u201d\u2013\u2014\u2026";

  private KeyPointLines() {}

  /** The key point's inlines; every problem is reported at the key point's position. */
  static List<Inline> inlines(String text, Pos pos, MarkdownReading article) {
    String line = keyPointLine(text);
    if (isPlainText(line)) {
      return line.isEmpty() ? List.of() : List.of(new Text(line));
    }
    Document document = MarkdownParser.parse(line);
    BodyContext cx = new BodyContext(article, document, offset -> pos, false);
    List<Inline> inlines = new ArrayList<>();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof com.vladsch.flexmark.ast.Paragraph) {
        inlines.addAll(InlineMapper.inlines(block, 0, cx));
      }
    }
    return InlineMapper.trim(InlineMapper.merge(inlines));
  }

  /** The key point's text on one line, block syntax at its start escaped. */
  static String keyPointLine(String text) {
    String line = text.strip();
    if (hasLineBreak(line)) {
      line = LINE_BREAKS.matcher(line).replaceAll(" ");
    }
    if (!line.isEmpty() && isBlockStart(line)) {
      int digits = 0;
      while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
        digits++;
      }
      line = digits > 0 ? line.substring(0, digits) + "\\" + line.substring(digits) : "\\" + line;
    }
    return line;
  }

  /**
   * Whether the line is plain text to Markdown, so that parsing it would give one text node with
   * the line's characters: it has only letters, digits, spaces and punctuation that means nothing
   * inside a line of Markdown, and no {@code www.} (which would become a link). Most key points
   * are; they then skip the parser, whose set-up costs more than the parsing of a line.
   */
  static boolean isPlainText(String line) {
    int w = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == 'w') {
        w++;
        continue;
      }
      if (c == '.' && w >= 3) {
        return false;
      }
      w = 0;
      if (c != ' ' && PLAIN_PUNCTUATION.indexOf(c) < 0 && !Character.isLetterOrDigit(c) && !isPlainSign(line, i)) {
        return false;
      }
    }
    return true;
  }

  // A character outside ASCII that is a visible sign (°, ≥, ±, µ, →, ½ …): CommonMark's syntax is
  // all ASCII, so the parser keeps it as text; spaces, controls, format characters (joiners, marks
  // of direction) and surrogates are left to the parser. A colon that starts no "://" is text too.
  private static boolean isPlainSign(String line, int i) {
    char c = line.charAt(i);
    if (c == ':') {
      return !line.startsWith("//", i + 1);
    }
    return c >= 0x80 && !Character.isISOControl(c) && !Character.isSpaceChar(c) && !Character.isSurrogate(c)
        && Character.getType(c) != Character.FORMAT;
  }

  /** Whether the text has a character {@code \R} matches: without one, {@link #LINE_BREAKS} cannot match. */
  private static boolean hasLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlockStart(String line) {
    char c = line.charAt(0);
    if ("#>-+*=|`~<".indexOf(c) >= 0 || LINK_DEFINITION_START.matcher(line).find()) {
      return true;
    }
    int i = 0;
    while (i < line.length() && i < 10 && Character.isDigit(line.charAt(i))) {
      i++;
    }
    return i > 0 && i < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')');
  }
}
