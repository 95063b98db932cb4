package dev.carepress.examples;

import dev.carepress.ContentException;

import dev.carepress.model.Article;
import dev.carepress.model.Metadata;
import dev.carepress.model.Person;
import dev.carepress.model.PlainText;
import dev.carepress.model.Section;
import dev.carepress.read.ArticleReaders;
import dev.carepress.read.ReadResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads an article ({@code .md} or {@code .json}) and prints its metadata and outline: the
 * public API is enough to look inside an article.
 *
 * <pre>{@code
 * java dev.carepress.examples.PrintOutline examples/articles/hand-washing.md
 * }</pre>
 */
public final class PrintOutline {
  private PrintOutline() {}

  /** Prints the outline of each file named; exit status 1 if one has errors, 2 if one cannot be read. */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: PrintOutline ARTICLE.md|ARTICLE.json...");
      System.exit(2);
    }
    int status = 0;
    for (String arg : args) {
      try {
        ReadResult<Article> result = ArticleReaders.parse(Path.of(arg));
        result.problems().forEach(p -> System.err.println(p));
        if (result.value().isEmpty()) {
          status = Math.max(status, 1);
          continue;
        }
        print(result.value().get(), System.out);
      } catch (IOException | IllegalArgumentException e) {
        System.err.println(arg + ": " + e.getMessage());
        status = 2;
      } catch (ContentException e) {
        System.err.println(e.getMessage());
        status = Math.max(status, 1);
      }
    }
    System.exit(status);
  }

  /** Writes the article's metadata and outline. */
  public static void print(Article article, PrintStream out) {
    Metadata m = article.metadata();
    out.println(m.title() + m.subtitle().map(s -> " — " + s).orElse(""));
    out.println("  slug: " + m.slug() + ", language: " + m.language());
    m.category().ifPresent(c -> out.println("  category: " + c));
    if (!m.breadcrumb().isEmpty()) {
      out.println("  breadcrumb: " + m.breadcrumb().stream().map(c -> c.label()).collect(Collectors.joining(" › ")));
    }
    m.summary().ifPresent(s -> out.println("  summary: " + s));
    m.published().ifPresent(d -> out.println("  published: " + d));
    m.lastReviewed().ifPresent(d -> out.println("  last reviewed: " + d));
    if (m.views().isPresent()) {
      out.println("  views: " + m.views().getAsLong());
    }
    printPeople(out, "authors", m.authors());
    printPeople(out, "reviewers", m.reviewers());
    out.println("  words: " + PlainText.wordCount(PlainText.ofBody(article)));
    if (!article.keyPoints().isEmpty()) {
      out.println("Key points");
      article.keyPoints().forEach(k -> out.println("  • " + PlainText.of(k.content())));
    }
    out.println("Outline");
    if (!article.introduction().isEmpty()) {
      out.println("  (introduction: " + article.introduction().size() + " blocks)");
    }
    printSections(out, article.sections(), 1);
    out.println("Glossary " + article.glossary().size() + ", footnotes " + article.footnotes().size()
        + ", references " + article.references().size() + ", related " + article.related().size());
  }

  private static void printPeople(PrintStream out, String label, List<Person> people) {
    if (!people.isEmpty()) {
      out.println("  " + label + ": " + people.stream().map(Person::displayName).collect(Collectors.joining("; ")));
    }
  }

  private static void printSections(PrintStream out, List<Section> sections, int depth) {
    for (Section section : sections) {
      out.println("  ".repeat(depth) + section.title() + "  #" + section.id() + "  (" + section.blocks().size()
          + " blocks)");
      printSections(out, section.subsections(), depth + 1);
    }
  }

}
