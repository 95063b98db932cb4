package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.Image;
import dev.carepress.model.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookReaderTest {
  @TempDir Path dir;

  Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  ReadResult<Book> parse(String yaml) throws Exception {
    return BookReader.create().parse(write("book.yaml", yaml));
  }

  @Test
  void readsMetadataAndArticlesInOrder() throws Exception {
    write("articles/b.md", "---\ntitle: Bee\n---\nText.\n");
    write("articles/a.json", "{\"title\": \"Ay\", \"slug\": \"ay\"}");
    write("cover.png", "png");
    ReadResult<Book> result = parse("""
        title: Everyday Health
        subtitle: Guides
        authors: [{name: Dana Okafor, credentials: MD}, Jordan Ellis]
        publisher: Example Press
        language: es
        identifier: urn:uuid:1
        cover: {src: cover.png, alt: A cover}
        articles:
          - articles/b.md
          - articles/a.json
        """);
    assertThat(result.problems()).isEmpty();
    Book book = result.value().orElseThrow();
    assertThat(book.metadata().title()).isEqualTo("Everyday Health");
    assertThat(book.metadata().slug()).isEqualTo("everyday-health");
    assertThat(book.metadata().subtitle()).contains("Guides");
    assertThat(book.metadata().authors()).containsExactly(Person.of("Dana Okafor", "MD"), Person.of("Jordan Ellis"));
    assertThat(book.metadata().publisher()).contains("Example Press");
    assertThat(book.metadata().language()).isEqualTo("es");
    assertThat(book.metadata().identifier()).contains("urn:uuid:1");
    assertThat(book.metadata().cover()).contains(new Image("cover.png", "A cover"));
    assertThat(book.articles()).extracting(Article::slug).containsExactly("b", "ay");
    assertThat(book.articles().get(0).source()).contains(dir.resolve("articles/b.md"));
    assertThat(book.source()).contains(dir.resolve("book.yaml"));
  }

  @Test
  void slugCanBeGiven() throws Exception {
    write("a.md", "---\ntitle: A\n---\n");
    assertThat(parse("title: T\nslug: my-book\narticles: [a.md]\n").value().orElseThrow().metadata().slug())
        .isEqualTo("my-book");
  }

  @Test
  void readsTheBundledExampleBook() throws Exception {
    Path book = Path.of("../examples/book.yaml");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(book), "examples/book.yaml not on this branch");
    ReadResult<Book> result = BookReader.create().parse(book);
    assertThat(result.errors()).isEmpty();
    assertThat(result.value().orElseThrow().articles()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void missingFileAndPathsOutsideTheFolderAreErrors() throws Exception {
    write("articles/asthma.md", "---\ntitle: A\n---\n");
    ReadResult<Book> result = parse("""
        title: T
        articles:
          - articles/asthma.md
          - articles/asthmaa.md
          - ../outside.md
          - /etc/passwd.md
          - articles/asthma.md
          - notes.txt
        """);
    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).extracting(Problem::code, Problem::line, Problem::column).containsExactly(
        tuple("missing-file", 4, 5), tuple("path-outside", 5, 5), tuple("path-outside", 6, 5),
        tuple("duplicate-article", 7, 5), tuple("unsupported-file", 8, 5));
    assertThat(result.problems().get(0).message()).contains("did you mean 'asthma.md'?");
    assertThat(result.problems().get(0).source()).isEqualTo(dir.resolve("book.yaml").toString());
  }

  @Test
  void symbolicLinkOutOfTheFolderIsAnError(@TempDir Path elsewhere) throws Exception {
    Path target = elsewhere.resolve("secret.md");
    Files.writeString(target, "---\ntitle: S\n---\n");
    Files.createSymbolicLink(dir.resolve("link.md"), target);
    assertThat(parse("title: T\narticles: [link.md]\n").problems()).extracting(Problem::code)
        .containsExactly("path-outside");
  }

  @Test
  void duplicateSlugNamesBothFiles() throws Exception {
    write("one.md", "---\ntitle: Asthma\nslug: asthma\n---\n");
    write("two.md", "---\ntitle: Asthma again\nslug: asthma\n---\n");
    ReadResult<Book> result = parse("title: T\narticles:\n  - one.md\n  - two.md\n");
    assertThat(result.errors()).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("duplicate-slug", 4, 5);
      assertThat(p.message()).contains("'asthma'", "one.md", "two.md");
    });
  }

  @Test
  void articleProblemsAreCollectedWithTheirOwnFiles() throws Exception {
    write("bad.md", "---\ntitle: Bad\nviews: many\n---\n");
    write("warn.md", "---\ntitle: Warn\n---\n![](x.png)\n");
    ReadResult<Book> result = parse("title: T\nbogus: 1\narticles: [bad.md, warn.md]\n");
    assertThat(result.problems()).extracting(p -> Path.of(p.source()).getFileName().toString(), Problem::code)
        .containsExactly(tuple("book.yaml", "unknown-key"), tuple("bad.md", "wrong-type"), tuple("warn.md", "missing-alt"));
    assertThatThrownBy(() -> BookReader.create().read(dir.resolve("book.yaml")))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining("bad.md:3:8");
  }

  @Test
  void manyArticlesKeepTheBookOrderAndGiveTheProblemsOfReadingThemOneByOne() throws Exception {
    StringBuilder yaml = new StringBuilder("title: T\narticles:\n");
    List<Problem> expected = new ArrayList<>();
    List<String> slugs = new ArrayList<>();
    for (int i = 60; i > 0; i--) { // listed in the reverse of the files' name order
      String name = String.format("a%02d.md", i);
      String text = i % 7 == 0 ? "---\ntitle: Bad " + i + "\nviews: many\n---\nText.\n"
          : i % 5 == 0 ? "---\ntitle: Warn " + i + "\n---\n![](x.png)\n\nwww.example.org/" + i + "\n"
          : "---\ntitle: Article " + i + "\nglossary:\n  text: words\n---\n" + "Some text. ".repeat(i * 20) + "\n";
      write(name, text);
      yaml.append("  - ").append(name).append('\n');
      ReadResult<Article> alone = ArticleReaders.parse(dir.resolve(name));
      expected.addAll(alone.problems());
      alone.value().ifPresent(a -> slugs.add(a.slug()));
    }
    ReadResult<Book> book = parse(yaml.toString());
    assertThat(book.problems()).isEqualTo(expected);
    assertThat(book.errors()).hasSize(8);

    write("book2.yaml", yaml.toString().replace("  - a14.md\n", "").replace("  - a07.md\n", "")
        .replace("  - a21.md\n", "").replace("  - a28.md\n", "").replace("  - a35.md\n", "")
        .replace("  - a42.md\n", "").replace("  - a49.md\n", "").replace("  - a56.md\n", ""));
    Book read = BookReader.create().read(dir.resolve("book2.yaml"));
    assertThat(read.articles()).extracting(Article::slug).isEqualTo(slugs);
    assertThat(read.articles()).extracting(Article::slug).startsWith("a60", "a59", "a58");
  }

  @Test
  void aYamlSyntaxErrorInTheBookFileIsPlacedWhereToEdit() throws Exception {
    Path book = dir.resolve("book.yaml");
    assertThat(parse("title: T\narticles: [a.md, b.md\n").problems()).extracting(Problem::toString).containsExactly(
        book + ":2:11: error: the book file is not valid YAML: the list that opens with '[' here is never closed"
            + " (close it with ']' after its last item, on this line; items are separated by commas)");
    assertThat(parse("title: T\n---\narticles: [a.md]\n").problems()).extracting(Problem::toString).containsExactly(
        book + ":2:1: error: the book file is not valid YAML: '---' ends the YAML here, but more follows it"
            + " (remove the line '---' or what follows it: the book file is one YAML document)");
    assertThat(parse("title: T\n...\narticles: [a.md]\n").problems()).extracting(Problem::toString).containsExactly(
        book + ":2:1: error: the book file is not valid YAML: '...' ends the YAML here, but more follows it"
            + " (remove the line '...')");
  }

  @Test
  void bookWithoutTitleOrArticles() throws Exception {
    assertThat(parse("subtitle: S\n").problems()).extracting(Problem::code)
        .containsExactly("missing-title", "missing-articles");
    assertThat(parse("").problems()).extracting(Problem::code).containsExactly("empty");
    assertThat(parse("title: [unclosed\n").problems()).extracting(Problem::code).containsExactly("malformed-yaml");
  }

  @Test
  void missingCoverIsAWarning() throws Exception {
    write("a.md", "---\ntitle: A\n---\n");
    ReadResult<Book> result = parse("title: T\ncover: {src: nowhere.png, alt: Cover}\narticles: [a.md]\n");
    assertThat(result.value()).isPresent();
    assertThat(result.warnings()).extracting(Problem::code).containsExactly("missing-file");
    assertThat(result.value().get().metadata().cover()).isEqualTo(Optional.of(new Image("nowhere.png", "Cover")));
  }

  @Test
  void theArticlesAreReadWithTheReaderTheBuilderWasGiven() throws Exception {
    write("articles/a.md", "---\ntitle: A\nglossary:\n  asthma: A disease of the airways.\n---\nAsthma is common.\n");
    Path book = write("book.yaml", "title: B\narticles: [articles/a.md]\n");
    Article marked = BookReader.create().read(book).articles().get(0);
    Article plain = BookReader.builder()
        .articleReader(ArticleReaders.builder()
            .markdown(MarkdownArticleReader.builder().markGlossaryTerms(false).build())
            .build())
        .build()
        .read(book).articles().get(0);
    assertThat(dev.carepress.model.PlainText.ofBody(plain)).isEqualTo(dev.carepress.model.PlainText.ofBody(marked));
    assertThat(JsonArticleWriter.create().toJson(marked)).contains("\"glossaryTerm\"");
    assertThat(JsonArticleWriter.create().toJson(plain)).doesNotContain("\"glossaryTerm\"");
  }
}
