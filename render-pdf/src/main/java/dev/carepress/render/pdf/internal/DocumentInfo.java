package dev.carepress.render.pdf.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.Person;
import dev.carepress.model.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the document says about itself: XMP metadata, the Info dictionary, the catalog language.
 *
 * @param title the title (also the window title)
 * @param language the BCP 47 language
 * @param authors the authors' names
 * @param description the summary
 * @param keywords the tags and subjects
 * @param created the first publication date
 * @param modified the last change date
 * @param rightToLeft whether the document reads right to left (a viewer then shows pages from the right)
 */
record DocumentInfo(String title, String language, List<String> authors, Optional<String> description,
    List<String> keywords, Optional<LocalDate> created, Optional<LocalDate> modified, boolean rightToLeft) {

  /** A left-to-right document's. */
  DocumentInfo(String title, String language, List<String> authors, Optional<String> description,
      List<String> keywords, Optional<LocalDate> created, Optional<LocalDate> modified) {
    this(title, language, authors, description, keywords, created, modified, false);
  }

  /** A handout's: the article's title, authors, summary, tags and subjects, and dates. */
  static DocumentInfo of(Article article) {
    return new DocumentInfo(article.title(), article.language(), names(article.metadata().authors()),
        article.metadata().summary(), keywords(article),
        article.metadata().published().or(article.metadata()::updated), article.metadata().modified(),
        article.metadata().rightToLeft());
  }

  /**
   * A booklet's: the book's title, authors and subtitle, its articles' keywords, the first
   * publication and the last change of any of them.
   */
  static DocumentInfo of(Book book) {
    List<String> keywords = book.articles().stream().flatMap(a -> keywords(a).stream()).distinct()
        .collect(Collectors.toList());
    return new DocumentInfo(book.metadata().title(), book.metadata().language(), names(book.metadata().authors()),
        book.metadata().subtitle(), keywords,
        book.articles().stream().flatMap(a -> a.metadata().published().stream()).min(Comparable::compareTo),
        book.articles().stream().flatMap(a -> a.metadata().modified().stream()).max(Comparable::compareTo),
        book.metadata().rightToLeft());
  }

  private static List<String> names(List<Person> people) {
    return people.stream().map(Person::displayName).collect(Collectors.toList());
  }

  private static List<String> keywords(Article article) {
    LinkedHashSet<String> words = new LinkedHashSet<>(article.metadata().tags());
    article.metadata().about().stream().map(Subject::name).forEach(words::add);
    return new ArrayList<>(words);
  }
}
