package dev.carepress.batch;

import dev.carepress.check.LiteracyReport;
import dev.carepress.model.Article;
import java.util.Objects;
import java.util.Optional;

/**
 * One input of a check batch and what became of it.
 *
 * @param file the input as named to the batch: a file given or found, {@code BOOK#slug} for an
 *     article a book holds without a file of its own, or an argument that was not an article file
 * @param isBook whether this is the batch's book rather than an article
 * @param article the article, when it was read without errors
 * @param report its health-literacy report, when it was read without errors
 */
public record CheckedInput(String file, boolean isBook, Optional<Article> article, Optional<LiteracyReport> report) {
  /** Validates the components. */
  public CheckedInput {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(report, "report");
  }
}
