package dev.carepress.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a render batch did: how many articles it had and rendered, whether it rendered the book, the
 * files it wrote and every problem, by file, with line and column.
 *
 * <p>An article is written in all its formats or not at all: one that failed in any format left no
 * file behind, and is listed in {@link #problems()} with its errors.
 *
 * @param articles the article inputs read or tried (files given or found, and those the book adds)
 * @param rendered how many of them were written in every format
 * @param book what became of the book
 * @param written every file written into the output folder, sorted by name
 * @param problems every problem, by input
 */
public record BatchResult(int articles, int rendered, BookOutcome book, List<Path> written, BatchProblems problems) {

  /** What became of a batch's book. */
  public enum BookOutcome {
    /** The batch had no book. */
    NONE,
    /** The book was rendered in every format and written. */
    RENDERED,
    /** The book had errors, or could not be rendered or written; no file of it was written. */
    NOT_RENDERED
  }

  /** Validates and copies the components. */
  public BatchResult {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(problems, "problems");
    written = List.copyOf(written);
    if (rendered < 0 || rendered > articles) {
      throw new IllegalArgumentException("rendered " + rendered + " of " + articles + " articles");
    }
  }

  /** Whether anything went wrong: an error in any input, the book or the site. */
  public boolean hasErrors() {
    return problems.errors() > 0;
  }
}
