package dev.carepress.read.internal.codec;

import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.Inline;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeReading;
import dev.carepress.text.JsonWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The codecs of the parts of an article front matter may set besides its metadata: key points, the
 * glossary, references and related links.
 */
public final class ContentCodecs {
  public static final KeyPointCodec KEY_POINT = new KeyPointCodec();
  public static final GlossaryCodec GLOSSARY_ENTRY = new GlossaryCodec();
  public static final ReferenceCodec REFERENCE = new ReferenceCodec();
  public static final RelatedCodec RELATED = new RelatedCodec();

  private ContentCodecs() {}

  /** A key point: {@code {content: [inlines]}}, or a line of inline Markdown. */
  public static final class KeyPointCodec extends Codec<KeyPoint> {
    private KeyPointCodec() {
      super(KeyPoint.class, "/properties/keyPoints/items", Property.key("content"));
    }

    /** Reads one key point; null when it is not valid (reported). */
    public KeyPoint read(TreeNode node, TreeReading in) {
      if (node.kind() == TreeNode.Kind.OBJECT) {
        in.checkKeys(node, keys(), "key point");
        List<Inline> content = in.optional(node, "content").map(c -> InlineCodecs.readList(c, in, 0)).orElse(List.of());
        if (content.isEmpty()) {
          in.diagnostics().error("empty", node.pos(), "a key point" + in.at(node) + " has no content", "give it text");
          return null;
        }
        return in.located(new KeyPoint(content), node);
      }
      String text = in.text(node, "keyPoints");
      if (text == null) {
        return null;
      }
      if (text.isBlank()) {
        in.diagnostics().error("empty", node.pos(), "a key point is empty",
            in.json() ? "write the point or remove it from the list" : "write the point or remove the line");
        return null;
      }
      List<Inline> content = in.inlineMarkdown(text, node.pos());
      return content.isEmpty() ? null : in.located(new KeyPoint(content), node);
    }

    @Override
    public void write(KeyPoint point, JsonWriter out) {
      out.beginObject();
      InlineCodecs.writeList(out, "content", point.content());
      out.endObject();
    }
  }

  /** The glossary: one {@code "term": "definition"} property per entry, in order. */
  public static final class GlossaryCodec extends Codec<GlossaryEntry> {
    private GlossaryCodec() {
      super(GlossaryEntry.class, "/properties/glossary", Property.as(Property.Form.ENTRY_NAME, "term"),
          Property.as(Property.Form.ENTRY_VALUE, "definition"));
    }

    /** Reads the whole glossary, leaving out entries that are not valid (reported). */
    public List<GlossaryEntry> readAll(TreeNode node, TreeReading in) {
      if (node.kind() != TreeNode.Kind.OBJECT) {
        in.wrongType(node, "glossary", TreeNode.Kind.OBJECT, in.json()
            ? "write \"glossary\": {\"term\": \"definition\", …}"
            : "write one 'term: definition' per line under 'glossary:'");
        return List.of();
      }
      List<GlossaryEntry> entries = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (TreeNode.Entry entry : node.entries().values()) {
        String definition = in.text(entry.value(), entry.key());
        if (definition == null) {
          continue;
        }
        if (entry.key().isBlank() || definition.isBlank()) {
          in.diagnostics().error(
              "empty", entry.keyPos(), "the glossary term '" + entry.key() + "' has no definition",
              "write a plain-language definition after the colon");
          continue;
        }
        if (!seen.add(entry.key().toLowerCase(Locale.ROOT))) {
          in.diagnostics().error(
              "duplicate-term", entry.keyPos(), "the glossary defines '" + entry.key() + "' twice (ignoring case)",
              "keep one definition");
          continue;
        }
        String term = in.json() ? entry.key() : entry.key().strip();
        entries.add(in.positions().at(new GlossaryEntry(term, definition), entry.keyPos()));
      }
      return entries;
    }

    /** Writes the entry as one property of the open glossary object. */
    @Override
    public void write(GlossaryEntry entry, JsonWriter out) {
      out.name(entry.term()).value(entry.definition());
    }

