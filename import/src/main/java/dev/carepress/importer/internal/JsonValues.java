package dev.carepress.importer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small JSON parser for JSON-LD blocks: objects become {@code Map}s, arrays {@code List}s,
 * numbers {@code Double}s or {@code Long}s. Lenient where pages are (a trailing comma, HTML
 * comment markers around the JSON) and bounded in depth; anything else is empty.
 */
final class JsonValues {
  private static final int MAX_DEPTH = 64;
  private final String text;
  private int at;

  private JsonValues(String text) {
    this.text = text;
  }

  /** The value, or empty when the text is not JSON. */
  static Optional<Object> parse(String text) {
    String json = text.strip();
    if (json.startsWith("<!--")) {
      json = json.substring(4);
    }
    if (json.endsWith("-->")) {
      json = json.substring(0, json.length() - 3);
    }
    JsonValues parser = new JsonValues(json);
    try {
      Object value = parser.value(0);
      parser.space();
      if (parser.at < json.length() && json.charAt(parser.at) != ';') {
        return Optional.empty();
      }
      return Optional.ofNullable(value);
    } catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void space() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("too deep");
    }
    space();
    char c = text.charAt(at);
    switch (c) {
      case '{': return object(depth);
      case '[': return array(depth);
      case '"': return string();
      default:
        if (text.startsWith("true", at)) {
          at += 4;
          return Boolean.TRUE;
        }
        if (text.startsWith("false", at)) {
          at += 5;
          return Boolean.FALSE;
        }
        if (text.startsWith("null", at)) {
          at += 4;
          return null;
        }
        return number();
    }
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    at++;
    while (true) {
      space();
      if (text.charAt(at) == '}') {
        at++;
        return map;
      }
      String key = string();
      space();
      expect(':');
      Object value = value(depth + 1);
      if (value != null) {
        map.putIfAbsent(key, value);
      }
      space();
      if (text.charAt(at) == ',') {
        at++;
      } else if (text.charAt(at) != '}') {
        throw new IllegalStateException("expected , or }");
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> list = new ArrayList<>();
    at++;
    while (true) {
      space();
      if (text.charAt(at) == ']') {
        at++;
        return list;
      }
      Object value = value(depth + 1);
      if (value != null) {
        list.add(value);
      }
      space();
      if (text.charAt(at) == ',') {
        at++;
      } else if (text.charAt(at) != ']') {
        throw new IllegalStateException("expected , or ]");
      }
    }
  }

  private void expect(char c) {
    if (text.charAt(at) != c) {
      throw new IllegalStateException("expected " + c);
    }
    at++;
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(at++);
      switch (e) {
        case 'n': out.append('\n'); break;
        case 't': out.append('\t'); break;
        case 'r': out.append('\r'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'u':
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
          break;
        default: out.append(e);
      }
    }
  }

  private Object number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String n = text.substring(start, at);
    if (n.isEmpty()) {
      throw new IllegalStateException("unexpected character");
    }
    if (n.matches("-?\\d{1,19}")) {
      try {
        return Long.parseLong(n);
      } catch (NumberFormatException e) {
        // beyond a long: a double below
      }
    }
    return Double.parseDouble(n);
  }
}
