package dev.carepress.read.internal.tree;

import dev.carepress.model.Inline;
import dev.carepress.read.internal.source.Diagnostics;
import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.source.Positions;
import dev.carepress.text.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One mapping of a parsed {@link TreeNode} (front matter, a JSON article or a {@code book.yaml}) to
 * the model: the typed reading of values (text, lists, objects with known keys) with every problem
 * reported at the value at fault, and what one mapping must remember (the section ids and footnote
 * labels taken so far). Made per source and used by the codecs, which hold no state of their own.
 */
public final class TreeReading {
  /** What is being read: the keys allowed and some rules (stripping, empty values) differ. */
  public enum Mode { FRONT_MATTER, JSON, BOOK }

  /** Parses a line of inline Markdown (a key point given as text). */
  @FunctionalInterface
  public interface InlineMarkdown {
    List<Inline> parse(String text, Pos pos);
  }

  /** How deep blocks and inlines of a JSON body may nest. */
  private static final int MAX_BODY_DEPTH = 60;
  /** What a message calls an object in JSON. */
  private static final String JSON_OBJECT = "an object {…}";
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

  /** Keys other tools use, and ours for the same thing. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("description", "summary"), Map.entry("date", "published"), Map.entry("author", "authors"),
          Map.entry("keywords", "tags"), Map.entry("lang", "language"), Map.entry("modified", "updated"),
          Map.entry("reviewer", "reviewers"), Map.entry("reviewed", "lastReviewed"),
          Map.entry("lastmod", "updated"), Map.entry("teaser", "summary"), Map.entry("excerpt", "summary"),
          Map.entry("conditions", "about"), Map.entry("topics", "about"), Map.entry("keypoint", "keyPoints"),
          Map.entry("sources", "references"), Map.entry("cover", "image"), Map.entry("hero", "image"));

  private final Diagnostics diagnostics;
  private final Positions positions;
  private final Mode mode;
  private final InlineMarkdown inlineMarkdown;
  private final Set<String> sectionIds = new HashSet<>();
  private final Set<String> footnoteLabels = new HashSet<>();
  /** The labels of the footnotes a JSON article defines, collected before its body is read. */
  private final Set<String> definedFootnotes = new HashSet<>();

