package dev.carepress.importer;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the importer made of one page: the article (absent when the page could not be read), where
 * each field came from, what was guessed, what is missing, the images, and every problem found.
 *
 * <pre>{@code
 * ImportResult result = HtmlArticleImporter.builder().build().importPage(Path.of("asthma.html"));
 * result.fields().forEach(System.out::println);    // "lastReviewed: JSON-LD (MedicalWebPage.lastReviewed)"
 * result.missing().forEach(m -> System.out.println(m.advice()));
 * Article article = result.orThrow();
 * }</pre>
 */
public final class ImportResult {
  private final Optional<Article> article;
  private final List<FieldSource> fields;
  private final List<MissingField> missing;
  private final List<PageImage> images;
  private final List<Problem> problems;

  /**
   * A result. The article must be absent exactly when a problem is an error.
   *
   * @throws IllegalArgumentException if the article and the errors disagree
   */
  public ImportResult(Optional<Article> article, List<FieldSource> fields, List<MissingField> missing,
      List<PageImage> images, List<Problem> problems) {
    this.article = Objects.requireNonNull(article, "article");
    this.fields = List.copyOf(fields);
    this.missing = List.copyOf(missing);
    this.images = List.copyOf(images);
    this.problems = List.copyOf(problems);
    if (article.isPresent() == problems.stream().anyMatch(Problem::isError)) {
      throw new IllegalArgumentException("an import has an article exactly when it has no error");
    }
  }

  /** A failed import: no article, only the problems (at least one an error). */
  public static ImportResult failure(List<Problem> problems) {
    return new ImportResult(Optional.empty(), List.of(), List.of(), List.of(), problems);
  }

  /** The article; empty when the page could not be imported. */
  public Optional<Article> article() {
    return article;
  }

  /** Where each field that has a value came from, in front-matter order. */
  public List<FieldSource> fields() {
    return fields;
  }

  /** The fields whose value was inferred rather than stated on the page. */
  public List<FieldSource> guessed() {
    return fields.stream().filter(FieldSource::guessed).toList();
  }

  /** The fields a health article should have that the page did not give, with what to do. */
  public List<MissingField> missing() {
    return missing;
  }

  /** The images the article shows, local and remote, each once. */
  public List<PageImage> images() {
    return images;
  }

  /** Every problem, errors and warnings. */
  public List<Problem> problems() {
    return problems;
  }

  /** The warnings only. */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** The errors only. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /**
   * The article.
   *
   * @throws ContentException listing the problems, if the page could not be imported
   */
  public Article orThrow() {
    return article.orElseThrow(() -> new ContentException(problems));
  }
}
