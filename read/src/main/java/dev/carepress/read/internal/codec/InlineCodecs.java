package dev.carepress.read.internal.codec;

import dev.carepress.model.Code;
import dev.carepress.model.Emphasis;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Inline;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Text;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeReading;
import dev.carepress.text.JsonWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The codecs of the inlines, one per kind, and the reading and writing of any inline by its type. */
public final class InlineCodecs {
  private static final String SCHEMA = "/$defs/inline";

  /** One codec per kind of inline, in the order of {@link Inline}'s permitted subclasses. */
  public static final List<TypedCodec<? extends Inline>> ALL =
      List.of(
          new TextCodec(),
          new ContentCodec<>(Emphasis.class, "emphasis", Emphasis::new, Emphasis::content),
          new ContentCodec<>(Strong.class, "strong", Strong::new, Strong::content),
          new ContentCodec<>(Strikethrough.class, "strikethrough", Strikethrough::new, Strikethrough::content),
          new CodeCodec(), new LinkCodec(), new LineBreakCodec(), new FootnoteReferenceCodec(),
          new GlossaryTermCodec());

  private static final List<String> TYPES = ALL.stream().map(TypedCodec::typeName).toList();
  private static final Map<String, TypedCodec<? extends Inline>> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(TypedCodec::typeName, c -> c));
  private static final Map<Class<?>, TypedCodec<? extends Inline>> BY_CLASS =
      ALL.stream().collect(Collectors.toUnmodifiableMap(TypedCodec::type, c -> c));

  private InlineCodecs() {}

  /** Reads one inline of any kind; null when it is not valid (reported). */
  public static Inline read(TreeNode node, TreeReading in, int depth) {
    if (!in.requireObject(node, "each inline") || !in.notTooDeep(node, depth)) {
      return null;
    }
    String type = in.type(node, TYPES, "inline");
    Inline inline = type == null ? null : BY_NAME.get(type).read(node, in, depth);
    if (inline instanceof FootnoteReference reference && in.isUndefinedFootnote(reference.label())) {
      // a soft fault, as in Markdown: the reference is kept as its literal text, with a warning
      String literal = "[^" + reference.label() + "]";
      in.diagnostics().warning(
          "undefined-footnote", node.pos(), "the footnote " + literal + in.at(node)
              + " is referred to but never defined; '" + literal + "' was kept as text",
          "add {\"label\": \"" + reference.label() + "\", \"blocks\": [...]} to \"footnotes\", or remove the reference");
      return new Text(literal);
    }
    return inline;
  }

  /** Reads a list of inlines, leaving out those that are not valid (reported). */
  public static List<Inline> readList(TreeNode node, TreeReading in, int depth) {
    return in.list(node, i -> read(i, in, depth));
  }

  /** The inlines under the key one level deeper, or none. */
  static List<Inline> readContent(TreeNode node, String key, TreeReading in, int depth) {
    return in.optional(node, key).map(c -> readList(c, in, depth + 1)).orElse(List.of());
  }

  /** Writes an inline of any kind. */
  @SuppressWarnings("unchecked")
  public static void write(Inline inline, JsonWriter out) {
    ((TypedCodec<Inline>) BY_CLASS.get(inline.getClass())).write(inline, out);
  }

  /** Writes the key and the inlines, unless there are none. */
  static void writeList(JsonWriter out, String key, List<Inline> inlines) {
    Codec.array(out, key, inlines, InlineCodecs::write);
  }

  private static final class TextCodec extends TypedCodec<Text> {
    TextCodec() {
      super(Text.class, "text", SCHEMA, Property.key("text"));
    }

    @Override
    public Text read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      String text = in.optional(node, "text").map(t -> in.rawText(t, "text")).orElse("");
      return text.isEmpty() ? in.emptyError(node, typeName()) : in.make(node, () -> new Text(text));
    }

    @Override
    protected void writeProperties(Text text, JsonWriter out) {
      out.name("text").value(text.text());
    }
  }

  /** Emphasis, strong and strikethrough: inlines and nothing else. */
  private static final class ContentCodec<T extends Inline> extends TypedCodec<T> {
    private final Function<List<Inline>, T> constructor;
    private final Function<T, List<Inline>> content;

    ContentCodec(Class<T> type, String name, Function<List<Inline>, T> constructor, Function<T, List<Inline>> content) {
      super(type, name, SCHEMA, Property.key("content"));
      this.constructor = constructor;
      this.content = content;
    }

    @Override
    public T read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      List<Inline> inlines = readContent(node, "content", in, depth);
      return inlines.isEmpty() ? in.emptyError(node, typeName()) : in.make(node, () -> constructor.apply(inlines));
    }

    @Override
    protected void writeProperties(T value, JsonWriter out) {
      writeList(out, "content", content.apply(value));
    }
  }

  private static final class CodeCodec extends TypedCodec<Code> {
    CodeCodec() {
      super(Code.class, "code", SCHEMA, Property.key("code"));
    }

    @Override
    public Code read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      String code = in.optional(node, "code").map(t -> in.rawText(t, "code")).orElse("");
      return code.isEmpty() ? in.emptyError(node, typeName()) : in.make(node, () -> new Code(code));
    }

    @Override
    protected void writeProperties(Code code, JsonWriter out) {
      out.name("code").value(code.code());
    }
  }

  private static final class LinkCodec extends TypedCodec<Link> {
    LinkCodec() {
      super(Link.class, "link", SCHEMA, Property.key("url"), Property.key("title"), Property.key("content"));
    }

    @Override
    public Link read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      String url = in.optional(node, "url").map(u -> in.rawText(u, "url")).orElse(null);
      if (url == null) {
        in.diagnostics().error(
            "missing-key", node.pos(), "the link" + in.at(node) + " has no \"url\"", "add \"url\"");
        return null;
      }
      List<Inline> content = readContent(node, "content", in, depth);
      return content.isEmpty() ? in.emptyError(node, typeName())
          : in.make(node, () -> new Link(url, in.optionalText(node, "title"), content));
    }

    @Override
    protected void writeProperties(Link link, JsonWriter out) {
      out.name("url").value(link.url());
      optional(out, "title", link.title());
      writeList(out, "content", link.content());
    }
  }

  private static final class LineBreakCodec extends TypedCodec<LineBreak> {
    LineBreakCodec() {
      super(LineBreak.class, "lineBreak", SCHEMA);
    }

    @Override
    public LineBreak read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      return in.make(node, LineBreak::new);
    }

    @Override
    protected void writeProperties(LineBreak lineBreak, JsonWriter out) {}
  }

  private static final class FootnoteReferenceCodec extends TypedCodec<FootnoteReference> {
    FootnoteReferenceCodec() {
      super(FootnoteReference.class, "footnoteReference", SCHEMA, Property.key("label"));
    }

    @Override
    public FootnoteReference read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      String label = in.requiredText(node, "label", "footnote reference", "\"label\": \"1\"");
      return label == null ? null : in.make(node, () -> new FootnoteReference(label));
    }

    @Override
    protected void writeProperties(FootnoteReference reference, JsonWriter out) {
      out.name("label").value(reference.label());
    }
  }

  private static final class GlossaryTermCodec extends TypedCodec<GlossaryTerm> {
    GlossaryTermCodec() {
      super(GlossaryTerm.class, "glossaryTerm", SCHEMA, Property.key("term"), Property.key("content"));
    }

    @Override
    public GlossaryTerm read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      String term = in.requiredText(node, "term", "glossary term", "\"term\": \"relapse\"");
      List<Inline> content = readContent(node, "content", in, depth);
      if (content.isEmpty()) {
        return in.emptyError(node, typeName());
      }
      return term == null ? null : in.make(node, () -> new GlossaryTerm(term, content));
    }

    @Override
    protected void writeProperties(GlossaryTerm term, JsonWriter out) {
      out.name("term").value(term.term());
      writeList(out, "content", term.content());
    }
  }
}
