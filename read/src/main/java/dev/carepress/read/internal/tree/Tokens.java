package dev.carepress.read.internal.tree;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The tokens a tree is built from, one at a time: from Jackson's parser (YAML or JSON), or from the
 * list {@link PlainYaml} made. Made per parse.
 */
interface Tokens {
  /** The next token; null at the end. */
  JsonToken next();

  /** The current property's name. */
  String name();

  /** The current scalar's text (as written for numbers and booleans). */
  String text();

  /** The 1-based line where the current token starts; 0 when unknown. */
  int line();

  /** The 1-based column (in code points) where the current token starts. */
  int column();

  /** Whether the current token is a YAML alias. */
  boolean isAlias();

  /** The tokens of Jackson's parser. */
  static Tokens of(JsonParser parser) {
    return new Tokens() {
      @Override public JsonToken next() {
        return parser.nextToken();
      }

      @Override public String name() {
        return parser.currentName();
      }

      @Override public String text() {
        return parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString() : parser.getText();
      }

      @Override public int line() {
        TokenStreamLocation location = parser.currentTokenLocation();
        return location == null ? 0 : location.getLineNr();
      }

      @Override public int column() {
        TokenStreamLocation location = parser.currentTokenLocation();
        return location == null ? 0 : location.getColumnNr();
      }

      @Override public boolean isAlias() {
        return parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias();
      }
    };
  }

  /** The tokens of a list. */
  static Tokens of(List<PlainYaml.Token> list) {
    return new Tokens() {
      private int next;
      private PlainYaml.Token current;

      @Override public JsonToken next() {
        current = next < list.size() ? list.get(next++) : null;
        return current == null ? null : current.type();
      }

      @Override public String name() {
        return current.text();
      }

      @Override public String text() {
        return current.text();
      }

      @Override public int line() {
        return current.line();
      }

      @Override public int column() {
        return current.column();
      }

      @Override public boolean isAlias() {
        return false;
      }
    };
  }
}
