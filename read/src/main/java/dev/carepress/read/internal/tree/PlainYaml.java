package dev.carepress.read.internal.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.core.JsonToken;

/**
 * The plain YAML most front matter is written in, turned into the tokens Jackson's YAML parser
 * gives for it, without the YAML engine (which costs more than all the rest of reading a front
 * matter). Plain means: block mappings of plain keys, block sequences (indented or not), values on
 * one line (plain, single- or double-quoted without escapes, or a flow list of plain items) or
 * simple folded and literal blocks ({@code >}, {@code >-}, {@code |}, {@code |-}); no tabs,
 * comments, anchors, tags, document markers or plain values continued on the next line. Any other
 * text gives nothing, and is read with Jackson: this never reads YAML differently, it only declines
 * what it does not know (a test compares the two on generated documents).
 *
 * <p>Scalars are typed as Jackson types them (the YAML 1.2 JSON schema, through the engine's own
 * resolver); positions are Jackson's: 1-based, columns in code points, a scalar where its first
 * character or quote is, a mapping at its first key, a sequence at its first {@code -} or {@code [},
 * an empty value just after its key's colon. Stateless.
 */
final class PlainYaml {
  /** Longer text is left to Jackson, which knows the engine's limits. */
  static final int MAX_LENGTH = 1 << 20;
  private static final int MAX_KEY = 1000;
  private static final int MAX_DEPTH = 50;
  /** Characters that may not start a plain scalar or key here (YAML's indicators). */
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  /** One token: its type, its text (a name, or a scalar's text) and where it starts. */
  record Token(JsonToken type, String text, int line, int column) {}

