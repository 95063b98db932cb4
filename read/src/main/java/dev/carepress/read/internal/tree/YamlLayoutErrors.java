package dev.carepress.read.internal.tree;

import dev.carepress.read.internal.tree.YamlSyntaxErrors.Located;

/**
 * YAML errors of layout in plain words: a colon inside a value, a key without its colon, a line
 * indented to no key above it, text after a value's closing quote or bracket. Looks at the lines
 * around the place the engine reported to say which line to change and how. Stateless.
 */
final class YamlLayoutErrors {
  private static final int SHOWN = 40;

  private YamlLayoutErrors() {}

  /** The engine's "mapping values are not allowed here": a ': ' where a value was being read, at that colon. */
  static Located colonInValue(int line, int colon, YamlText yaml) {
    int previous = yaml.previousContentLine(line);
    boolean firstOnLine = yaml.keyColon(line) == colon;
    if (firstOnLine && previous >= 0) {
      int previousColon = yaml.keyColon(previous);
      if (previousColon < 0) {
        return new Located(line, colon, "line " + yaml.fileLine(previous) + " has no ':' after its key, so it runs on"
            + " into this line, and a value cannot hold ': '",
            "add ': ' and a value at the end of line " + yaml.fileLine(previous) + ", or remove that line");
      }
      String key = yaml.wordAt(previous, yaml.keyColumn(previous));
      int keyColumn = yaml.keyColumn(previous);
      if (yaml.indent(line) > keyColumn) {
        String word = yaml.wordAt(line, yaml.keyColumn(line));
        return new Located(line, colon, "this line is indented more than '" + key + "' above it, so it continues the value"
            + " of '" + key + "', and a value cannot hold ': '",
            "to make '" + word + "' a key of its own, line it up with '" + key + "' (" + indentation(keyColumn)
                + "); if it is all one text, put the value in quotes");
      }
    }
    int keyColon = yaml.keyColon(line);
    String key = yaml.wordAt(line, yaml.keyColumn(line));
    String value = keyColon < 0 ? "" : yaml.slice(line, keyColon + 1, yaml.length(line)).strip();
    if (keyColon < 0 || keyColon == colon || value.isEmpty()) {
      return new Located(line, colon, "this ': ' stands inside a value, where YAML cannot read it",
          "put the value in quotes, or check the indentation of this line and the one above");
    }
    return new Located(line, colon, "the value of '" + key + "' holds ': ', which YAML reads as the start of another key",
        "put the value in quotes: " + key + ": " + quoted(value));
  }

  /** The engine's "could not find expected ':'": a line with a key-like text but no colon, at its start. */
  static Located missingColon(int line, int column, YamlText yaml) {
    int c = yaml.at(line, column);
    if (c == '"' || c == '\'') {
      String kind = c == '"' ? "double quotes" : "single quotes";
      return new Located(line, column, "the text in " + kind + " that starts here stands where a key is expected,"
          + " but no ':' follows it", "remove the quote if it is a typing slip; otherwise close the text with "
          + (char) c + " and write key: value");
    }
    String word = yaml.wordAt(line, column);
    return new Located(line, column, "'" + shorten(word) + "' stands where a key is expected, but no ':' follows it",
        "write it as key: value; if it continues the value of the line above, indent it more than that line's key");
  }

  /** The engine's "expected <block end>, but found <block ... start>": a line indented to no key above it. */
  static Located badIndent(int line, YamlText yaml) {
    int indent = yaml.indent(line);
    boolean item = yaml.at(line, indent) == '-' && yaml.at(line, indent + 1) == ' ';
    int[] above = null;
    int[] below = null;
    int reach = Integer.MAX_VALUE; // lines indented more than one passed over belong to maps and lists already closed
    for (int l = yaml.previousContentLine(line); l >= 0 && below == null;
        l = yaml.previousContentLine(l)) {
      boolean listItem = yaml.at(l, yaml.indent(l)) == '-' && yaml.at(l, yaml.indent(l) + 1) == ' ';
      if (yaml.indent(l) > reach || (yaml.keyColon(l) < 0 && !listItem)) {
        continue; // closed already, or a line of text
      }
      reach = yaml.indent(l);
      for (int column : yaml.keyColumns(l)) {
        if (!item && yaml.at(l, column) == '-' && yaml.at(l, column + 1) == ' ') {
          continue;
        }
        if (column > indent && (above == null || column < above[1])) {
          above = new int[] {l, column};
        } else if (column < indent && below == null) {
          below = new int[] {l, column};
        }
      }
    }
    StringBuilder hint = new StringBuilder("indent it as the key it belongs with: ");
    if (above != null) {
      hint.append(option(above, yaml));
    }
    if (below != null) {
      hint.append(above == null ? "" : ", or ").append(option(below, yaml));
    }
    if (above == null && below == null) {
      hint.append("as the keys above it");
    }
    return new Located(line, indent, "this line is indented by " + spaces(indent) + ", which lines it up with no "
        + (item ? "list item or key" : "key") + " above it", hint.toString());
  }

  /** The engine's "expected <block end>, but found <scalar>": text after a value that has ended. */
  static Located textAfterValue(int line, int column, YamlText yaml) {
    int[] before = yaml.lastBefore(line, column);
    int c = before == null ? -1 : yaml.at(before[0], before[1]);
    String where = before == null ? "" : " at line " + yaml.fileLine(before[0]) + ", column " + (before[1] + 1);
    if (c == '"' || c == '\'') {
      return new Located(line, column, "there is text after the value's closing quote" + where,
          "put all of the value inside the quotes, or write it without quotes; to write the quote itself inside,"
              + " write \\\" in \"...\" or '' in '...'");
    }
    if (c == ']' || c == '}') {
      return new Located(line, column, "there is text after the value's closing '" + (char) c + "'" + where,
          "move the text inside the brackets, or remove it; if the whole value is text, put it in quotes");
    }
    return new Located(line, column, "this text cannot follow the value before it",
        "check the indentation of this line; if it belongs to the value above, put that value in quotes");
  }

  private static String option(int[] at, YamlText yaml) {
    String word = yaml.wordAt(at[0], at[1]);
    return indentation(at[1]) + " (as " + (word.equals("-") ? "the '- '" : "'" + shorten(word) + "'") + " on line "
        + yaml.fileLine(at[0]) + ")";
  }

  private static String indentation(int n) {
    return n == 0 ? "no indentation" : spaces(n);
  }

  private static String spaces(int n) {
    return n == 1 ? "1 space" : n + " spaces";
  }

  private static String quoted(String value) {
    String shown = shorten(value);
    return shown.indexOf('"') < 0 && shown.indexOf('\\') < 0
        ? "\"" + shown + "\"" : "'" + shown.replace("'", "''") + "'";
  }

  private static String shorten(String text) {
    return text.codePointCount(0, text.length()) > SHOWN
        ? text.substring(0, text.offsetByCodePoints(0, SHOWN)) + "…" : text;
  }
}
