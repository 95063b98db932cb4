package dev.carepress.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Builds an {@link Article} in code, without Markdown. Only the title is required.
 *
 * <pre>{@code
 * Article article = Article.builder()
 *     .title("Washing your hands")
 *     .summary("How and when to wash your hands to stop germs spreading.")
 *     .keyPoint("Wash for at least 20 seconds.")
 *     .section("When to wash", BulletList.of("Before you eat", "After you use the toilet"))
 *     .build();
 * }</pre>
 *
 * <p>Lists are appended to by the singular methods ({@code keyPoint}, {@code author}) and replaced
 * by the plural ones ({@code keyPoints}, {@code authors}). A builder is not thread-safe.
 */
public final class ArticleBuilder {
  private String title;
  private Optional<String> subtitle = Optional.empty();
  private Optional<String> slug = Optional.empty();
  private Optional<String> summary = Optional.empty();
  private String language = "en";
  private Optional<String> category = Optional.empty();
  private final List<Crumb> breadcrumb = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();
  private Optional<LocalDate> published = Optional.empty();
  private Optional<LocalDate> updated = Optional.empty();
  private Optional<LocalDate> lastReviewed = Optional.empty();
  private Optional<LocalDate> nextReview = Optional.empty();
  private OptionalLong views = OptionalLong.empty();
  private final List<Person> authors = new ArrayList<>();
  private final List<Person> reviewers = new ArrayList<>();
  private final List<Audience> audience = new ArrayList<>();
  private final List<Subject> about = new ArrayList<>();
  private Optional<Image> image = Optional.empty();
  private Optional<String> url = Optional.empty();
  private final List<Block> introduction = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final List<KeyPoint> keyPoints = new ArrayList<>();
  private final List<GlossaryEntry> glossary = new ArrayList<>();
  private final List<Footnote> footnotes = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();
  private final List<RelatedLink> related = new ArrayList<>();
  private Optional<String> disclaimer = Optional.empty();
  private Optional<Path> source = Optional.empty();

  ArticleBuilder() {}

  ArticleBuilder(Article article) {
    metadata(article.metadata());
    introduction.addAll(article.introduction());
    sections.addAll(article.sections());
    keyPoints.addAll(article.keyPoints());
    glossary.addAll(article.glossary());
    footnotes.addAll(article.footnotes());
    references.addAll(article.references());
    related.addAll(article.related());
    disclaimer = article.disclaimer();
    source = article.source();
  }

  /** Sets every metadata field from the given metadata. */
  public ArticleBuilder metadata(Metadata metadata) {
    title = metadata.title();
    subtitle = metadata.subtitle();
    slug = Optional.of(metadata.slug());
    summary = metadata.summary();
    language = metadata.language();
    category = metadata.category();
    replace(breadcrumb, metadata.breadcrumb());
    replace(tags, metadata.tags());
    published = metadata.published();
    updated = metadata.updated();
    lastReviewed = metadata.lastReviewed();
    nextReview = metadata.nextReview();
    views = metadata.views();
    replace(authors, metadata.authors());
    replace(reviewers, metadata.reviewers());
    replace(audience, metadata.audience());
    replace(about, metadata.about());
    image = metadata.image();
    url = metadata.url();
    return this;
  }

  /** The title; required. */
  public ArticleBuilder title(String title) {
    this.title = title;
    return this;
  }

  /** The subtitle; default none. */
  public ArticleBuilder subtitle(String subtitle) {
    this.subtitle = Optional.of(subtitle);
    return this;
  }

  /** The slug; default the slug of the title. */
  public ArticleBuilder slug(String slug) {
    this.slug = Optional.of(slug);
    return this;
  }

  /** The summary; default none. */
  public ArticleBuilder summary(String summary) {
    this.summary = Optional.of(summary);
    return this;
  }

  /** The BCP 47 language tag; default {@code en}. */
  public ArticleBuilder language(String language) {
    this.language = language;
    return this;
  }

  /** The category; default none. */
  public ArticleBuilder category(String category) {
    this.category = Optional.of(category);
    return this;
  }

  /** Appends a breadcrumb step; default no breadcrumb. */
  public ArticleBuilder crumb(Crumb crumb) {
    breadcrumb.add(crumb);
    return this;
  }

  /** Replaces the breadcrumb. */
  public ArticleBuilder breadcrumb(List<Crumb> crumbs) {
    replace(breadcrumb, crumbs);
    return this;
  }

  /** Appends tags; default none. */
  public ArticleBuilder tags(String... tags) {
    this.tags.addAll(Arrays.asList(tags));
    return this;
  }

  /** The date first published; default none. */
  public ArticleBuilder published(LocalDate date) {
    published = Optional.of(date);
    return this;
  }

  /** The date the content last changed; default none. */
  public ArticleBuilder updated(LocalDate date) {
    updated = Optional.of(date);
    return this;
  }

