package dev.carepress.read.internal.tree;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;

/**
 * A syntax error of the YAML engine in plain words, placed where the user must edit: an unclosed
 * quote or bracket where it opens (the engine reports the end of the text), a tab at the tab, a bad
 * indentation at the line indented wrongly, a colon inside a value at that colon. Never the engine's
 * own words (its tokens, its "scalars", its "stream"). Layout errors (indentation, colons) are worded
 * by {@link YamlLayoutErrors}. Stateless.
 */
final class YamlSyntaxErrors {
  /** A syntax error where to edit (0-based line and column of the YAML text), what is wrong and what to change. */
  record Located(int line, int column, String message, String hint) {}

  static final String CHECK = "check the indentation and quoting near this line; text holding ': ' or starting with a"
      + " special character such as [ { * & ! | > ' \" % @ ` needs quotes";
  private static final Pattern CHARACTER = Pattern.compile("found character '(.*?)' that cannot start any token");
  private static final Pattern HEX = Pattern.compile("expected escape sequence of (\\d+) hexadecimal numbers");
  private static final Pattern BUT = Pattern.compile("but (?:found|got) '?(.*?)'?$");
  private static final String QUOTE_TEXT = "put the value in quotes";

  private YamlSyntaxErrors() {}

  /** The error the engine raised while reading {@code text}. */
  static Located of(MarkedYamlEngineException e, String text, int lineOffset) {
    YamlText yaml = new YamlText(text, lineOffset);
    String context = e.getContext() == null ? "" : e.getContext();
    String problem = e.getProblem() == null ? "" : e.getProblem();
    int[] problemAt = place(e.getProblemMark().or(e::getContextMark), yaml);
    int[] contextAt = place(e.getContextMark().or(e::getProblemMark), yaml);
    return clamp(words(context, problem, contextAt, problemAt, yaml), yaml);
  }

  /** A character the engine refuses anywhere (a control character, a lone surrogate). */
  static Located of(ReaderException e, String text, int lineOffset) {
    YamlText yaml = new YamlText(text, lineOffset);
    int[] at = yaml.placeOf(Math.max(0, e.getPosition()));
    String code = Integer.toHexString(e.getCodePoint()).toUpperCase(Locale.ROOT);
    String shown = "U+" + "0".repeat(Math.max(0, 4 - code.length())) + code;
    return clamp(new Located(at[0], at[1], "it holds an invisible control character (" + shown + "), which YAML does not"
        + " allow", "remove the character; write text in ordinary letters, digits and punctuation"), yaml);
  }

  /** A second YAML document, whose first token is on 0-based {@code line}: placed at the '---' or '...' before it. */
  static Located secondDocument(int line, String text, int lineOffset, String what) {
    YamlText yaml = new YamlText(text, lineOffset);
    for (int l = Math.min(line, yaml.lineCount() - 1); l >= 0; l--) {
      String marker = yaml.slice(l, 0, 3);
      if ((marker.equals("---") || marker.equals("...")) && yaml.at(l, 3) <= ' ') {
        return clamp(new Located(l, 0, "'" + marker + "' ends the YAML here, but more follows it",
            "remove the line '" + marker + "' or what follows it: the " + what + " is one YAML document"), yaml);
      }
    }
    return clamp(new Located(Math.max(0, line), 0, "more YAML follows the end of the " + what,
        "remove what follows: the " + what + " is one YAML document"), yaml);
  }

  /** An error the engine reported in words not known here, at a 0-based place of the text. */
  static Located unknown(int line, int column, String text, int lineOffset) {
    YamlText yaml = new YamlText(text, lineOffset);
    return clamp(new Located(line, column, "the text cannot be read as YAML here", CHECK), yaml);
  }

  private static Located words(String context, String problem, int[] contextAt, int[] at, YamlText yaml) {
    if (context.contains("quoted scalar")) {
      return quoted(problem, contextAt, at, yaml);
    }
    Matcher character = CHARACTER.matcher(problem);
    if (character.find()) {
      return character(character.group(1), at);
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return YamlLayoutErrors.colonInValue(at[0], at[1], yaml);
    }
    if (problem.startsWith("could not find expected ':'")) {
      return YamlLayoutErrors.missingColon(contextAt[0], contextAt[1], yaml);
    }
    if (context.startsWith("while parsing a flow sequence") || context.startsWith("while parsing a flow mapping")) {
      return flowCollection(context.endsWith("sequence"), but(problem), contextAt, at, yaml);
    }
    if (problem.startsWith("expected the node content")) {
      return missingValue(context.contains("flow"), but(problem), at, yaml);
    }
    if (problem.startsWith("expected <block end>")) {
      return blockEnd(context.contains("collection"), but(problem), at, yaml);
    }
    if (problem.startsWith("expected '<document start>'")) {
      return documentStart(at, yaml);
    }
    return markers(context, problem, contextAt, at);
  }

