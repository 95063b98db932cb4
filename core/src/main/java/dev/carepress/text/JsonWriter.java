package dev.carepress.text;

import java.util.Objects;

/**
 * Writes JSON text the way every Carepress output does: two spaces of indentation, {@code "key":
 * value}, one array element or property a line, {@code {}} and {@code []} when empty, keys in the
 * order written. The one JSON writer of the project: article JSON, reports, the command's output
 * and the JSON-LD in web pages all go through it, each with its {@link Escaping}.
 *
 * <pre>{@code
 * String json = JsonWriter.create()
 *     .beginObject()
 *     .name("title").value("Asthma")
 *     .name("views").value(2348)
 *     .endObject()
 *     .toString();   // {\n  "title": "Asthma",\n  "views": 2348\n}
 * }</pre>
 *
 * <p>Not thread-safe: one writer per document. A misuse (a value where a name is due, an
 * unbalanced end) is an {@link IllegalStateException}.
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();

  /** Which characters a string value has escaped, besides {@code "} and {@code \}. */
  public enum Escaping {
    /** Control characters only; everything else as it is (the article JSON). */
    STANDARD,
    /** Control characters and everything outside printable ASCII, so the text is the same in any charset. */
    ASCII,
    /**
     * Control characters, {@code < > &}, U+2028, U+2029, non-characters and lone surrogates, so the
     * text is safe inside an HTML or XHTML {@code <script>} element.
     */
    SCRIPT
  }

  private final StringBuilder out;
  private final Escaping escaping;
  // one entry per open container: true while it has no member yet
  private boolean[] empty = new boolean[16];
  private boolean[] object = new boolean[16];
  private int depth;
  private boolean afterName;
  private boolean done;

  private JsonWriter(StringBuilder out, Escaping escaping) {
    this.out = out;
    this.escaping = escaping;
  }

  /** A writer with {@link Escaping#STANDARD} escaping. */
  public static JsonWriter create() {
    return new JsonWriter(new StringBuilder(256), Escaping.STANDARD);
  }

  /** A writer with the given escaping. */
  public static JsonWriter create(Escaping escaping) {
    return new JsonWriter(new StringBuilder(256), Objects.requireNonNull(escaping, "escaping"));
  }

  /** Opens an object. */
  public JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    push(true);
    return this;
  }

  /** Closes the object opened last. */
  public JsonWriter endObject() {
    return end(true, '}');
  }

  /** Opens an array. */
  public JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    push(false);
    return this;
  }

  /** Closes the array opened last. */
  public JsonWriter endArray() {
    return end(false, ']');
  }

  /** The name of the next property of the open object. */
  public JsonWriter name(String name) {
    Objects.requireNonNull(name, "name");
    if (depth == 0 || !object[depth - 1] || afterName) {
      throw new IllegalStateException("a property name belongs directly inside an object: " + name);
    }
    newLine();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /** A string value, or {@code null}. */
  public JsonWriter value(String value) {
    beforeValue();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  /** A whole-number value. */
  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** A number value as Java writes a double ({@code 2.5}, {@code 3.0}); {@code null} if not finite. */
  public JsonWriter value(double value) {
    beforeValue();
    out.append(Double.isFinite(value) ? Double.toString(value) : "null");
    return this;
  }

  /** A boolean value. */
  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** A {@code null} value. */
  public JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  /**
   * JSON text written elsewhere, inserted as one value and re-indented to fit. It must be a complete
   * JSON value written in this class's layout; strings in it are kept as they are.
   */
  public JsonWriter rawValue(String json) {
    beforeValue();
    String indent = "\n" + "  ".repeat(depth);
    String text = json.strip();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append(indent);
      } else if (escaping == Escaping.ASCII && c > 0x7e) {
        unicode(c, LOWER_HEX); // only strings can hold such a character, and there it may be escaped
      } else {
        out.append(c);
      }
    }
    return this;
  }

  /** The text written so far; complete once every object and array is closed. */
  @Override
  public String toString() {
    return out.toString();
  }

  /** The JSON text, requiring that every object and array has been closed. */
  public String finish() {
    if (depth != 0 || !done) {
      throw new IllegalStateException("the JSON text is not complete: " + depth + " unclosed");
    }
    return out.toString();
  }

  /** The string as a JSON string literal with the given escaping, quotes included. */
  public static String quote(String value, Escaping escaping) {
    JsonWriter w = new JsonWriter(new StringBuilder(value.length() + 8), escaping);
    w.string(value);
    return w.out.toString();
  }

  private void push(boolean isObject) {
    if (depth == empty.length) {
      empty = java.util.Arrays.copyOf(empty, depth * 2);
      object = java.util.Arrays.copyOf(object, depth * 2);
    }
    empty[depth] = true;
    object[depth] = isObject;
    depth++;
  }

  private JsonWriter end(boolean isObject, char close) {
    if (depth == 0 || object[depth - 1] != isObject || afterName) {
      throw new IllegalStateException("no open " + (isObject ? "object" : "array") + " to close here");
    }
    depth--;
    if (!empty[depth]) {
      out.append('\n');
      indent(depth);
    }
    out.append(close);
    if (depth == 0) {
      done = true;
    }
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth == 0) {
      if (done || out.length() > 0) {
        throw new IllegalStateException("a JSON text holds one value");
      }
      done = true;
      return;
    }
    if (object[depth - 1]) {
      throw new IllegalStateException("a value inside an object needs a name first");
    }
    newLine();
  }

  private void newLine() {
    if (!empty[depth - 1]) {
      out.append(',');
    }
    empty[depth - 1] = false;
    out.append('\n');
    indent(depth);
  }

  private void indent(int levels) {
    for (int i = 0; i < levels; i++) {
      out.append("  ");
    }
  }

  private void string(String s) {
    out.append('"');
    int from = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (plain(s, i, c)) {
        continue;
      }
      out.append(s, from, i);
      from = i + 1;
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b':
          if (escaping == Escaping.STANDARD) {
            out.append("\\b");
          } else {
            unicode(c, LOWER_HEX);
          }
          break;
        case '\f':
          if (escaping == Escaping.STANDARD) {
            out.append("\\f");
          } else {
            unicode(c, LOWER_HEX);
          }
          break;
        default:
          if (escaping == Escaping.STANDARD) {
            unicode(c, HEX);
          } else if (escaping == Escaping.SCRIPT && Character.isSurrogate(c)) {
            unicode(0xfffd, LOWER_HEX); // a lone surrogate: no valid text holds one
          } else {
            unicode(c, LOWER_HEX);
          }
      }
    }
    out.append(s, from, n).append('"');
  }

  private boolean plain(String s, int i, char c) {
    if (c == '"' || c == '\\' || c < 0x20) {
      return false;
    }
    switch (escaping) {
      case STANDARD:
        return true;
      case ASCII:
        return c < 0x7f;
      default:
        if (c < 0x7f) {
          return c != '<' && c != '>' && c != '&';
        }
        if (c >= 0x7f && c < 0xa0 || c == 0x2028 || c == 0x2029 || c >= 0xfdd0 && c <= 0xfdef || c >= 0xfffe) {
          return false;
        }
        if (Character.isHighSurrogate(c)) {
          return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
          return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return true;
    }
  }

  private void unicode(int code, char[] hex) {
    out.append("\\u").append(hex[code >> 12 & 0xf]).append(hex[code >> 8 & 0xf]).append(hex[code >> 4 & 0xf])
        .append(hex[code & 0xf]);
  }
}