  public TreeReading(Diagnostics diagnostics, Positions positions, Mode mode, InlineMarkdown inlineMarkdown) {
    this.diagnostics = diagnostics;
    this.positions = positions;
    this.mode = mode;
    this.inlineMarkdown = inlineMarkdown;
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  public Positions positions() {
    return positions;
  }

  public Mode mode() {
    return mode;
  }

  public boolean json() {
    return mode == Mode.JSON;
  }

  /** The inlines of a key point written as a line of Markdown. */
  public List<Inline> inlineMarkdown(String text, Pos pos) {
    return inlineMarkdown.parse(text, pos);
  }

  /** The ids of the sections read so far (a JSON body's ids are unique across the article). */
  public Set<String> sectionIds() {
    return sectionIds;
  }

  /** Notes the label of a footnote the article defines, before the references to it are read. */
  public void defineFootnote(String label) {
    definedFootnotes.add(label);
  }

  /** Whether a JSON article refers to a footnote it does not define (Markdown finds its own). */
  public boolean isUndefinedFootnote(String label) {
    return json() && !definedFootnotes.contains(label);
  }

  /** The labels of the footnotes read so far. */
  public Set<String> footnoteLabels() {
    return footnoteLabels;
  }

  // ---------------------------------------------------------------- values

  /** The value of the key, unless absent or null (or, outside JSON, an empty string other than the title). */
  public Optional<TreeNode> optional(TreeNode object, String key) {
    TreeNode.Entry entry = object.entries().get(key);
    if (entry == null || entry.value().kind() == TreeNode.Kind.NULL) {
      return Optional.empty();
    }
    if (entry.value().kind() == TreeNode.Kind.STRING && entry.value().text().isEmpty()
        && mode != Mode.JSON && !key.equals("title")) {
      return Optional.empty(); // "subtitle:" left empty in YAML
    }
    return Optional.of(entry.value());
  }

  /** The text of the key, if present and not blank. */
  public Optional<String> optionalText(TreeNode object, String key) {
    return optional(object, key).map(n -> text(n, key)).filter(s -> !s.isBlank());
  }

  /** The text of a key that must be there; null (reported) when it is absent or blank. */
  public String requiredText(TreeNode object, String key, String what, String example) {
    Optional<TreeNode> node = optional(object, key);
    String text = node.map(n -> text(n, key)).orElse(null);
    if (node.isEmpty() || (text != null && text.isBlank())) {
      diagnostics.error(
          "missing-key", node.map(TreeNode::pos).orElse(object.pos()),
          "the " + what + at(object) + " has no '" + key + "'", "add " + example);
      return null;
    }
    return text;
  }

  /** Text of a scalar (numbers and booleans as written), stripped outside JSON; null (reported) for a list or map. */
  public String text(TreeNode node, String key) {
    String raw = rawText(node, key);
    return raw == null || mode == Mode.JSON ? raw : raw.strip(); // JSON keeps every character: it round-trips
  }

  /** Text of a scalar as written; null (reported) for a list or map. */
  public String rawText(TreeNode node, String key) {
    if (!node.isScalar()) {
      wrongType(node, key, TreeNode.Kind.STRING, hintForText(key, node));
      return null;
    }
    return node.text();
  }

  /** A whole number 0 or more; 1 (reported) for anything else. */
  public int integer(TreeNode node, String key) {
    if (node.kind() != TreeNode.Kind.INTEGER || !WHOLE_NUMBER.matcher(node.text()).matches()) {
      diagnostics.error(
          "wrong-type", node.pos(), "'" + key + "'" + at(node) + " must be a whole number 0 or more, not "
              + describe(node),
          "write a number such as 1");
      return 1;
    }
    return Integer.parseInt(node.text());
  }

  private String hintForText(String key, TreeNode node) {
    if (mode == Mode.JSON) {
      return key.equals("keyPoints")
          ? "write each key point as text in double quotes, or as {\"content\": [{\"type\": \"text\", \"text\": \"…\"}]}"
          : "write the text in double quotes, e.g. " + pair(key, "…");
    }
    if (node.kind() == TreeNode.Kind.OBJECT && node.entries().size() == 1) {
      return "text containing ': ' must be quoted, e.g. " + key + ": \"Asthma: the basics\"";
    }
    if (node.kind() == TreeNode.Kind.ARRAY) { // "- [a]" under keyPoints, or "title: [a]": YAML's flow list
      return "write " + key + " as text on one line, in double quotes if it starts with [ or { (e.g. \"[1] Rest\")";
    }
    return "write " + key + ": followed by text on the same line";
  }

  /** Maps one value or a list of them, dropping those that failed (already reported). */
  public <T> List<T> list(TreeNode node, Function<TreeNode, T> element) {
    List<TreeNode> nodes = node.kind() == TreeNode.Kind.ARRAY ? node.elements() : List.of(node);
    List<T> out = new ArrayList<>(nodes.size());
    for (TreeNode n : nodes) {
      if (n.kind() == TreeNode.Kind.NULL) {
        if (!n.text().equals(TreeNode.ALIAS)) {
          diagnostics.error("empty", n.pos(), "an empty entry in a list" + at(n),
              mode == Mode.JSON ? "remove the null from the list" : "remove the empty '-' line");
        }
        continue;
      }
      T value = element.apply(n);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /** The list under the key, empty when the key is absent. */
  public <T> List<T> listOf(TreeNode object, String key, Function<TreeNode, T> element) {
    return optional(object, key).map(n -> list(n, element)).orElse(List.of());
  }

  // ---------------------------------------------------------------- objects

  /** Whether the node is an object; reported if not. */
  public boolean requireObject(TreeNode node, String what) {
    if (node.kind() != TreeNode.Kind.OBJECT) {
      wrongType(node, what, TreeNode.Kind.OBJECT, "");
      return false;
    }
    return true;
  }

  /** Reports every key of the object that is not one of {@code known}. */
  public void checkKeys(TreeNode object, List<String> known, String what) {
    for (TreeNode.Entry entry : object.entries().values()) {
      if (!known.contains(entry.key())) {
        unknownKey(entry, known, what);
      }
    }
  }

  /** Reports an unknown key, suggesting the closest known one (or the known key another tool's name stands for). */
  public void unknownKey(TreeNode.Entry entry, List<String> known, String what) {
    String key = entry.key();
    Optional<String> suggestion = Suggestions.closest(key, known);
    String alias = ALIASES.get(key.toLowerCase(Locale.ROOT));
    if (suggestion.isEmpty() && alias != null && known.contains(alias)) {
      suggestion = Optional.of(alias);
    }
    String pointer = mode == Mode.JSON ? " (at " + TreeNode.child(entry.value().pointer().isEmpty() ? ""
        : parentPointer(entry.value().pointer()), key) + ")" : "";
    diagnostics.error(
        "unknown-key", entry.keyPos(),
        "unknown key '" + key + "'" + pointer + " in the " + what
            + suggestion.map(s -> "; did you mean '" + s + "'?").orElse(""),
        suggestion.map(s -> "rename it to '" + s + "'")
            .orElse("the keys are: " + String.join(", ", known)));
  }

  /**
   * The {@code "type"} of a block or inline, one of {@code types}; null (reported) when it is
   * missing or unknown.
   */
  public String type(TreeNode node, List<String> types, String what) {
    Optional<TreeNode> typeNode = optional(node, "type");
    if (typeNode.isEmpty()) {
      diagnostics.error(
          "missing-key", node.pos(), "the " + what + at(node) + " has no \"type\"",
          "add \"type\": one of " + String.join(", ", types));
      return null;
    }
    String type = text(typeNode.get(), "type");
    if (type != null && !types.contains(type)) {
      diagnostics.error(
          "unknown-type", typeNode.get().pos(), "'" + type + "'" + at(typeNode.get()) + " is not a type of " + what
              + didYouMean(type, types),
          "write one of " + String.join(", ", types));
      return null;
    }
    return type;
  }

  /** Runs a model constructor; a value it rejects becomes a problem at the node (and null). */
  public <T> T make(TreeNode node, Supplier<T> constructor) {
    try {
      return positions.at(constructor.get(), node.pos());
    } catch (IllegalArgumentException | NullPointerException e) {
      diagnostics.error("invalid", node.pos(), "invalid content" + at(node) + ": " + e.getMessage(), "");
      return null;
    }
  }

  /** Records that the value came from the node; the value itself. */
  public <T> T located(T value, TreeNode node) {
    return positions.at(value, node.pos());
  }

  // ---------------------------------------------------------------- problems

  /** Reports that the node has no content; null. */
  public <T> T emptyError(TreeNode node, String what) {
    diagnostics.error("empty", node.pos(), "the " + what + at(node) + " has no content", "give it content or remove it");
    return null;
  }

  /** Whether the node is at most {@link #MAX_BODY_DEPTH} levels deep in a body; reported if not. */
  public boolean notTooDeep(TreeNode node, int depth) {
    if (depth > MAX_BODY_DEPTH) {
      diagnostics.error("too-deep", node.pos(), "content nests more than " + MAX_BODY_DEPTH + " levels deep" + at(node),
          "flatten the structure");
      return false;
    }
    return true;
  }

  /** Reports a value of the wrong kind. */
  public void wrongType(TreeNode node, String what, TreeNode.Kind expected, String hint) {
    String name = what.startsWith("'") || what.startsWith("each") || what.startsWith("the") ? what : "'" + what + "'";
    diagnostics.error(
        "wrong-type", node.pos(), name + at(node) + " must be "
            + (mode == Mode.JSON && expected == TreeNode.Kind.OBJECT ? JSON_OBJECT : expected.description())
            + ", not " + describe(node),
        hint);
  }

  /**
   * A key and its value as this format writes them, for hints: {@code "year": 2024} or
   * {@code "title": "Allergies"} in JSON, {@code title: Allergies} in YAML. A value that is a number,
   * or starts a list or an object, is not quoted.
   */
  public String pair(String key, String value) {
    if (mode != Mode.JSON) {
      return key + ": " + value;
    }
    boolean bare = value.matches("-?\\d+(\\.\\d+)?") || value.startsWith("[") || value.startsWith("{");
    return "\"" + key + "\": " + (bare ? value : "\"" + value + "\"");
  }

  /** " (at /pointer)" for JSON, where the pointer says more than the line; nothing for YAML. */
  public String at(TreeNode node) {
    return mode == Mode.JSON && !node.pointer().isEmpty() ? " (at " + node.pointer() + ")" : "";
  }

  /** "; did you mean 'x'?" with the closest candidate, or nothing. */
  public static String didYouMean(String word, List<String> candidates) {
    return Suggestions.closest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  /** The value as a message shows it (a JSON object as JSON writes it: JSON's values have a pointer). */
  public static String describe(TreeNode node) {
    switch (node.kind()) {
      case STRING:
        String text = node.text().length() > 40 ? node.text().substring(0, 40) + "…" : node.text();
        return "\"" + text + "\"";
      case OBJECT:
        return node.pointer().isEmpty() ? "a map (key: value pairs)" : JSON_OBJECT;
      case ARRAY:
        return "a list";
      case NULL:
        return "nothing";
      default:
        return node.text();
    }
  }

  private static String parentPointer(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}