  /** Declines the text: it is not plain YAML as defined here. */
  private static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super(null, null, false, false);
    }
  }

  private final String[] lines;
  private final List<Token> out = new ArrayList<>();
  /** How many mappings and sequences are open. */
  private int depth;
  /** The current line, and the column its content starts at (its indent, or further in a "- " item). */
  private int line;
  private int column;

  private PlainYaml(String[] lines) {
    this.lines = lines;
  }

  /** The tokens of the text, or empty when it is not plain YAML (then Jackson reads it). */
  static Optional<List<Token>> tokens(String text) {
    if (text.length() > MAX_LENGTH || !plainCharacters(text)) {
      return Optional.empty();
    }
    PlainYaml yaml = new PlainYaml(text.split("\n", -1));
    try {
      yaml.skipBlank(0);
      if (yaml.line >= yaml.lines.length || yaml.column != 0 || keyEnd(yaml.content()) < 0) {
        return Optional.empty();
      }
      yaml.mapping(0);
      if (yaml.line < yaml.lines.length) {
        return Optional.empty();
      }
      return Optional.of(yaml.out);
    } catch (NotPlain e) {
      return Optional.empty();
    }
  }

  /** Printable characters, no tab, no comment, no character the engine treats as a line break or refuses. */
  private static boolean plainCharacters(String text) {
    for (char c : text.toCharArray()) { // one copy: cheaper than charAt on text that is not Latin-1
      if (c == '\n') {
        continue;
      }
      if (c < 0x20 || c == '#' || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == '\u2028'
          || c == '\u2029' || c >= '\uFEFF' && (c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF')) {
        return false;
      }
    }
    return true;
  }

  /** A block mapping whose keys start at the column; the current line holds its first key. */
  private void mapping(int indent) {
    if (++depth > MAX_DEPTH) {
      throw new NotPlain();
    }
    out.add(new Token(JsonToken.START_OBJECT, null, line + 1, column + 1));
    while (line < lines.length && column == indent) {
      String content = content();
      int keyEnd = keyEnd(content);
      if (keyEnd < 0) {
        throw new NotPlain(); // an entry of another kind at the mapping's indent
      }
      String key = content.substring(0, keyEnd);
      if (!plainKey(key)) {
        throw new NotPlain();
      }
      out.add(new Token(JsonToken.PROPERTY_NAME, key, line + 1, column + 1));
      value(indent, column + keyEnd + 1);
      if (line < lines.length && column > indent) {
        throw new NotPlain(); // a continued value, or an indent YAML refuses
      }
    }
    out.add(new Token(JsonToken.END_OBJECT, null, 0, 0));
    depth--;
  }

  /** The value of a key whose colon ends just before {@code after}, in a mapping at the indent. */
  private void value(int indent, int after) {
    String text = lines[line];
    int start = after;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    if (start < text.length() && (text.charAt(start) == '>' || text.charAt(start) == '|')) {
      block(indent, text, start);
      return;
    }
    if (start < text.length()) {
      inline(text, start);
      skipBlank(line + 1);
      return;
    }
    int keyLine = line;
    skipBlank(line + 1);
    if (line < lines.length && column > indent) {
      if (content().startsWith("- ")) {
        sequence(column);
      } else if (keyEnd(content()) >= 0) {
        mapping(column);
      } else {
        throw new NotPlain(); // a value on the lines after its key
      }
    } else if (line < lines.length && column == indent && content().startsWith("- ")) {
      sequence(column); // a sequence not indented under its key
    } else {
      out.add(new Token(JsonToken.VALUE_STRING, "", keyLine + 1, after + 1));
    }
  }

  /** A block sequence whose dashes are at the column; the current line holds its first item. */
  private void sequence(int indent) {
    if (++depth > MAX_DEPTH) {
      throw new NotPlain();
    }
    out.add(new Token(JsonToken.START_ARRAY, null, line + 1, column + 1));
    while (line < lines.length && column == indent && content().startsWith("- ")) {
      String text = lines[line];
      int start = column + 2;
      while (start < text.length() && text.charAt(start) == ' ') {
        start++;
      }
      String item = text.substring(start);
      if (item.isEmpty() || item.startsWith("-")) {
        throw new NotPlain();
      }
      if (keyEnd(item) >= 0) {
        column = start; // a mapping starting on the item's line, its keys at this column
        mapping(start);
      } else {
        inline(text, start);
        skipBlank(line + 1);
      }
      if (line < lines.length && column > indent) {
        throw new NotPlain();
      }
    }
    out.add(new Token(JsonToken.END_ARRAY, null, 0, 0));
    depth--;
  }

  /**
   * A folded ({@code >}) or literal ({@code |}) block scalar, kept or stripped of its last line
   * break ({@code -}), whose lines all have the same indent, more than the key's, with no blank line
   * among them.
   */
  private void block(int indent, String text, int start) {
    String header = text.substring(start, withoutTrailingSpaces(text, start, text.length()));
    if (!header.equals(">") && !header.equals(">-") && !header.equals("|") && !header.equals("|-")) {
      throw new NotPlain(); // an indentation indicator, or keeping every final line break
    }
    int headerLine = line;
    int first = line + 1;
    int blockIndent = first < lines.length ? indentOf(lines[first]) : -1;
    if (blockIndent <= indent || blockIndent == lines[first].length()) {
      throw new NotPlain(); // empty, or starting on a blank line
    }
    StringBuilder value = new StringBuilder();
    int next = first;
    while (next < lines.length && indentOf(lines[next]) == blockIndent && blockIndent < lines[next].length()) {
      if (next > first) {
        value.append(header.charAt(0) == '>' ? ' ' : '\n');
      }
      value.append(lines[next], blockIndent, lines[next].length());
      next++;
    }
    if (next == lines.length) {
      throw new NotPlain(); // no line break after the last line
    }
    if (header.length() == 1) {
      value.append('\n');
    }
    int after = next;
    while (after < lines.length && lines[after].isEmpty()) {
      after++;
    }
    if (after < lines.length && indentOf(lines[after]) > indent) {
      throw new NotPlain(); // more indented, blank among the lines, or an indent YAML refuses
    }
    out.add(new Token(JsonToken.VALUE_STRING, value.toString(), headerLine + 1, start + 1));
    skipBlank(next);
  }

  /** The number of spaces the line starts with; the line's length when it has nothing else. */
  private static int indentOf(String text) {
    int indent = 0;
    while (indent < text.length() && text.charAt(indent) == ' ') {
      indent++;
    }
    return indent;
  }

  /** A value on one line, from {@code start} to the end of the line: quoted, a flow list or plain. */
  private void inline(String text, int start) {
    char first = text.charAt(start);
    if (first == '"' || first == '\'') {
      int close = text.indexOf(first, start + 1);
      String inside = close < 0 ? "" : text.substring(start + 1, close);
      if (close < 0 || !spaces(text, close + 1, text.length()) || (first == '"' && inside.indexOf('\\') >= 0)) {
        throw new NotPlain(); // escapes, a quote doubled or closed on another line
      }
      out.add(new Token(JsonToken.VALUE_STRING, inside, line + 1, start + 1));
    } else if (first == '[') {
      flow(text, start);
    } else {
      String plain = text.substring(start, withoutTrailingSpaces(text, start, text.length()));
      if (!plainStart(plain, true) || plain.endsWith(":") || plain.contains(": ")) {
        throw new NotPlain();
      }
      scalar(plain, start);
    }
  }

  /** A flow list of plain items on one line: {@code [a, b, c]}. */
  private void flow(String text, int open) {
    int close = text.indexOf(']', open);
    if (close < 0 || !spaces(text, close + 1, text.length())) {
      throw new NotPlain();
    }
    out.add(new Token(JsonToken.START_ARRAY, null, line + 1, open + 1));
    String inside = text.substring(open + 1, close);
    if (!spaces(inside, 0, inside.length())) {
      int from = 0;
      while (true) {
        int comma = inside.indexOf(',', from);
        int end = comma < 0 ? inside.length() : comma;
        int start = from;
        while (start < end && inside.charAt(start) == ' ') {
          start++;
        }
        String item = inside.substring(start, withoutTrailingSpaces(inside, start, end));
        if (!plainStart(item, false)) {
          throw new NotPlain(); // empty, or not a plain item
        }
        scalar(item, open + 1 + start);
        if (comma < 0) {
          break;
        }
        from = comma + 1;
      }
    }
    out.add(new Token(JsonToken.END_ARRAY, null, 0, 0));
  }

  /** A plain scalar typed as Jackson types it; a number with a fraction or exponent is left to Jackson. */
  private void scalar(String plain, int start) {
    Tag tag = ScalarTags.of(plain);
    JsonToken type;
    if (tag == Tag.INT) {
      type = JsonToken.VALUE_NUMBER_INT;
    } else if (tag == Tag.BOOL) {
      type = plain.equals("true") ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE;
    } else if (tag == Tag.NULL) {
      type = JsonToken.VALUE_NULL;
    } else if (tag == Tag.FLOAT) {
      throw new NotPlain();
    } else {
      type = JsonToken.VALUE_STRING;
    }
    out.add(new Token(type, plain, line + 1, start + 1));
  }

  /**
   * Whether the text can be a plain scalar that starts here: not empty, no indicator first (a
   * {@code -} followed by a character that is not a space is one), and in a flow list none of the
   * characters that end an item or nest one.
   */
  private static boolean plainStart(String text, boolean block) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (INDICATORS.indexOf(first) >= 0
        && !(first == '-' && text.length() > 1 && text.charAt(1) != ' ' && (block || ",[]{}".indexOf(text.charAt(1)) < 0))) {
      return false;
    }
    if (block) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      if ("[]{},:'\"".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether a key is plain: it starts as a plain scalar may, has no brackets or quotes, no blank at its end. */
  private static boolean plainKey(String key) {
    if (key.length() > MAX_KEY || !plainStart(key, true) || key.endsWith(" ") || key.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if ("[]{},'\"".indexOf(key.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Where the key of a {@code key: value} line ends (at its colon); -1 when the line is no key. */
  private static int keyEnd(String content) {
    for (int i = 0; i < content.length(); i++) {
      if (content.charAt(i) == ':' && (i + 1 == content.length() || content.charAt(i + 1) == ' ')) {
        return i == 0 ? -1 : i;
      }
    }
    return -1;
  }

  /** Moves to the first line from {@code from} with content, setting its column to its indent. */
  private void skipBlank(int from) {
    line = from;
    while (line < lines.length && spaces(lines[line], 0, lines[line].length())) {
      line++;
    }
    if (line < lines.length) {
      String text = lines[line];
      int indent = 0;
      while (text.charAt(indent) == ' ') {
        indent++;
      }
      column = indent;
    }
  }

  /** Whether the text from {@code from} to {@code to} is only spaces (YAML's blanks, tabs aside). */
  private static boolean spaces(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** The end of the text from {@code from} to {@code to} without the spaces at its end. */
  private static int withoutTrailingSpaces(String text, int from, int to) {
    int end = to;
    while (end > from && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end;
  }

  private String content() {
    return lines[line].substring(column);
  }


}
