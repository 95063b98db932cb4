package dev.carepress.model;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A health article: metadata, an introduction, sections, key points, a glossary, footnotes,
 * references, related content and a disclaimer.
 *
 * <pre>{@code
 * Article article = MarkdownArticleReader.create().read(Path.of("asthma.md"));
 * Article inCode = Article.builder().title("Asthma").section("Symptoms", Paragraph.of("…")).build();
 * }</pre>
 *
 * <p>{@link #source()} is where the article was read from, used to find its images; it is not
 * content, so {@link #equals(Object)} and {@link #hashCode()} leave it out and JSON does not
 * carry it.
 *
 * @param metadata title, slug, dates, people and the rest
 * @param introduction the blocks before the first section
 * @param sections the sections, in order; ids unique across all levels
 * @param keyPoints the key points, shown first
 * @param glossary the terms and their definitions, in order; terms unique ignoring case
 * @param footnotes the footnotes, in the order of their first reference; labels unique
 * @param references the sources the article is based on
 * @param related related content
 * @param disclaimer the closing disclaimer, if any
 * @param source the file the article was read from, if any
 */
public record Article(
    Metadata metadata,
    List<Block> introduction,
    List<Section> sections,
    List<KeyPoint> keyPoints,
    List<GlossaryEntry> glossary,
    List<Footnote> footnotes,
    List<Reference> references,
    List<RelatedLink> related,
    Optional<String> disclaimer,
    Optional<Path> source) {

  /** Validates and copies the components; section ids, footnote labels and terms must be unique. */
  public Article {
    Values.present(metadata, "metadata");
    introduction = Values.list(introduction, "introduction");
    sections = Values.list(sections, "sections");
    keyPoints = Values.list(keyPoints, "keyPoints");
    glossary = Values.list(glossary, "glossary");
    footnotes = Values.list(footnotes, "footnotes");
    references = Values.list(references, "references");
    related = Values.list(related, "related");
    Values.present(disclaimer, "disclaimer");
    Values.present(source, "source");
    requireUnique(allSections(sections).map(Section::id), "section id");
    requireUnique(footnotes.stream().map(Footnote::label), "footnote label");
    requireUnique(glossary.stream().map(e -> e.term().toLowerCase(Locale.ROOT)), "glossary term");
  }

  /** A builder for an article made in code. */
  public static ArticleBuilder builder() {
    return new ArticleBuilder();
  }

  /** A builder holding this article's content, for making a changed copy. */
  public ArticleBuilder toBuilder() {
    return new ArticleBuilder(this);
  }

  /** The title (from the metadata). */
  public String title() {
    return metadata.title();
  }

  /** The slug (from the metadata). */
  public String slug() {
    return metadata.slug();
  }

  /** The language tag (from the metadata). */
  public String language() {
    return metadata.language();
  }

  /** Every section, depth first: each section followed by its subsections. */
  public Stream<Section> allSections() {
    return allSections(sections);
  }

  /** The footnote with this label, if there is one. */
  public Optional<Footnote> footnote(String label) {
    return footnotes.stream().filter(f -> f.label().equals(label)).findFirst();
  }

  /** The 1-based number renderers show for the footnote with this label, or 0 if there is none. */
  public int footnoteNumber(String label) {
    for (int i = 0; i < footnotes.size(); i++) {
      if (footnotes.get(i).label().equals(label)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The glossary entry for this term (ignoring case), if there is one. */
  public Optional<GlossaryEntry> glossaryEntry(String term) {
    return glossary.stream().filter(e -> e.term().equalsIgnoreCase(term)).findFirst();
  }

  /** A copy read from another source. */
  public Article withSource(Optional<Path> newSource) {
    return new Article(
        metadata, introduction, sections, keyPoints, glossary, footnotes, references, related, disclaimer, newSource);
  }

  /** Equal when the content is equal; {@link #source()} is not compared. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Article)) {
      return false;
    }
    Article that = (Article) other;
    return metadata.equals(that.metadata)
        && introduction.equals(that.introduction)
        && sections.equals(that.sections)
        && keyPoints.equals(that.keyPoints)
        && glossary.equals(that.glossary)
        && footnotes.equals(that.footnotes)
        && references.equals(that.references)
        && related.equals(that.related)
        && disclaimer.equals(that.disclaimer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        metadata, introduction, sections, keyPoints, glossary, footnotes, references, related, disclaimer);
  }

  private static Stream<Section> allSections(List<Section> sections) {
    return sections.stream().flatMap(s -> Stream.concat(Stream.of(s), allSections(s.subsections())));
  }

  private static void requireUnique(Stream<String> values, String what) {
    Set<String> seen = new HashSet<>();
    values.forEach(
        v -> {
          if (!seen.add(v)) {
            throw new IllegalArgumentException("duplicate " + what + " '" + v + "'");
          }
        });
  }
}