  /** Errors of YAML's markers: - ? & * ! | > after a key, where text meant literally needs quotes. */
  private static Located markers(String context, String problem, int[] contextAt, int[] at) {
    if (problem.startsWith("sequence entries are not allowed")) {
      return new Located(at[0], at[1], "a list item ('- ') cannot start on the line of its key",
          "put each item on a line of its own below the key, indented and starting with '- '; if the value is text"
              + " starting with '-', " + QUOTE_TEXT);
    }
    if (problem.startsWith("mapping keys are not allowed")) {
      return new Located(at[0], at[1], "'?' cannot start a value here",
          "if the value is text starting with '?', " + QUOTE_TEXT);
    }
    if (context.startsWith("while scanning an alias") || context.startsWith("while scanning an anchor")) {
      String mark = context.endsWith("alias") ? "*" : "&";
      return new Located(contextAt[0], contextAt[1], "'" + mark + "' must be followed by a name here",
          "if the value is text starting with '" + mark + "', " + QUOTE_TEXT);
    }
    if (context.startsWith("while scanning a block scalar")) {
      return new Located(at[0], at[1], "after '|' or '>' only '-', '+' or one digit 1 to 9 may follow on the same line",
          "put the text on the lines below, indented more than its key; if the value is text starting with '|' or '>', "
              + QUOTE_TEXT);
    }
    if (problem.startsWith("found undefined tag handle") || context.startsWith("while scanning a tag")) {
      return new Located(contextAt[0], contextAt[1],
          "a value starting with '!' is read as a YAML tag, and this one is unknown",
          "if the value is text starting with '!', " + QUOTE_TEXT);
    }
    if (context.contains("directive")) {
      return new Located(contextAt[0], contextAt[1], "a line starting with '%' is read as a YAML directive, and this one is"
          + " not valid", "remove the line, or " + QUOTE_TEXT + " if it is text starting with '%'");
    }
    return new Located(at[0], at[1], "the text cannot be read as YAML here", CHECK);
  }

  private static Located quoted(String problem, int[] opened, int[] at, YamlText yaml) {
    boolean single = yaml.at(opened[0], opened[1]) == '\'';
    String kind = single ? "single quotes" : "double quotes";
    if (problem.startsWith("found unexpected end of stream")
        || problem.startsWith("found unexpected document separator")) {
      String until = problem.contains("separator") ? " before the '---' on line " + yaml.fileLine(at[0]) : "";
      return new Located(opened[0], opened[1], "the text in " + kind + " that starts here is never closed" + until,
          single ? "end the text with ' on its line; to write ' inside it, write it twice: ''"
              : "end the text with \" on its line; to write \" inside it, write \\\"");
    }
    int backslash = at[1];
    while (backslash > 0 && yaml.at(at[0], backslash) != '\\') {
      backslash--;
    }
    Matcher hex = HEX.matcher(problem);
    String escape = yaml.slice(at[0], backslash, backslash + 2);
    String message = hex.find()
        ? "'" + escape + "' in text in double quotes needs " + hex.group(1) + " hexadecimal digits after it"
        : "'" + escape + "' is not an escape YAML knows in text in double quotes";
    return new Located(at[0], backslash, message,
        "write \\\\ for a backslash, or put the text in single quotes ('...'), where a backslash is an ordinary character");
  }

  private static Located character(String found, int[] at) {
    if (found.startsWith("\\t")) {
      return new Located(at[0], at[1], "a tab stands here; YAML indents and separates with spaces only",
          "replace the tab with spaces");
    }
    return new Located(at[0], at[1], "a value cannot start with '" + found + "' unless it is in quotes",
        QUOTE_TEXT + ": write \"" + found + "...\" or '" + found + "...'");
  }

