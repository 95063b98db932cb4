package dev.carepress.batch;

import dev.carepress.check.LiteracyChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check batch does: which articles, with which health-literacy checks, whether it writes an
 * HTML report per article, and with how many threads.
 *
 * @param inputs article files and folders of them, as given (folders are searched as for rendering)
 * @param book a {@code book.yaml} checked as well, with its articles added to the inputs
 *     (normalized: the book reader compares article paths with the book's folder lexically)
 * @param checks the health-literacy checks and their thresholds
 * @param htmlReports a folder to write {@code <slug>.check.html} into for each article checked
 * @param jobs how many articles are read and checked at a time, 1 or more
 */
public record CheckPlan(
    List<Path> inputs, Optional<Path> book, LiteracyChecks checks, Optional<Path> htmlReports, int jobs) {

  /** Validates and copies the components. */
  public CheckPlan {
    inputs = List.copyOf(inputs);
    book = Objects.requireNonNull(book, "book").map(Path::normalize);
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(htmlReports, "htmlReports");
    if (inputs.isEmpty() && book.isEmpty()) {
      throw new IllegalArgumentException("nothing to check: give article files or folders, or a book");
    }
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be 1 or more, not " + jobs);
    }
  }
}
