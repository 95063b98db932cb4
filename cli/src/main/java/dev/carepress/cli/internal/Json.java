package dev.carepress.cli.internal;

import dev.carepress.Problem;
import java.util.List;

/**
 * A small JSON writer for the command's machine-readable output: two-space indented, keys in the
 * order written, every character outside ASCII escaped so the output is the same in any locale.
 */
final class Json {
  private final StringBuilder out = new StringBuilder();
  private int depth;
  private boolean first = true;

  Json beginObject() {
    value();
    out.append('{');
    depth++;
    first = true;
    return this;
  }

  Json endObject() {
    return end('}');
  }

  Json beginArray() {
    value();
    out.append('[');
    depth++;
    first = true;
    return this;
  }

  Json endArray() {
    return end(']');
  }

  Json name(String name) {
    separator();
    string(name);
    out.append(": ");
    pendingValue = true; // the value follows on this line
    return this;
  }

  Json value(String value) {
    value();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  Json value(long value) {
    value();
    out.append(value);
    return this;
  }

  Json value(double value) {
    value();
    out.append(Double.isFinite(value) ? Double.toString(value) : "null");
    return this;
  }

  Json value(boolean value) {
    value();
    out.append(value);
    return this;
  }

  /**
   * Inserts JSON text written elsewhere (a report's own JSON) as a value, indented to fit and with
   * every character outside ASCII escaped (valid anywhere in JSON, since only strings can hold one).
   */
  Json raw(String json) {
    value();
    String text = json.strip().replace("\n", "\n" + "  ".repeat(depth));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7E) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return this;
  }

  Json field(String name, String value) {
    return name(name).value(value);
  }

  Json field(String name, long value) {
    return name(name).value(value);
  }

  Json field(String name, boolean value) {
    return name(name).value(value);
  }

  /** A problem as {@code {severity, code, file, line, column, message, hint}}. */
  Json problem(Problem p) {
    return beginObject()
        .field("severity", p.severity().label())
        .field("code", p.code())
        .field("file", p.source())
        .field("line", p.line())
        .field("column", p.column())
        .field("message", p.message())
        .field("hint", p.hint())
        .endObject();
  }

  Json problems(String name, List<Problem> problems) {
    name(name).beginArray();
    problems.forEach(this::problem);
    return endArray();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private boolean pendingValue;

  private void value() {
    if (pendingValue) {
      pendingValue = false;
      first = false;
      return;
    }
    separator();
  }

  private void separator() {
    if (depth > 0) {
      out.append(first ? "\n" : ",\n").append("  ".repeat(depth));
    }
    first = false;
  }

  private Json end(char close) {
    depth--;
    if (!first) {
      out.append('\n').append("  ".repeat(depth));
    }
    out.append(close);
    first = false;
    return this;
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20 || c > 0x7E) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