  private static Located flowCollection(boolean list, String got, int[] opened, int[] at, YamlText yaml) {
    String name = list ? "list" : "map";
    char opener = list ? '[' : '{';
    char closer = list ? ']' : '}';
    boolean endOfText = got.startsWith("<stream end>");
    if (endOfText || at[0] > opened[0]) {
      return new Located(opened[0], opened[1], "the " + name + " that opens with '" + opener + "' here is never closed",
          "close it with '" + closer + "' after its last item, on this line; items are separated by commas");
    }
    int c = yaml.at(at[0], at[1]);
    if (c == ':') {
      return new Located(at[0], at[1], "an item of the " + name + " in '" + opener + closer + "' holds ': '",
          "put the item in quotes");
    }
    String shown = c < 0 ? "this" : "'" + new String(Character.toChars(c)) + "'";
    return new Located(at[0], at[1], shown + " cannot follow an item of the " + name + " that opens at line "
        + yaml.fileLine(opened[0]) + ", column " + (opened[1] + 1),
        "separate items with commas and close the " + name + " with '" + closer + "'; an item holding , [ ] { }"
            + " needs quotes");
  }

  private static Located missingValue(boolean flow, String got, int[] at, YamlText yaml) {
    if (got.startsWith("<stream end>")) {
      int[] opener = yaml.unclosedOpener(at[0], at[1]);
      int[] where = opener == null ? at : opener;
      boolean list = opener == null || yaml.at(opener[0], opener[1]) == '[';
      return new Located(where[0], where[1], "the " + (list ? "list" : "map") + " that opens with '" + (list ? '[' : '{')
          + "' here is never closed", "close it with '" + (list ? ']' : '}') + "' after its last item, on this line");
    }
    int c = yaml.at(at[0], at[1]);
    String shown = c < 0 ? "this" : "'" + new String(Character.toChars(c)) + "'";
    if (!flow && (c == ']' || c == '}')) {
      return new Located(at[0], at[1], shown + " closes nothing here",
          "remove it, or open the " + (c == ']' ? "list with '['" : "map with '{'") + " before it");
    }
    return new Located(at[0], at[1], "a value is missing before " + shown,
        "write the value, or remove the comma before it; a list closes with ']' and a map with '}'");
  }

  private static Located blockEnd(boolean inList, String found, int[] at, YamlText yaml) {
    if (found.equals("<block mapping start>") || found.equals("<block sequence start>")) {
      return YamlLayoutErrors.badIndent(at[0], yaml);
    }
    if (found.equals("<scalar>") || found.equals("<flow sequence start>") || found.equals("<flow mapping start>")) {
      return YamlLayoutErrors.textAfterValue(at[0], at[1], yaml);
    }
    if (found.equals("-")) {
      return new Located(at[0], at[1], "a list item ('- ') cannot stand among the keys of a map",
          "put the list under a key: the key alone on its line (key:), then the items below it, indented;"
              + " or write this line as key: value");
    }
    if (found.equals("?")) {
      return new Located(at[0], at[1], inList ? "a key cannot stand among the items of a list"
          : "this key is not lined up with the keys above it", inList
          ? "start the line with '- ' to make it an item, or put the list under a key, indented"
          : "indent it as the keys of its map");
    }
    if (found.equals("]") || found.equals("}")) {
      return new Located(at[0], at[1], "'" + found + "' closes nothing here", "remove it");
    }
    return new Located(at[0], at[1], "the text cannot be read as YAML here", CHECK);
  }

  private static Located documentStart(int[] at, YamlText yaml) {
    for (int l = Math.min(at[0], yaml.lineCount() - 1); l >= 0; l--) {
      String line = yaml.slice(l, 0, yaml.length(l));
      if (line.startsWith("...")) {
        return new Located(l, 0, "'...' ends the YAML here, but more follows it", "remove the line '...'");
      }
      if (line.startsWith("%")) {
        return new Located(l, 0, "a line starting with '%' is read as a YAML directive",
            "remove the line, or " + QUOTE_TEXT + " if it is text starting with '%'");
      }
    }
    return new Located(at[0], at[1], "the text cannot be read as YAML here", CHECK);
  }

  /** What the engine found or got, from its words "but found 'X'" or "but got X". */
  private static String but(String problem) {
    Matcher m = BUT.matcher(problem);
    return m.find() ? m.group(1) : "";
  }

  private static int[] place(Optional<Mark> mark, YamlText yaml) {
    return mark.map(m -> new int[] {m.getLine(), m.getColumn()}).orElse(new int[] {yaml.lastContentLine(), 0});
  }

  /** Keeps a place on a line that holds something: a place at the very end moves to the end of the last such line. */
  private static Located clamp(Located located, YamlText yaml) {
    int last = yaml.lastContentLine();
    if (located.line() <= last || yaml.at(located.line(), located.column()) != -1) {
      return new Located(Math.max(0, located.line()), Math.max(0, located.column()), located.message(), located.hint());
    }
    return new Located(last, yaml.length(last), located.message(), located.hint());
  }
}
