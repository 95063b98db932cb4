package dev.carepress.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a render batch does: which articles, in which formats with which settings, into which
 * folder, and with how many threads. A value: two equal plans render the same files from the same
 * inputs.
 *
 * @param inputs article files and folders of them, as given (a folder is searched for {@code *.md},
 *     {@code *.markdown} and {@code *.json} in sorted order, skipping hidden files and {@code out})
 * @param book a {@code book.yaml} rendered as a whole, whose articles are added to the inputs
 *     (normalized: the book reader compares article paths with the book's folder lexically)
 * @param formats the formats, sorted by id (the order problems are reported in), at least one
 * @param out the folder to write to, created if needed
 * @param jobs how many articles are read and rendered at a time, 1 or more
 * @param siteTitle the title of the site's index page when there is no book; if empty "Health articles",
 *     in the articles' language when they share one
 * @param shard the part of the batch to render ({@link Shard#ALL} for all of it)
 * @param bookOnly whether only the book is rendered (in each format that is not a site): no
 *     article's own files and no site; the articles are read only as the book's
 */
public record BatchPlan(List<Path> inputs, Optional<Path> book, List<FormatPlan> formats, Path out, int jobs,
    Optional<String> siteTitle, Shard shard, boolean bookOnly) {

  /** Validates and copies the components, and sorts the formats. */
  public BatchPlan {
    inputs = List.copyOf(inputs);
    book = Objects.requireNonNull(book, "book").map(Path::normalize);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(siteTitle, "siteTitle");
    Objects.requireNonNull(shard, "shard");
    if (bookOnly && book.isEmpty()) {
      throw new IllegalArgumentException("only the book is to be rendered, but there is no book");
    }
    if (inputs.isEmpty() && book.isEmpty()) {
      throw new IllegalArgumentException("nothing to render: give article files or folders, or a book");
    }
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be 1 or more, not " + jobs);
    }
    List<FormatPlan> sorted = new ArrayList<>(formats);
    sorted.sort((a, b) -> a.formatId().compareTo(b.formatId()));
    Set<String> ids = new HashSet<>();
    for (FormatPlan format : sorted) {
      if (!ids.add(format.formatId())) {
        throw new IllegalArgumentException("the format '" + format.formatId() + "' is planned twice");
      }
    }
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("no format to render");
    }
    formats = List.copyOf(sorted);
  }

  /** A plan of the whole batch: every article, the site and the book. */
  public BatchPlan(
      List<Path> inputs, Optional<Path> book, List<FormatPlan> formats, Path out, int jobs, Optional<String> siteTitle) {
    this(inputs, book, formats, out, jobs, siteTitle, Shard.ALL, false);
  }

  /** The ids of the formats, sorted. */
  public List<String> formatIds() {
    return formats.stream().map(FormatPlan::formatId).toList();
  }
}