  /** The date of the last medical review; default none. */
  public ArticleBuilder lastReviewed(LocalDate date) {
    lastReviewed = Optional.of(date);
    return this;
  }

  /** The date the next review is due; default none. */
  public ArticleBuilder nextReview(LocalDate date) {
    nextReview = Optional.of(date);
    return this;
  }

  /** The view count, 0 or more; default none. */
  public ArticleBuilder views(long views) {
    this.views = OptionalLong.of(views);
    return this;
  }

  /** Appends an author; default none. */
  public ArticleBuilder author(Person author) {
    authors.add(author);
    return this;
  }

  /** Replaces the authors. */
  public ArticleBuilder authors(List<Person> authors) {
    replace(this.authors, authors);
    return this;
  }

  /** Appends a medical reviewer; default none. */
  public ArticleBuilder reviewer(Person reviewer) {
    reviewers.add(reviewer);
    return this;
  }

  /** Replaces the reviewers. */
  public ArticleBuilder reviewers(List<Person> reviewers) {
    replace(this.reviewers, reviewers);
    return this;
  }

  /** Appends audiences; default none. */
  public ArticleBuilder audience(Audience... audiences) {
    audience.addAll(Arrays.asList(audiences));
    return this;
  }

  /** Appends a condition or topic the article is about; default none. */
  public ArticleBuilder about(Subject subject) {
    about.add(subject);
    return this;
  }

  /**
   * The article's own address online, an absolute http(s) URL; default none (renderers then make it
   * of their base URL and the slug).
   */
  public ArticleBuilder url(String url) {
    this.url = Optional.of(url);
    return this;
  }

  /** The lead image; default none. */
  public ArticleBuilder image(Image image) {
    this.image = Optional.of(image);
    return this;
  }

  /** Appends blocks to the introduction (the text before the first section); default empty. */
  public ArticleBuilder introduction(Block... blocks) {
    introduction.addAll(Arrays.asList(blocks));
    return this;
  }

  /** Appends a section. Its id must not clash with another section's. */
  public ArticleBuilder section(Section section) {
    sections.add(section);
    return this;
  }

  /** Appends a section with the given title and blocks; its id is a unique slug of the title. */
  public ArticleBuilder section(String title, Block... blocks) {
    sections.add(new Section(Slugs.unique(title, takenIds()), title, List.of(blocks), List.of()));
    return this;
  }

  /** Replaces the sections. */
  public ArticleBuilder sections(List<Section> sections) {
    replace(this.sections, sections);
    return this;
  }

  /** Appends a key point of plain text; default none. */
  public ArticleBuilder keyPoint(String text) {
    keyPoints.add(KeyPoint.of(text));
    return this;
  }

  /** Appends a key point. */
  public ArticleBuilder keyPoint(KeyPoint keyPoint) {
    keyPoints.add(keyPoint);
    return this;
  }

  /** Appends a glossary entry; default none. */
  public ArticleBuilder term(String term, String definition) {
    glossary.add(new GlossaryEntry(term, definition));
    return this;
  }

  /** Appends a footnote; default none. */
  public ArticleBuilder footnote(Footnote footnote) {
    footnotes.add(footnote);
    return this;
  }

  /** Appends a reference; default none. */
  public ArticleBuilder reference(Reference reference) {
    references.add(reference);
    return this;
  }

  /** Appends related content; default none. */
  public ArticleBuilder related(RelatedLink link) {
    related.add(link);
    return this;
  }

  /** The disclaimer; default none. */
  public ArticleBuilder disclaimer(String disclaimer) {
    this.disclaimer = Optional.of(disclaimer);
    return this;
  }

  /** The file the article comes from, used to find relative images; default none. */
  public ArticleBuilder source(Path source) {
    this.source = Optional.of(source);
    return this;
  }

  /**
   * Builds the article.
   *
   * @throws IllegalArgumentException if the title is missing or a value is invalid
   */
  public Article build() {
    if (title == null) {
      throw new IllegalArgumentException("an article needs a title");
    }
    Metadata metadata =
        new Metadata(
            title, subtitle, slug.orElseGet(() -> Slugs.slugify(title)), summary, language, category, breadcrumb,
            tags, published, updated, lastReviewed, nextReview, views, authors, reviewers, audience, about, image, url);
    return new Article(
        metadata, introduction, sections, keyPoints, glossary, footnotes, references, related, disclaimer, source);
  }

  private Set<String> takenIds() {
    Set<String> taken = new HashSet<>();
    collectIds(sections, taken);
    return taken;
  }

  private static void collectIds(List<Section> sections, Set<String> taken) {
    for (Section section : sections) {
      taken.add(section.id());
      collectIds(section.subsections(), taken);
    }
  }

  private static <T> void replace(List<T> target, List<T> values) {
    target.clear();
    target.addAll(values);
  }
}
