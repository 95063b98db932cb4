package dev.carepress.read;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.read.internal.ArticleChecks;
import dev.carepress.read.internal.source.Diagnostics;
import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.source.Positions;
import java.util.List;

/**
 * Checks an article made in code with the same rules the readers apply: links and images with an
 * unsafe scheme ({@code javascript:}, {@code data:} …) and images without alt text (warnings), a
 * footnote reference without its footnote, a glossary term missing from the glossary, a section id
 * renderers keep for themselves (errors), footnotes never referred to and dates out of order
 * (warnings). The readers report the same problems with their positions.
 *
 * <pre>{@code
 * List<Problem> problems = ArticleValidator.create().validate(article);
 * Article checked = ArticleValidator.create().requireValid(article); // throws on errors
 * }</pre>
 *
 * <p>Problems name the article's source file if it has one, else its slug; line and column are 0.
 * Immutable and thread-safe.
 */
public final class ArticleValidator {
  private static final ArticleValidator INSTANCE = new ArticleValidator();

  private ArticleValidator() {}

  /** The validator. */
  public static ArticleValidator create() {
    return INSTANCE;
  }

  /** Every problem found, errors and warnings. */
  public List<Problem> validate(Article article) {
    Diagnostics diagnostics =
        new Diagnostics(article.source().map(Object::toString).orElse(article.slug()));
    ArticleChecks.run(article, Positions.NONE, Pos.UNKNOWN, diagnostics);
    return diagnostics.sorted();
  }

  /**
   * The article, if it has no errors (warnings are allowed).
   *
   * @throws ContentException listing every problem, if there is an error
   */
  public Article requireValid(Article article) {
    List<Problem> problems = validate(article);
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new ContentException(problems);
    }
    return article;
  }
}
