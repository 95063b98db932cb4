package dev.carepress.read.internal.tree;

import dev.carepress.read.internal.source.Diagnostics;
import dev.carepress.read.internal.source.Pos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses YAML or JSON text into a {@link TreeNode} with Jackson's streaming parsers, mapping every
 * position (and every syntax error's position) to the original file. Reports duplicate keys and
 * YAML aliases, which Jackson's token stream would otherwise pass over silently.
 */
public final class TreeParser {
  /** How deep objects and arrays may nest; deeper input is hostile or broken. */
  public static final int MAX_DEPTH = 100;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build();
  private static final JsonFactory JSON =
      JsonFactory.builder().streamReadConstraints(CONSTRAINTS).disable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
  private static final YAMLFactory YAML = YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  private final Diagnostics diagnostics;
  private final int lineOffset;
  private final boolean yaml;
  private final String what;
  private JsonParser parser;

  private TreeParser(Diagnostics diagnostics, int lineOffset, boolean yaml, String what) {
    this.diagnostics = diagnostics;
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
    return new TreeParser(diagnostics, lineOffset, true, what).parse(text);
  }

  /** Parses JSON. */
  public static Optional<TreeNode> json(String text, Diagnostics diagnostics) {
    return new TreeParser(diagnostics, 0, false, "JSON").parse(text);
  }

  private Optional<TreeNode> parse(String text) {
    try (JsonParser p = yaml ? YAML.createParser(ObjectReadContext.empty(), text)
        : JSON.createParser(ObjectReadContext.empty(), text)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      TreeNode root = value(first, "", 0);
      if (!yaml && p.nextToken() != null) {
        diagnostics.error(
            "malformed-json", pos(p.currentTokenLocation()), "there is more text after the end of the JSON value",
            "a file holds one JSON object; remove what follows its closing '}'");
      }
      return Optional.of(root);
    } catch (JacksonException e) {
      syntaxError(e);
      return Optional.empty();
    } catch (Abort e) {
      return Optional.empty();
    }
  }

  private TreeNode value(JsonToken token, String pointer, int depth) {
    Pos pos = pos(parser.currentTokenLocation());
    if (yaml && parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
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
        return TreeNode.scalar(TreeNode.Kind.STRING, pos, pointer, parser.getString());
      case VALUE_NUMBER_INT:
        return TreeNode.scalar(TreeNode.Kind.INTEGER, pos, pointer, parser.getText());
      case VALUE_NUMBER_FLOAT:
        return TreeNode.scalar(TreeNode.Kind.DECIMAL, pos, pointer, parser.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return TreeNode.scalar(TreeNode.Kind.BOOLEAN, pos, pointer, parser.getText());
      case VALUE_NULL:
        return TreeNode.scalar(TreeNode.Kind.NULL, pos, pointer, "");
      default:
        // embedded binary (YAML !!binary) and anything else exotic
        return TreeNode.scalar(TreeNode.Kind.STRING, pos, pointer, String.valueOf(parser.getText()));
    }
  }

  private TreeNode object(Pos pos, String pointer, int depth) {
    LinkedHashMap<String, TreeNode.Entry> entries = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      Pos keyPos = pos(parser.currentTokenLocation());
      String childPointer = TreeNode.child(pointer, key);
      TreeNode value = value(parser.nextToken(), childPointer, depth + 1);
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
    return TreeNode.object(pos, pointer, entries);
  }

  private TreeNode array(Pos pos, String pointer, int depth) {
    List<TreeNode> elements = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new IllegalStateException("unexpected end of input");
      }
      elements.add(value(token, TreeNode.child(pointer, Integer.toString(elements.size())), depth + 1));
    }
    return TreeNode.array(pos, pointer, elements);
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
    if (cause instanceof MarkedYamlEngineException) {
      MarkedYamlEngineException yamlError = (MarkedYamlEngineException) cause;
      Optional<Mark> mark = yamlError.getProblemMark().or(yamlError::getContextMark);
      if (mark.isPresent()) {
        pos = new Pos(mark.get().getLine() + 1 + lineOffset, mark.get().getColumn() + 1);
      }
      String context = yamlError.getContext() == null ? "" : yamlError.getContext() + ": ";
      message = context + yamlError.getProblem();
    } else if (message != null) {
      message = firstLine(message);
    }
    if (message != null && message.contains("Document nesting depth")) {
      diagnostics.error("too-deep", pos, what + " nests lists and maps too deeply", "flatten the structure");
      return;
    }
    diagnostics.error(
        yaml ? "malformed-yaml" : "malformed-json", pos,
        (yaml ? "the " + what + " is not valid YAML: " : "the file is not valid JSON: ") + message,
        yaml ? "check the indentation and quoting near this line; text holding ': ' or starting with a"
            + " special character such as [ { * & ! | > ' \" % @ needs quotes"
            : "check the commas, quotes and brackets near this position");
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