    /** Writes the key and the glossary object, unless it is empty. */
    public void writeAll(JsonWriter out, String key, List<GlossaryEntry> glossary) {
      if (glossary.isEmpty()) {
        return;
      }
      out.name(key).beginObject();
      for (GlossaryEntry entry : glossary) {
        write(entry, out);
      }
      out.endObject();
    }
  }

  /** A reference: {@code {title, url, publisher, year}}, or a title. */
  public static final class ReferenceCodec extends Codec<Reference> {
    private static final Pattern YEAR = Pattern.compile("\\d{1,4}");

    private ReferenceCodec() {
      super(Reference.class, "/properties/references/items", Property.key("title"), Property.key("url"),
          Property.key("publisher"), Property.key("year"));
    }

    /** Reads one reference; null when it is not valid (reported). */
    public Reference read(TreeNode node, TreeReading in) {
      if (node.isScalar()) {
        String title = in.text(node, "references");
        return title == null ? null
            : in.located(new Reference(title, Optional.empty(), Optional.empty(), OptionalInt.empty()), node);
      }
      if (!in.requireObject(node, "each reference")) {
        return null;
      }
      in.checkKeys(node, keys(), "reference");
      String title = in.requiredText(node, "title", "reference", in.pair("title", "Asthma guidelines"));
      OptionalInt year = in.optional(node, "year").map(y -> year(y, in)).orElse(OptionalInt.empty());
      if (title == null) {
        return null;
      }
      return in.located(
          new Reference(title, in.optionalText(node, "url"), in.optionalText(node, "publisher"), year), node);
    }

    private static OptionalInt year(TreeNode y, TreeReading in) {
      int value = y.kind() == TreeNode.Kind.INTEGER && YEAR.matcher(y.text()).matches() ? Integer.parseInt(y.text()) : -1;
      if (value < 1) {
        in.diagnostics().error(
            "wrong-type", y.pos(), "'year'" + in.at(y) + " must be a year such as 2024, not " + TreeReading.describe(y),
            "write " + in.pair("year", "2024"));
        return OptionalInt.empty();
      }
      return OptionalInt.of(value);
    }

    @Override
    public void write(Reference reference, JsonWriter out) {
      out.beginObject().name("title").value(reference.title());
      optional(out, "url", reference.url());
      optional(out, "publisher", reference.publisher());
      if (reference.year().isPresent()) {
        out.name("year").value(reference.year().getAsInt());
      }
      out.endObject();
    }
  }

  /** A related article: {@code {title, url, slug, summary}}, with a url or a slug. */
  public static final class RelatedCodec extends Codec<RelatedLink> {
    private RelatedCodec() {
      super(RelatedLink.class, "/properties/related/items", Property.key("title"), Property.key("url"),
          Property.key("slug"), Property.key("summary"));
    }

    /** Reads one related link; null when it is not valid (reported). */
    public RelatedLink read(TreeNode node, TreeReading in) {
      if (!in.requireObject(node, "each related link")) {
        return null;
      }
      in.checkKeys(node, keys(), "related link");
      String title = in.requiredText(node, "title", "related link", in.pair("title", "Allergies"));
      Optional<String> url = in.optionalText(node, "url");
      Optional<String> slug = in.optionalText(node, "slug");
      if (url.isEmpty() && slug.isEmpty()) {
        in.diagnostics().error(
            "missing-key", node.pos(), "the related link" + (title == null ? "" : " '" + title + "'") + in.at(node)
                + " has neither a url nor a slug",
            in.json() ? "add \"slug\": \"(another article's slug)\" or \"url\": \"https://…\""
                : "add slug: (another article's slug) or url: https://…");
        return null;
      }
      return title == null ? null
          : in.located(new RelatedLink(title, url, slug, in.optionalText(node, "summary")), node);
    }

    @Override
    public void write(RelatedLink link, JsonWriter out) {
      out.beginObject().name("title").value(link.title());
      optional(out, "url", link.url());
      optional(out, "slug", link.slug());
      optional(out, "summary", link.summary());
      out.endObject();
    }
  }
}
