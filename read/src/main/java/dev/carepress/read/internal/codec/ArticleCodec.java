package dev.carepress.read.internal.codec;

import dev.carepress.model.Article;
import dev.carepress.read.internal.source.ArticleDraft;
import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeReading;
import dev.carepress.text.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The codec of a whole article: its metadata's keys at the top level, then key points, the body
 * (introduction, sections, footnotes) and the other front-matter parts, in one fixed order. Front
 * matter may set every key but those of the body, which JSON sets and Markdown makes.
 */
public final class ArticleCodec extends Codec<Article> {
  public static final ArticleCodec ARTICLE = new ArticleCodec();

  /** The keys front matter may set, in the order messages list them. */
  private final List<String> frontMatterKeys;
  /** The keys JSON may set. */
  private final List<String> jsonKeys;
  private final List<String> bodyKeys;

  private ArticleCodec() {
    super(
        Article.class, "", Property.as(Property.Form.FLATTENED, "metadata"), Property.key("keyPoints"),
        Property.body("introduction"), Property.body("sections"), Property.key("glossary"),
        Property.body("footnotes"), Property.key("references"), Property.key("related"), Property.key("disclaimer"),
        Property.as(Property.Form.NOT_WRITTEN, "source"));
    List<String> frontMatter = new ArrayList<>(MetadataCodec.METADATA.keys());
    List<String> body = new ArrayList<>();
    for (Property property : properties()) {
      if (property.form() == Property.Form.KEY) {
        (property.bodyOnly() ? body : frontMatter).add(property.key());
      }
    }
    List<String> json = new ArrayList<>(frontMatter);
    json.addAll(body);
    frontMatterKeys = List.copyOf(frontMatter);
    bodyKeys = List.copyOf(body);
    jsonKeys = List.copyOf(json);
  }

  /**
   * Reads an article's front matter or JSON into the draft; the Markdown body, if any, is read
   * afterwards.
   *
   * @param root the parsed tree, or empty when there was none (reported by the caller)
   * @param defaultSlug the slug to use when none is given (the file name's)
   */
  public void read(Optional<TreeNode> root, Pos start, String defaultSlug, ArticleDraft draft, TreeReading in) {
    draft.start = start;
    Optional<TreeNode> map = root.filter(r -> in.requireObject(r, in.json() ? "the JSON" : "the front matter"));
    TreeNode object = map.orElse(TreeNode.object(start, "", new LinkedHashMap<>()));
    checkKeys(object, in);
    if (in.json()) { // the footnotes come after the text that refers to them: their labels first
      in.optional(object, "footnotes").filter(n -> n.kind() == TreeNode.Kind.ARRAY).ifPresent(n -> n.elements()
          .forEach(f -> footnoteLabel(f).ifPresent(in::defineFootnote)));
    }
    String title = MetadataCodec.METADATA.title(object, start, map.isPresent(), in);
    draft.metadata = MetadataCodec.METADATA.read(object, title == null ? "Untitled" : title, defaultSlug, in);
    draft.titleKnown = map.isPresent() && title != null;
    in.optional(object, "keyPoints")
        .ifPresent(n -> draft.keyPoints.addAll(in.list(n, p -> ContentCodecs.KEY_POINT.read(p, in))));
    in.optional(object, "glossary").ifPresent(n -> draft.glossary.addAll(ContentCodecs.GLOSSARY_ENTRY.readAll(n, in)));
    in.optional(object, "references")
        .ifPresent(n -> draft.references.addAll(in.list(n, r -> ContentCodecs.REFERENCE.read(r, in))));
    in.optional(object, "related")
        .ifPresent(n -> draft.related.addAll(in.list(n, r -> ContentCodecs.RELATED.read(r, in))));
    draft.disclaimer = in.optional(object, "disclaimer").map(n -> in.text(n, "disclaimer"));
    if (in.json()) {
      in.optional(object, "introduction").ifPresent(n -> draft.introduction.addAll(BlockCodecs.readList(n, in, 0)));
      in.optional(object, "sections")
          .ifPresent(n -> draft.sections.addAll(in.list(n, s -> BodyCodecs.SECTION.read(s, in, 0))));
      in.optional(object, "footnotes")
          .ifPresent(n -> draft.footnotes.addAll(in.list(n, f -> BodyCodecs.FOOTNOTE.read(f, in))));
    }
  }

  private static Optional<String> footnoteLabel(TreeNode footnote) {
    if (footnote.kind() != TreeNode.Kind.OBJECT) {
      return Optional.empty();
    }
    TreeNode.Entry label = footnote.entries().get("label");
    return label == null || !label.value().isScalar() ? Optional.empty() : Optional.of(label.value().text());
  }

  private void checkKeys(TreeNode object, TreeReading in) {
    List<String> known = in.json() ? jsonKeys : frontMatterKeys;
    for (TreeNode.Entry entry : object.entries().values()) {
      if (known.contains(entry.key())) {
        continue;
      }
      if (in.mode() == TreeReading.Mode.FRONT_MATTER && bodyKeys.contains(entry.key())) {
        in.diagnostics().error(
            "body-key", entry.keyPos(),
            "'" + entry.key() + "' cannot be set in the front matter: it is made from the Markdown body",
            "write the " + entry.key() + " in the body after the closing '---' (## headings make sections)");
      } else {
        in.unknownKey(entry, known, "article");
      }
    }
  }

  /** Writes the article as one JSON object. */
  @Override
  public void write(Article article, JsonWriter out) {
    out.beginObject();
    MetadataCodec.METADATA.write(article.metadata(), out);
    array(out, "keyPoints", article.keyPoints(), ContentCodecs.KEY_POINT::write);
    BlockCodecs.writeList(out, "introduction", article.introduction());
    array(out, "sections", article.sections(), BodyCodecs.SECTION::write);
    ContentCodecs.GLOSSARY_ENTRY.writeAll(out, "glossary", article.glossary());
    array(out, "footnotes", article.footnotes(), BodyCodecs.FOOTNOTE::write);
    array(out, "references", article.references(), ContentCodecs.REFERENCE::write);
    array(out, "related", article.related(), ContentCodecs.RELATED::write);
    optional(out, "disclaimer", article.disclaimer());
    out.endObject();
  }
}
