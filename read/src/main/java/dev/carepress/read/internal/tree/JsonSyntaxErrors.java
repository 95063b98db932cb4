package dev.carepress.read.internal.tree;

import dev.carepress.read.internal.source.Pos;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error of Jackson's parser in plain words: what is wrong at the position and what to
 * change, never Jackson's own text (which names its source, its features and its classes). The
 * lists and objects still open when the error was found tell what a cut-off file needs. Stateless.
 */
final class JsonSyntaxErrors {
  /** A list or object that was open, where it starts and the character that closes it. */
  record Open(boolean list, Pos start) {
    String name() {
      return list ? "list" : "object";
    }

    char closer() {
      return list ? ']' : '}';
    }
  }

  /** A syntax error as a message and a hint. */
  record Words(String message, String hint) {}

  private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.*?)' \\(code (\\d+)\\)\\)");
  private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
  private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'");
  private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.*?)'");
  private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)'");
  private static final String VALUES =
      "text in double quotes, a number, true, false, null, a list [...] or an object {...}";
  private static final String CHECK = "check the commas, quotes and brackets near this position";

  private JsonSyntaxErrors() {}

  /** The error Jackson reported (its message, null when it gave none) in plain words. */
  static Words of(String jackson, List<Open> open) {
    String m = jackson == null ? "" : jackson;
    if (m.startsWith("Unexpected end-of-input")) {
      return endOfInput(m, open);
    }
    Matcher unexpected = UNEXPECTED.matcher(m);
    if (unexpected.lookingAt()) {
      return unexpected(shown(unexpected.group(1), Integer.parseInt(unexpected.group(2))), m, open);
    }
    Matcher close = CLOSE_MARKER.matcher(m);
    if (close.lookingAt()) {
      return closeMarker(close.group(1), open);
    }
    Matcher control = CONTROL.matcher(m);
    if (control.find()) {
      int code = Integer.parseInt(control.group(1));
      return m.contains("string value")
          ? new Words("a text in quotes holds " + control(code) + ", which JSON does not allow there",
              "write \\n for a line break and \\t for a tab, or end the text with \" before it")
          : new Words("the file holds " + control(code) + " between values", "remove it");
    }
    Matcher token = TOKEN.matcher(m);
    if (token.lookingAt()) {
      return new Words("'" + shorten(token.group(1)) + "' is not a JSON value",
          "write " + VALUES + "; text needs double quotes");
    }
    Matcher escape = ESCAPE.matcher(m);
    if (escape.lookingAt()) {
      return new Words("'\\" + shorten(escape.group(1)) + "' is not an escape JSON knows",
          "write \\\\ for a backslash; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hex digits");
    }
    if (m.startsWith("Invalid numeric value") || m.startsWith("Numeric value") || m.contains("Leading zeroes")) {
      return new Words("this number is not written as JSON writes numbers",
          "write digits such as 12 or 1.5 (no leading zeros, no + sign), or put the value in double quotes");
    }
    if (m.contains("escape sequence") || m.contains("Illegal character")) {
      return new Words("the file holds a character JSON does not allow here", CHECK);
    }
    return new Words("the file is not valid JSON here", CHECK);
  }

  private static Words endOfInput(String m, List<Open> open) {
    boolean inText = m.contains("closing quote") || m.contains("field name") || m.contains("String value");
    if (open.isEmpty()) {
      return new Words("the file ends inside a value", inText ? "end the text with \"" : CHECK);
    }
    Open innermost = open.get(open.size() - 1);
    StringBuilder closers = new StringBuilder();
    for (int i = open.size() - 1; i >= 0; i--) {
      closers.append(open.get(i).closer());
    }
    String hint = "close it with " + innermost.closer();
    if (open.size() > 1) {
      hint += ", then what is open around it: the file should end with " + closers;
    }
    return new Words("the file ends " + (inText ? "inside a text in quotes, " : "") + "inside the " + innermost.name()
        + " that starts at " + where(innermost.start()), (inText ? "end the text with \", then " : "") + hint);
  }

  private static Words unexpected(String c, String m, List<Open> open) {
    if (m.contains("comment")) {
      return new Words("JSON has no comments (" + c + " starts one here)", "remove the comment");
    }
    if (m.contains("separate Object entries")) {
      return new Words(c + " cannot follow a value in an object", "put a comma before the next \"key\": value, or close"
          + " the object" + starting(open) + " with }");
    }
    if (m.contains("separate Array entries")) {
      return new Words(c + " cannot follow a value in a list", "put a comma before the next value, or close the list"
          + starting(open) + " with ]");
    }
    if (m.contains("start field name") || m.contains("property name")) {
      if (m.contains("colon")) {
        return new Words("a key needs a colon after it, not " + c, "write \"key\": value");
      }
      return new Words("a key in double quotes was expected here, not " + c,
          c.equals("'}'") ? "remove the comma after the object's last entry" : "write keys in double quotes: \"key\": value");
    }
    if (m.contains("colon")) {
      return new Words("a key needs a colon after it, not " + c, "write \"key\": value");
    }
    if (m.contains("value")) {
      return new Words("a value was expected here, not " + c, c.equals("']'") || c.equals("'}'")
          ? "remove the comma before it, or write a value: " + VALUES : "write " + VALUES);
    }
    return new Words(c + " cannot stand here", CHECK);
  }

  private static Words closeMarker(String marker, List<Open> open) {
    if (open.isEmpty()) {
      return new Words("'" + marker + "' closes nothing here", "remove it");
    }
    Open innermost = open.get(open.size() - 1);
    return new Words("'" + marker + "' cannot close the " + innermost.name() + " that starts at "
        + where(innermost.start()), "close it with " + innermost.closer() + ", or remove the '" + marker + "'");
  }

  private static String starting(List<Open> open) {
    return open.isEmpty() ? "" : " that starts at " + where(open.get(open.size() - 1).start());
  }

  private static String where(Pos pos) {
    return "line " + pos.line() + ", column " + pos.column();
  }

  private static String shown(String character, int code) {
    return code < 0x20 || code == 0x7f ? control(code) : "'" + character + "'";
  }

  private static String control(int code) {
    switch (code) {
      case 9:
        return "a tab";
      case 10:
      case 13:
        return "a line break";
      default:
        return "an invisible control character (code " + code + ")";
    }
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
