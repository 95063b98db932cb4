package dev.carepress.read.internal.codec;

import dev.carepress.model.Audience;
import dev.carepress.model.Crumb;
import dev.carepress.model.Image;
import dev.carepress.model.Metadata;
import dev.carepress.model.Person;
import dev.carepress.model.Slugs;
import dev.carepress.model.Subject;
import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeReading;
import dev.carepress.text.JsonWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The codec of an article's metadata: the front matter's keys, which JSON writes at the top level
 * of the article (there is no {@code "metadata"} object).
 */
public final class MetadataCodec extends Codec<Metadata> {
  public static final MetadataCodec METADATA = new MetadataCodec();

  private MetadataCodec() {
    super(
        Metadata.class, "", Property.key("title"), Property.key("subtitle"), Property.key("slug"),
        Property.key("summary"), Property.key("language"), Property.key("category"), Property.key("breadcrumb"),
        Property.key("tags"), Property.key("published"), Property.key("updated"), Property.key("lastReviewed"),
        Property.key("nextReview"), Property.key("views"), Property.key("authors"), Property.key("reviewers"),
        Property.key("audience"), Property.key("about"), Property.key("image"), Property.key("url"));
  }

  /**
   * The article's title; null when it is missing or empty, which is reported unless there was no
   * front matter or JSON object at all (reported by the caller).
   *
   * @param hadTree whether there was an object to read the title from
   */
  String title(TreeNode object, Pos start, boolean hadTree, TreeReading in) {
    Optional<TreeNode> titleNode = in.optional(object, "title");
    String title = titleNode.map(n -> in.text(n, "title")).orElse(null);
    if (title != null && !title.isBlank()) {
      return title;
    }
    if (hadTree && titleNode.isEmpty()) {
      in.diagnostics().error(
          "missing-title", start,
          in.json() ? "the article has no \"title\"" : "the front matter has no title",
          in.json() ? "add \"title\": \"…\" to the top-level object"
              : "add a line such as 'title: Living with asthma' between the '---' lines");
    } else if (titleNode.isPresent() && titleNode.get().isEmpty()) {
      in.diagnostics().error("missing-title", titleNode.get().pos(), "the title is empty", "write the article's title");
    }
    return null;
  }

  /** Reads the metadata with the given title; values that are not valid are reported and left out. */
  Metadata read(TreeNode object, String title, String defaultSlug, TreeReading in) {
    String slug = in.optional(object, "slug").map(n -> MetadataValues.slug(n, in)).orElse(defaultSlug);
    String language = in.optional(object, "language").map(n -> MetadataValues.language(n, in)).orElse("en");
    Optional<String> subtitle = in.optionalText(object, "subtitle");
    Optional<String> summary = in.optionalText(object, "summary");
    Optional<String> category = in.optionalText(object, "category");
    List<Crumb> breadcrumb = in.listOf(object, "breadcrumb", n -> PartCodecs.CRUMB.read(n, in));
    List<String> tags = in.listOf(object, "tags", t -> in.text(t, "tags"));
    Optional<LocalDate> published = MetadataValues.date(object, "published", in);
    Optional<LocalDate> updated = MetadataValues.date(object, "updated", in);
    Optional<LocalDate> lastReviewed = MetadataValues.date(object, "lastReviewed", in);
    Optional<LocalDate> nextReview = MetadataValues.date(object, "nextReview", in);
    OptionalLong views = MetadataValues.views(object, in);
    List<Person> authors = PartCodecs.PERSON.readList(object, "authors", in);
    List<Person> reviewers = PartCodecs.PERSON.readList(object, "reviewers", in);
    List<Audience> audience = MetadataValues.audience(object, in);
    List<Subject> about = in.listOf(object, "about", n -> PartCodecs.SUBJECT.read(n, in));
    Optional<Image> image = in.optional(object, "image").map(n -> PartCodecs.IMAGE.read(n, "image", in));
    Optional<String> url = in.optional(object, "url").flatMap(n -> MetadataValues.url(n, in));
    try {
      return new Metadata(
          title, subtitle, slug, summary, language, category, breadcrumb, tags, published, updated, lastReviewed,
          nextReview, views, authors, reviewers, audience, about, image, url);
    } catch (IllegalArgumentException | NullPointerException e) {
      in.diagnostics().error("invalid", object.pos(), "the metadata is not valid: " + e.getMessage(), "");
      return new Metadata(
          title, Optional.empty(), Slugs.slugify(title), Optional.empty(), "en", Optional.empty(), List.of(),
          List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(),
          List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }
  }

  /** Writes the metadata's properties into the open object (the article's). */
  @Override
  public void write(Metadata m, JsonWriter out) {
    out.name("title").value(m.title());
    optional(out, "subtitle", m.subtitle());
    out.name("slug").value(m.slug());
    optional(out, "summary", m.summary());
    out.name("language").value(m.language());
    optional(out, "category", m.category());
    array(out, "breadcrumb", m.breadcrumb(), PartCodecs.CRUMB::write);
    array(out, "tags", m.tags(), (tag, w) -> w.value(tag));
    optional(out, "published", m.published().map(LocalDate::toString));
    optional(out, "updated", m.updated().map(LocalDate::toString));
    optional(out, "lastReviewed", m.lastReviewed().map(LocalDate::toString));
    optional(out, "nextReview", m.nextReview().map(LocalDate::toString));
    if (m.views().isPresent()) {
      out.name("views").value(m.views().getAsLong());
    }
    array(out, "authors", m.authors(), PartCodecs.PERSON::write);
    array(out, "reviewers", m.reviewers(), PartCodecs.PERSON::write);
    array(out, "audience", m.audience(), (audience, w) -> w.value(audience.id()));
    array(out, "about", m.about(), PartCodecs.SUBJECT::write);
    if (m.image().isPresent()) {
      out.name("image");
      PartCodecs.IMAGE.write(m.image().get(), out);
    }
    optional(out, "url", m.url());
  }
}
