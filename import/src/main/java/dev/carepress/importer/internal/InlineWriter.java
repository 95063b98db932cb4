package dev.carepress.importer.internal;

import dev.carepress.model.Code;
import dev.carepress.model.Emphasis;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Inline;
import dev.carepress.model.InlineVisitor;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Text;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes inlines as CommonMark that the Markdown reader parses back into the same inlines. Every
 * character that could start markup is escaped; a delimiter run ({@code *}, {@code **}, {@code ~~})
 * that CommonMark's flanking rules would not read as intended gets an empty HTML comment beside it
 * (the reader drops comments, and they count as punctuation); white space just inside a delimiter
 * becomes a numeric character reference; bare addresses that the reader would turn into links are
 * split by a comment. Not thread-safe: one per piece of text.
 */
final class InlineWriter implements InlineVisitor<Void> {
  /** Where the inlines go. */
  enum Mode {
    /** A paragraph: line breaks are {@code \} and a new line, whose start is escaped too. */
    BLOCK,
    /** A table cell: one line, line breaks as {@code <br>}, pipes escaped. */
    CELL,
    /** A key point: one line, which the reader escapes when it starts like a block. */
    KEY_POINT
  }

  static final String SEPARATOR = "<!-- -->";
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,40});");
  private static final Pattern ORDERED_START = Pattern.compile("\\d{1,10}[.)]");
  private static final String ALWAYS_ESCAPED = "\\`*_[]<~|";

  private final Mode mode;
  private final StringBuilder out = new StringBuilder();
  /** The character before this writer's output, or -1 at the start of a line. */
  private final int before;
  private boolean lineStart;
  private char pendingCloser;
  private int closerPrevious;
  private boolean afterCode;
  private boolean afterFootnote;

  private InlineWriter(Mode mode, int before) {
    this.mode = mode;
    this.before = before;
    this.lineStart = before < 0;
  }

  /** The Markdown of inlines that start a line (a paragraph, a cell, a key point). */
  static String write(List<Inline> inlines, Mode mode) {
    InlineWriter writer = new InlineWriter(mode, mode == Mode.CELL ? ' ' : -1); // a cell's start is not a line's
    inlines.forEach(i -> i.accept(writer));
    writer.finish(-1);
    return writer.out.toString();
  }

  /** Plain text escaped so that it stays text (a heading, an alt text, a caption), on one line. */
  static String text(String text, boolean heading) {
    InlineWriter writer = new InlineWriter(Mode.CELL, ' ');
    writer.plain(text, heading);
    writer.finish(-1);
    return writer.out.toString();
  }

  private void finish(int next) {
    if (pendingCloser != 0 && (isDelimiter(next) || !canClose(pendingCloser, closerPrevious, next))) {
      out.append(SEPARATOR);
    }
    pendingCloser = 0;
  }

  private int last() {
    if (lineStart) {
      return -1;
    }
    return out.length() == 0 ? before : out.codePointBefore(out.length());
  }

  /** Appends a piece of output, first separating it from what came before where they would join. */
  private void append(String piece) {
    if (piece.isEmpty()) {
      return;
    }
    int first = piece.codePointAt(0);
    boolean separate = false;
    if (pendingCloser != 0) {
      separate = isDelimiter(first) || !canClose(pendingCloser, closerPrevious, first);
    } else if (afterCode && first == '`') {
      separate = true;
    } else if (afterFootnote && (first == '(' || first == '[' || first == ':')) {
      separate = true;
    } else if (first == '[' && last() == '!') {
      separate = true;
    }
    if (separate && !lineStart) {
      out.append(SEPARATOR);
    }
    pendingCloser = 0;
    afterCode = false;
    afterFootnote = false;
    out.append(piece);
    lineStart = false;
  }

  // ---------------------------------------------------------------- inlines

  @Override
  public Void visit(Text text) {
    plain(text.text(), false);
    return null;
  }

  /** Text, split where the reader would otherwise find a bare web or e-mail address. */
  private void plain(String text, boolean heading) {
    int from = 0;
    for (int i = 1; i < text.length(); i++) {
      boolean split = text.startsWith("://", i) || text.charAt(i) == '@'
          || (text.charAt(i) == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3));
      if (split) {
        append(escape(text.substring(from, i), heading));
        out.append(SEPARATOR);
        from = i;
      }
    }
    append(escape(text.substring(from), heading));
  }

  private String escape(String text, boolean heading) {
    StringBuilder s = new StringBuilder(text.length() + 8);
    boolean start = lineStart;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (start && i == 0) {
        if ("#>-+=".indexOf(c) >= 0) {
          s.append('\\');
        } else if (Character.isDigit(c)) {
          var m = ORDERED_START.matcher(text);
          if (m.lookingAt()) {
            s.append(text, 0, m.end() - 1).append('\\').append(text.charAt(m.end() - 1));
            i = m.end();
            continue;
          }
        }
      }
      if (c < 0x20 || c == 0x7F) {
        s.append("&#").append(c).append(';');
      } else if (heading && c == '#' && text.substring(i).chars().allMatch(x -> x == '#')) {
        s.append("&#35;"); // a closing sequence of '#' would be dropped, and the reader keeps "\#" as written
      } else if (ALWAYS_ESCAPED.indexOf(c) >= 0) {
        s.append('\\').appendCodePoint(c);
      } else if (c == '&' && ENTITY.matcher(text).region(i, text.length()).lookingAt()) {
        s.append("\\&");
      } else if (c == ':' && endsWithBracket(s)) {
        s.append("\\:"); // "]:" ends a link or footnote definition's label when the line starts with "["
      } else {
        s.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return s.toString();
  }

  private boolean endsWithBracket(StringBuilder s) {
    return s.length() > 0 ? s.charAt(s.length() - 1) == ']' : out.length() > 0 && out.charAt(out.length() - 1) == ']';
  }

  @Override
  public Void visit(Emphasis emphasis) {
    delimited(emphasis.content(), "*");
    return null;
  }

  @Override
  public Void visit(Strong strong) {
    delimited(strong.content(), "**");
    return null;
  }

  @Override
  public Void visit(Strikethrough strikethrough) {
    delimited(strikethrough.content(), "~~");
    return null;
  }

  private void delimited(List<Inline> content, String delimiter) {
    if (mode == Mode.KEY_POINT && last() < 0 && delimiter.charAt(0) == '*') {
      delimiter = delimiter.replace('*', '_'); // the reader escapes a key point that starts with '*'
    }
    char d = delimiter.charAt(0);
    InlineWriter inner = new InlineWriter(mode, d);
    content.forEach(i -> i.accept(inner));
    inner.finish(d);
    String text = edgeSpaceAsReference(inner.out.toString());
    if (text.isEmpty()) {
      return;
    }
    resolvePending();
    int previous = last();
    boolean open = previous != d && canOpen(d, previous, text.codePointAt(0));
    if (!open && !lineStart) {
      out.append(SEPARATOR);
    }
    out.append(delimiter).append(text);
    lineStart = false;
    if (isDelimiter(text.codePointBefore(text.length()))) {
      out.append(SEPARATOR);
    }
    int closing = out.codePointBefore(out.length());
    out.append(delimiter);
    pendingCloser = d;
    closerPrevious = closing;
  }

  /** Settles a closer left pending before writing a delimiter directly. */
  private void resolvePending() {
    if (pendingCloser != 0 && !lineStart) {
      out.append(SEPARATOR);
    }
    pendingCloser = 0;
    afterCode = false;
    afterFootnote = false;
  }

  /** White space at either end of delimited content as a character reference, so the delimiter still flanks. */
  private static String edgeSpaceAsReference(String text) {
    if (text.isEmpty()) {
      return text;
    }
    String result = text;
    int first = result.codePointAt(0);
    if (Chars.isMarkdownSpace(first)) {
      result = "&#" + first + ";" + result.substring(Character.charCount(first));
    }
    int lastChar = result.codePointBefore(result.length());
    if (Chars.isMarkdownSpace(lastChar)) {
      result = result.substring(0, result.length() - Character.charCount(lastChar)) + "&#" + lastChar + ";";
    }
    return result;
  }

  @Override
  public Void visit(Code code) {
    String text = code.code();
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" ")) ? " " : "";
    if (mode == Mode.CELL) {
      text = text.replace("|", "\\|");
    }
    append(fence + pad + text + pad + fence);
    afterCode = true;
    return null;
  }

  @Override
  public Void visit(Link link) {
    InlineWriter inner = new InlineWriter(mode, '[');
    link.content().forEach(i -> i.accept(inner));
    inner.finish(']');
    StringBuilder piece = new StringBuilder("[").append(inner.out).append("](").append(destination(link.url()));
    link.title().ifPresent(t -> piece.append(" \"").append(title(t)).append('"'));
    append(piece.append(')').toString());
    return null;
  }

  /** A link or image destination: bare when it can be, else between angle brackets. */
  static String destination(String url) {
    boolean angle = url.isEmpty();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < url.length(); ) {
      int c = url.codePointAt(i);
      if (c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || Chars.isMarkdownSpace(c)) {
        angle = true;
      }
      if (c == '\\' || c == '<' || c == '>') {
        s.append('\\');
      } else if (c == '&' && ENTITY.matcher(url).region(i, url.length()).lookingAt()) {
        s.append('\\');
      }
      s.appendCodePoint(c);
      i += Character.charCount(c);
    }
    return angle ? "<" + s + ">" : s.toString();
  }

  /** A link or image title, for between double quotes. */
  static String title(String title) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (c == '\\' || c == '"' || (c == '&' && ENTITY.matcher(title).region(i, title.length()).lookingAt())) {
        s.append('\\');
      }
      s.append(c);
    }
    return s.toString();
  }

  @Override
  public Void visit(LineBreak lineBreak) {
    if (mode == Mode.BLOCK) {
      append("\\\n");
      lineStart = true;
    } else {
      append("<br>");
    }
    return null;
  }

  @Override
  public Void visit(FootnoteReference reference) {
    append("[^" + reference.label() + "]");
    afterFootnote = true;
    return null;
  }

  @Override
  public Void visit(GlossaryTerm term) {
    term.content().forEach(i -> i.accept(this)); // the reader marks first uses itself
    return null;
  }

  // ---------------------------------------------------------------- CommonMark's delimiter rules

  private static boolean isDelimiter(int c) {
    return c == '*' || c == '_' || c == '~';
  }

  private static boolean isSpace(int c) {
    return c < 0 || Chars.isMarkdownSpace(c);
  }

  private static boolean isPunctuation(int c) {
    return c >= 0 && Chars.isMarkdownPunctuation(c);
  }

  private static boolean leftFlanking(int previous, int next) {
    return !isSpace(next) && (!isPunctuation(next) || isSpace(previous) || isPunctuation(previous));
  }

  private static boolean rightFlanking(int previous, int next) {
    return !isSpace(previous) && (!isPunctuation(previous) || isSpace(next) || isPunctuation(next));
  }

  private static boolean canOpen(char d, int previous, int next) {
    boolean left = leftFlanking(previous, next);
    return d == '_' ? left && (!rightFlanking(previous, next) || isPunctuation(previous)) : left;
  }

  private static boolean canClose(char d, int previous, int next) {
    boolean right = rightFlanking(previous, next);
    return d == '_' ? right && (!leftFlanking(previous, next) || isPunctuation(next)) : right;
  }
}
