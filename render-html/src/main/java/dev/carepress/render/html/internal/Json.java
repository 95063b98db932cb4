package dev.carepress.render.html.internal;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings and numbers as JSON that is safe inside an HTML {@code <script>}
 * element: {@code < > &} and the line separators are written as {@code \\u} escapes, so no text
 * can close the element or be read as markup, in HTML or XHTML.
 */
public final class Json {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  /** The value as indented JSON. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder(1024);
    write(out, value, 0);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value, int depth) {
    if (value instanceof String) {
      string(out, (String) value);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "\n" : ",\n");
        first = false;
        indent(out, depth + 1);
        string(out, entry.getKey().toString());
        out.append(": ");
        write(out, entry.getValue(), depth + 1);
      }
      out.append('\n');
      indent(out, depth);
      out.append('}');
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "\n" : ",\n");
        indent(out, depth + 1);
        write(out, list.get(i), depth + 1);
      }
      out.append('\n');
      indent(out, depth);
      out.append(']');
    } else {
      throw new IllegalArgumentException("cannot write " + value + " as JSON");
    }
  }

  private static void indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
          || c >= 0xa0 && c < 0xd800 && c != 0x2028 && c != 0x2029 || c > 0xdfff && c < 0xfdd0
          || c > 0xfdef && c < 0xfffe) {
        continue; // written as it is
      }
      if (Character.isSurrogate(c) && validPair(s, i)) {
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
        default:
          int code = Character.isSurrogate(c) ? 0xfffd : c;
          out.append("\\u").append(HEX[code >> 12 & 0xf]).append(HEX[code >> 8 & 0xf])
              .append(HEX[code >> 4 & 0xf]).append(HEX[code & 0xf]);
      }
    }
    out.append(s, from, s.length()).append('"');
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
