package dev.carepress.read.internal.tree;

import dev.carepress.read.internal.source.Diagnostics;
import dev.carepress.read.internal.source.Pos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Parses YAML or JSON text into a {@link TreeNode} with Jackson's streaming parsers, mapping every
 * position (and every syntax error's position) to the original file. Reports duplicate keys and
 * YAML aliases, which Jackson's token stream would otherwise pass over silently. YAML that is
 * {@link PlainYaml plain} (most front matter) is tokenized without Jackson, into the same tokens.
 */
public final class TreeParser {
  /** How deep objects and arrays may nest; deeper input is hostile or broken. */
  public static final int MAX_DEPTH = 100;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build();
  private static final JsonFactory JSON =
      JsonFactory.builder().streamReadConstraints(CONSTRAINTS).disable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
  /**
   * The engine's default settings, made once: without them Jackson builds the same defaults again
   * for every parser it makes, a tenth of the cost of reading a front matter. Duplicate keys are
   * allowed there (as in Jackson's own defaults; otherwise Jackson would fail on them) because they
   * are reported here, with both lines.
   */
  static final YAMLFactory YAML = YAMLFactory.builder().streamReadConstraints(CONSTRAINTS)
      .loadSettings(LoadSettings.builder().setAllowDuplicateKeys(true).build()).build();

  private final Diagnostics diagnostics;
  private final int lineOffset;
  private final boolean yaml;
  private final String what;
  /** Whether plain YAML is tokenized by {@link PlainYaml}; off only to compare the two in tests. */
  private final boolean fastPath;
  private Tokens tokens;
  /** The text being parsed, for placing YAML errors. */
  private String text = "";
  /** The lists and objects of JSON open at the current token, outermost first (for syntax errors). */
  private final List<JsonSyntaxErrors.Open> open = new ArrayList<>();

  private TreeParser(Diagnostics diagnostics, int lineOffset, boolean yaml, String what, boolean fastPath) {
    this.diagnostics = diagnostics;
    this.fastPath = fastPath;
    this.lineOffset = lineOffset;
    this.yaml = yaml;
    this.what = what;
  }

  /**
   * Parses YAML whose first line is line {@code lineOffset + 1} of the file.
   *
   * @param what what the YAML is, for messages, e.g. {@code front matter}
   */
  public static Optional<TreeNode> yaml(String text, int lineOffset, String what, Diagnostics diagnostics) {
    return new TreeParser(diagnostics, lineOffset, true, what, true).parse(text);
  }

  /** As {@link #yaml}, but always with Jackson: the oracle the fast path is tested against. */
  static Optional<TreeNode> yamlWithJackson(String text, int lineOffset, String what, Diagnostics diagnostics) {
    return new TreeParser(diagnostics, lineOffset, true, what, false).parse(text);
  }

  /** Parses JSON. */
  public static Optional<TreeNode> json(String text, Diagnostics diagnostics) {
    return new TreeParser(diagnostics, 0, false, "JSON", false).parse(text);
  }

  private Optional<TreeNode> parse(String text) {
    this.text = text;
    if (yaml && fastPath) {
      Optional<List<PlainYaml.Token>> plain = PlainYaml.tokens(text);
      if (plain.isPresent()) {
        return build(Tokens.of(plain.get()));
      }
    }
    try (JsonParser p = yaml ? YAML.createParser(ObjectReadContext.empty(), text)
        : JSON.createParser(ObjectReadContext.empty(), text)) {
      return build(Tokens.of(p));
    } catch (JacksonException e) {
      syntaxError(e);
      return Optional.empty();
    }
  }

  private Optional<TreeNode> build(Tokens tokens) {
    this.tokens = tokens;
    try {
      JsonToken first = tokens.next();
      if (first == null) {
        return Optional.empty();
      }
      TreeNode root = value(first, "", 0);
      JsonToken next = tokens.next();
      while (yaml && (next == JsonToken.VALUE_NULL || next == JsonToken.VALUE_STRING) && "".equals(tokens.text())) {
        next = tokens.next(); // an empty document after '---' holds nothing that could be lost
      }
      if (next != null) {
        if (!yaml) {
          diagnostics.error(
              "malformed-json", pos(), "there is more text after the end of the JSON value",
              "a file holds one JSON object; remove what follows its closing '}'");
        } else {
          secondDocument();
          return Optional.empty();
        }
      }
      return Optional.of(root);
    } catch (Abort e) {
      return Optional.empty();
    }
  }

  private TreeNode value(JsonToken token, String pointer, int depth) {
    Pos pos = pos();
    if (yaml && tokens.isAlias()) {
      diagnostics.error(
          "yaml-alias", pos, "YAML aliases (*name) are not supported in " + what,
          "write the value out in full instead of referring to an anchor");
      return TreeNode.scalar(TreeNode.Kind.NULL, pos, pointer, TreeNode.ALIAS);
    }
    if (depth > MAX_DEPTH) {
      diagnostics.error(
          "too-deep", pos, what + " nests lists and maps more than " + MAX_DEPTH + " levels deep",
          "flatten the structure");
      throw new Abort();
    }
    switch (token) {
      case START_OBJECT:
        return object(pos, pointer, depth);
      case START_ARRAY:
        return array(pos, pointer, depth);
      case VALUE_STRING:
        return TreeNode.scalar(TreeNode.Kind.STRING, pos, pointer, tokens.text());
      case VALUE_NUMBER_INT:
        return TreeNode.scalar(TreeNode.Kind.INTEGER, pos, pointer, tokens.text());
      case VALUE_NUMBER_FLOAT:
        return TreeNode.scalar(TreeNode.Kind.DECIMAL, pos, pointer, tokens.text());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return TreeNode.scalar(TreeNode.Kind.BOOLEAN, pos, pointer, tokens.text());
      case VALUE_NULL:
        return TreeNode.scalar(TreeNode.Kind.NULL, pos, pointer, "");
      default:
        // embedded binary (YAML !!binary) and anything else exotic
        return TreeNode.scalar(TreeNode.Kind.STRING, pos, pointer, String.valueOf(tokens.text()));
    }
  }

  private TreeNode object(Pos pos, String pointer, int depth) {
    if (!yaml) {
      open.add(new JsonSyntaxErrors.Open(false, pos));
    }
    LinkedHashMap<String, TreeNode.Entry> entries = new LinkedHashMap<>();
    JsonToken token;
    while ((token = tokens.next()) == JsonToken.PROPERTY_NAME) {
      String key = tokens.name();
      Pos keyPos = pos();
      String childPointer = child(pointer, key);
      TreeNode value = value(tokens.next(), childPointer, depth + 1);
      TreeNode.Entry before = entries.get(key);
      if (before != null) {
        diagnostics.error(
            "duplicate-key", keyPos,
            "the key '" + key + "' appears twice" + (yaml ? "" : " (at " + childPointer + ")")
                + "; the first is on line " + before.keyPos().line(),
            "keep one of them");
      } else {
        entries.put(key, new TreeNode.Entry(key, keyPos, value));
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IllegalStateException("unexpected token " + token);
    }
    closed();
    return TreeNode.object(pos, pointer, entries);
  }

  private TreeNode array(Pos pos, String pointer, int depth) {
    if (!yaml) {
      open.add(new JsonSyntaxErrors.Open(true, pos));
    }
    List<TreeNode> elements = new ArrayList<>();
    JsonToken token;
    while ((token = tokens.next()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new IllegalStateException("unexpected end of input");
      }
      elements.add(value(token, yaml ? "" : TreeNode.child(pointer, Integer.toString(elements.size())), depth + 1));
    }
    closed();
    return TreeNode.array(pos, pointer, elements);
  }

  /** Notes that the innermost JSON list or object has been closed. */
  private void closed() {
    if (!yaml) {
      open.remove(open.size() - 1);
    }
  }

  /** The JSON pointer of a member; YAML's are never shown (messages about YAML give lines), so not made. */
  private String child(String pointer, String key) {
    return yaml ? "" : TreeNode.child(pointer, key);
  }

  /** Where the current token is in the file. */
  private Pos pos() {
    int line = tokens.line();
    return line <= 0 ? new Pos(lineOffset + 1, 1) : new Pos(line + lineOffset, Math.max(1, tokens.column()));
  }

  private Pos pos(TokenStreamLocation location) {
    if (location == null || location.getLineNr() <= 0) {
      return new Pos(lineOffset + 1, 1);
    }
    return new Pos(location.getLineNr() + lineOffset, Math.max(1, location.getColumnNr()));
  }

  private void syntaxError(JacksonException e) {
    Pos pos = pos(e.getLocation());
    String message = e.getOriginalMessage();
    Throwable cause = e.getCause();
    if (message != null && message.contains("Document nesting depth")) {
      diagnostics.error("too-deep", pos, what + " nests lists and maps too deeply", "flatten the structure");
      return;
    }
    if (!yaml) {
      JsonSyntaxErrors.Words words = JsonSyntaxErrors.of(message == null ? null : firstLine(message), open);
      diagnostics.error("malformed-json", pos, "the file is not valid JSON: " + words.message(), words.hint());
      return;
    }
    YamlSyntaxErrors.Located located;
    if (cause instanceof MarkedYamlEngineException) {
      located = YamlSyntaxErrors.of((MarkedYamlEngineException) cause, text, lineOffset);
    } else if (cause instanceof ReaderException) {
      located = YamlSyntaxErrors.of((ReaderException) cause, text, lineOffset);
    } else {
      located = YamlSyntaxErrors.unknown(pos.line() - lineOffset - 1, pos.column() - 1, text, lineOffset);
    }
    diagnostics.error("malformed-yaml", new Pos(located.line() + 1 + lineOffset, located.column() + 1),
        "the " + what + " is not valid YAML: " + located.message(), located.hint());
  }

  /** A second YAML document follows the first (after a '---' line); the engine reads it without complaint. */
  private void secondDocument() {
    YamlSyntaxErrors.Located located = YamlSyntaxErrors.secondDocument(tokens.line() - 1, text, lineOffset, what);
    diagnostics.error("malformed-yaml", new Pos(located.line() + 1 + lineOffset, located.column() + 1),
        "the " + what + " is not valid YAML: " + located.message(), located.hint());
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  /** Stops parsing hostile input early; already reported. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

}
