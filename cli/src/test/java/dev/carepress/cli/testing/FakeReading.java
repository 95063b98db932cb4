package dev.carepress.cli.testing;

import dev.carepress.Problem;
import dev.carepress.batch.InputReader;
import dev.carepress.model.Article;
import dev.carepress.model.ArticleBuilder;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Paragraph;
import dev.carepress.model.RelatedLink;
import dev.carepress.read.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reader of a small subset of the article format for tests of the command's machinery (not of
 * reading): front matter lines {@code title}, {@code slug}, {@code summary}, {@code views} (a whole
 * number, else an error at its line and column) and {@code related} (slugs separated by commas); the
 * body becomes one paragraph. Books: {@code title}, {@code slug} and {@code articles} listed as
 * {@code - path} lines.
 */
public final class FakeReading implements InputReader {

  @Override
  public ReadResult<Article> article(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return ReadResult.failure(List.of(Problem.error("unreadable", file.toString(), 0, 0, "cannot read the file", "")));
    }
    String name = file.getFileName().toString();
    ArticleBuilder builder = Article.builder().slug(name.substring(0, name.lastIndexOf('.'))).source(file);
    List<Problem> problems = new ArrayList<>();
    boolean titled = false;
    int i = lines.isEmpty() || !lines.get(0).equals("---") ? 0 : 1;
    for (; i > 0 && i < lines.size() && !lines.get(i).equals("---"); i++) {
      String line = lines.get(i);
      int colon = line.indexOf(':');
      String key = line.substring(0, colon);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "title": builder.title(value); titled = true; break;
        case "slug": builder.slug(value); break;
        case "summary": builder.summary(value); break;
        case "views":
          try {
            builder.views(Long.parseLong(value));
          } catch (NumberFormatException e) {
            problems.add(Problem.error("bad-value", file.toString(), i + 1, colon + 3,
                "'views' must be a whole number ≥ 0, not \"" + value + "\"", "write views: 2348"));
          }
          break;
        case "related":
          for (String slug : value.split(",")) {
            builder.related(RelatedLink.toSlug(slug.strip(), slug.strip()));
          }
          break;
        default:
          problems.add(Problem.warning("unknown-key", file.toString(), i + 1, 1, "unknown key '" + key + "'", ""));
      }
    }
    if (!titled) {
      problems.add(Problem.error("missing-title", file.toString(), 1, 1, "the article has no title", "add title: ..."));
    }
    String body = String.join(" ", lines.subList(Math.min(i + 1, lines.size()), lines.size())).strip();
    if (!body.isEmpty()) {
      builder.introduction(Paragraph.of(body));
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      return ReadResult.failure(problems);
    }
    return ReadResult.of(builder.build(), problems);
  }

  @Override
  public ReadResult<Book> book(Path file) {
    try {
      String title = "Book";
      String slug = "book";
      List<Article> articles = new ArrayList<>();
      List<Problem> problems = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("title:")) {
          title = line.substring(6).strip();
        } else if (line.startsWith("slug:")) {
          slug = line.substring(5).strip();
        } else if (line.strip().startsWith("- ")) {
          ReadResult<Article> article = article(file.resolveSibling(line.strip().substring(2)));
          problems.addAll(article.problems());
          article.value().ifPresent(articles::add);
        }
      }
      BookMetadata metadata = new BookMetadata(title, Optional.empty(), slug, List.of(), Optional.empty(), "en",
          Optional.empty(), Optional.empty());
      if (problems.stream().anyMatch(Problem::isError)) {
        return ReadResult.failure(problems);
      }
      return ReadResult.of(new Book(metadata, articles, Optional.of(file)), problems);
    } catch (IOException e) {
      return ReadResult.failure(List.of(Problem.error("unreadable", file.toString(), 0, 0, "cannot read the file", "")));
    }
  }
}
