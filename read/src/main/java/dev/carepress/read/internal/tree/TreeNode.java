package dev.carepress.read.internal.tree;

import dev.carepress.read.internal.source.Pos;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it was: the 1-based line and column of its first
 * character in the original file, and its JSON pointer. Jackson's own trees forget positions, and
 * every problem must name one.
 */
public final class TreeNode {
  /** The kinds of value. */
  public enum Kind {
    OBJECT("a map of key: value pairs"),
    ARRAY("a list"),
    STRING("text"),
    INTEGER("a whole number"),
    DECIMAL("a number"),
    BOOLEAN("true or false"),
    NULL("nothing");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** The text of the null node standing for a YAML alias (already reported). */
  public static final String ALIAS = "*alias";

  /** A key of an object with its own position. */
  public record Entry(String key, Pos keyPos, TreeNode value) {}

  private final Kind kind;
  private final Pos pos;
  private final String pointer;
  private final String text;
  private final Map<String, Entry> entries;
  private final List<TreeNode> elements;

  private TreeNode(Kind kind, Pos pos, String pointer, String text, Map<String, Entry> entries, List<TreeNode> elements) {
    this.kind = kind;
    this.pos = pos;
    this.pointer = pointer;
    this.text = text;
    this.entries = entries;
    this.elements = elements;
  }

  public static TreeNode scalar(Kind kind, Pos pos, String pointer, String text) {
    return new TreeNode(kind, pos, pointer, text, Map.of(), List.of());
  }

  public static TreeNode object(Pos pos, String pointer, LinkedHashMap<String, Entry> entries) {
    return new TreeNode(Kind.OBJECT, pos, pointer, "", entries, List.of());
  }

  public static TreeNode array(Pos pos, String pointer, List<TreeNode> elements) {
    return new TreeNode(Kind.ARRAY, pos, pointer, "", Map.of(), List.copyOf(elements));
  }

  public Kind kind() {
    return kind;
  }

  public Pos pos() {
    return pos;
  }

  /** The JSON pointer of this value, e.g. {@code /authors/1/name}; empty for the root. */
  public String pointer() {
    return pointer;
  }

  /** The scalar's text as written (numbers and booleans included); empty for objects and arrays. */
  public String text() {
    return text;
  }

  /** An object's entries in the order written. */
  public Map<String, Entry> entries() {
    return entries;
  }

  public List<TreeNode> elements() {
    return elements;
  }

  public boolean isScalar() {
    return kind != Kind.OBJECT && kind != Kind.ARRAY;
  }

  /** Whether the value is null or an empty string: an optional key left empty. */
  public boolean isEmpty() {
    return kind == Kind.NULL || (kind == Kind.STRING && text.isBlank());
  }

  /** Appends a key or index to a JSON pointer, escaping {@code ~} and {@code /}. */
  public static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }
}
