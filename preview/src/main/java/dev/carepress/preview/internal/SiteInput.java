package dev.carepress.preview.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.render.Labels;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Slugs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the site is rendered from: the last good version of every article file, in path order,
 * with the page each gets. Two files with the same slug would overwrite each other's page: neither
 * is shown, and both get an error naming the other (as {@code carepress render} does).
 *
 * @param book the book handed to the renderer
 * @param entries the articles, with their files and pages, in the book's order
 * @param problems errors found in putting the site together, by article file
 */
record SiteInput(Book book, List<Entry> entries, Map<Path, List<Problem>> problems) {

  /** An article of the site. */
  record Entry(Path file, Article article, String page) {}

  /** The default title of a site without a book, as {@code carepress render} gives it. */
  static final String DEFAULT_TITLE = "Health articles";

  /**
   * The site of these articles.
   *
   * @param articles each file's last good article, in path order
   * @param leftOut files to leave out (the renderer failed on them)
   * @param book the book, if there is one: the site takes its metadata
   * @param title the site's title when there is no book
   */
  static SiteInput of(Map<Path, Article> articles, Set<Path> leftOut, Optional<Book> book, Optional<String> title) {
    Map<String, List<Path>> bySlug = new HashMap<>();
    articles.forEach((file, article) -> {
      if (!leftOut.contains(file)) {
        bySlug.computeIfAbsent(article.slug().toLowerCase(Locale.ROOT), s -> new ArrayList<>()).add(file);
      }
    });
    Map<Path, List<Problem>> problems = new LinkedHashMap<>();
    List<Entry> entries = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    taken.add("index");
    for (Map.Entry<Path, Article> e : articles.entrySet()) {
      if (leftOut.contains(e.getKey())) {
        continue;
      }
      Article article = e.getValue();
      List<Path> same = bySlug.get(article.slug().toLowerCase(Locale.ROOT));
      if (same.size() > 1) {
        problems.put(e.getKey(), List.of(duplicate(e.getKey(), article.slug(), same)));
        continue;
      }
      // the page name the HTML site gives it: its slug, unless another page has it ("index")
      String name = article.slug();
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = article.slug() + "-" + n;
      }
      entries.add(new Entry(e.getKey(), article, name + ".html"));
    }
    List<Article> list = entries.stream().map(Entry::article).toList();
    BookMetadata metadata = book.map(Book::metadata).orElseGet(() -> defaultMetadata(title, list));
    return new SiteInput(new Book(metadata, list, book.flatMap(Book::source)), List.copyOf(entries), problems);
  }

  /** The same input rendered from another book (the same articles, or stand-ins for some). */
  SiteInput withBook(Book other) {
    return new SiteInput(other, entries, problems);
  }

  private static BookMetadata defaultMetadata(Optional<String> title, List<Article> articles) {
    String language = articles.stream().map(Article::language).distinct().count() == 1
        ? articles.get(0).language() : "en";
    String siteTitle = title.orElse(Labels.forLanguage(language).get("siteTitle")); // as carepress render titles it
    String slug = Slugs.slugify(title.orElse(DEFAULT_TITLE));
    return new BookMetadata(siteTitle, Optional.empty(), slug, List.of(), Optional.empty(), language, Optional.empty(),
        Optional.empty());
  }

  private static Problem duplicate(Path file, String slug, List<Path> same) {
    List<String> others = same.stream().filter(p -> !p.equals(file)).map(p -> p.getFileName().toString()).toList();
    return Problem.error("duplicate-slug", file.toString(), 0, 0,
        "the slug '" + slug + "' is also the slug of " + String.join(", ", others)
            + ": their pages would overwrite each other, so neither is shown",
        "give one of them another 'slug:' in its front matter");
  }
}
