package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.Person;
import dev.carepress.testing.ArticleArbitraries;
import dev.carepress.testing.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArticleTest {
  static final JsonArticleWriter WRITER = JsonArticleWriter.create();
  static final JsonArticleReader READER = JsonArticleReader.create();

  static List<Path> exampleArticles() throws Exception {
    Path folder = Path.of("../examples/articles");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  @Property(tries = 30)
  void modelToJsonToModelIsTheSameModel(@ForAll("articles") Article article) {
    String json = WRITER.toJson(article);
    ReadResult<Article> back = READER.parse(json, "generated.json");
    assertThat(back.errors()).isEmpty();
    assertThat(back.value()).contains(article);
    assertThat(WRITER.toJson(back.value().orElseThrow())).isEqualTo(json);
  }

  @Provide
  Arbitrary<Article> articles() {
    return ArticleArbitraries.articles();
  }

  @Test
  void samplesRoundTripByteForByte() {
    for (Article article : List.of(SampleArticles.everything(), SampleArticles.spanish(), SampleArticles.minimal())) {
      String json = WRITER.toJson(article);
      Article back = READER.read(json, article.slug() + ".json");
      assertThat(back).isEqualTo(article);
      assertThat(WRITER.toJson(back)).isEqualTo(json);
    }
  }

  @Test
  void markdownToJsonToModelGivesAnEqualModel() throws Exception {
    assertThat(exampleArticles()).isNotEmpty();
    for (Path file : exampleArticles()) {
      Article fromMarkdown = MarkdownArticleReader.create().read(file);
      Article fromJson = READER.read(WRITER.toJson(fromMarkdown), file.getFileName() + ".json");
      assertThat(fromJson).as(file.toString()).isEqualTo(fromMarkdown);
    }
  }

  @Test
  void canonicalFormIsFixed() {
    String json = WRITER.toJson(SampleArticles.minimal());
    assertThat(json).isEqualTo("""
        {
          "title": "Minimal",
          "slug": "minimal",
          "language": "en"
        }
        """);
    String full = WRITER.toJson(SampleArticles.everything());
    assertThat(full).doesNotContain("\r").endsWith("}\n").contains("\n  \"slug\": \"living-well-with-asthma\",\n");
    assertThat(full.indexOf("\"title\"")).isLessThan(full.indexOf("\"keyPoints\""));
    assertThat(full.indexOf("\"sections\"")).isLessThan(full.indexOf("\"glossary\""));
    assertThat(full).contains("""
                    {
                      "type": "lineBreak"
                    },
        """);
  }

  @Test
  void anArticlesOwnUrlIsWrittenAndReadBackAndAnInvalidOneIsPlaced() {
    Article article = SampleArticles.minimal().toBuilder().url("https://health.example.org/minimal").build();
    String json = WRITER.toJson(article);
    assertThat(json).isEqualTo("""
        {
          "title": "Minimal",
          "slug": "minimal",
          "language": "en",
          "url": "https://health.example.org/minimal"
        }
        """);
    assertThat(READER.read(json, "minimal.json")).isEqualTo(article);
    ReadResult<Article> bad = READER.parse("{\n  \"title\": \"Minimal\",\n  \"url\": \"ftp://x.org/a\"\n}\n",
        "minimal.json");
    assertThat(bad.problems()).extracting(Problem::code, Problem::line, Problem::column)
        .containsExactly(tuple("invalid-url", 3, 10));
    assertThat(bad.problems().get(0).message()).contains("absolute http or https address");
  }

  @Test
  void writesUtf8ToStreamsAndFiles(@TempDir Path dir) throws Exception {
    Article article = SampleArticles.spanish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.write(article, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(WRITER.toJson(article));
    Path file = dir.resolve("out/es.json");
    WRITER.write(article, file);
    assertThat(READER.read(file)).isEqualTo(article);
    assertThat(READER.read(file).source()).contains(file);
  }

  @Test
  void errorsNameLineColumnAndPointer() {
    String json = """
        {
          "title": "Asthma",
          "views": -1,
          "sections": [
            {"id": "a", "title": "A", "blocks": [{"type": "paragrap", "content": []}]},
            {"id": "a", "title": "B"}
          ],
          "authors": [{"name": "Dana", "url": "javascript:x()", "email": "d@x.org"}]
        }
        """;
    ReadResult<Article> result = READER.parse(json, "bad.json");
    assertThat(result.problems()).extracting(Problem::code, Problem::line, Problem::column).containsExactly(
        tuple("negative-views", 3, 12),
        tuple("unknown-type", 5, 51),
        tuple("duplicate-id", 6, 12),
        tuple("unsafe-link", 8, 15),
        tuple("unknown-key", 8, 57));
    assertThat(result.problems().get(1).message())
        .isEqualTo("'paragrap' (at /sections/0/blocks/0/type) is not a type of block; did you mean 'paragraph'?");
    assertThat(result.problems().get(4).message()).contains("(at /authors/0/email)");
  }

  @Test
  void malformedJsonIsAProblem() {
    ReadResult<Article> result = READER.parse("{\n  \"title\": \"A\",\n  \"tags\": [1, }\n", "bad.json");
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("malformed-json", 3, 15);
      assertThat(p.message()).startsWith("the file is not valid JSON: ");
    });
    assertThat(READER.parse("", "e.json").problems()).extracting(Problem::code).containsExactly("empty");
    assertThat(READER.parse("{\"title\": \"A\"} {}", "two.json").problems()).extracting(Problem::code)
        .containsExactly("malformed-json");
  }

  @Test
  void acceptsTheFrontMattersShorthands() {
    Article article = READER.read("""
        {"title": "A", "authors": "Dana Okafor", "tags": "asthma", "keyPoints": ["Use **both** inhalers."]}
        """, "short.json");
    assertThat(article.metadata().authors()).containsExactly(Person.of("Dana Okafor"));
    assertThat(article.metadata().tags()).containsExactly("asthma");
    assertThat(article.keyPoints()).singleElement().extracting(KeyPoint::content).asList().hasSize(3);
    assertThat(article.slug()).isEqualTo("short");
  }

  @Test
  void modelRulesBecomeProblemsNotExceptions() {
    String json = """
        {"title": "A", "introduction": [
          {"type": "table", "header": [[]], "rows": [[[], []]]},
          {"type": "callout", "kind": "danger", "blocks": [{"type": "thematicBreak"}]},
          {"type": "paragraph", "content": [{"type": "glossaryTerm", "term": "x", "content": [{"type": "text", "text": "x"}]}]}
        ]}
        """;
    ReadResult<Article> result = READER.parse(json, "rules.json");
    assertThat(result.problems()).extracting(Problem::code)
        .containsExactly("table-shape", "invalid-value", "undefined-term");
  }

  @Test
  void asciiEscapedJsonHoldsOnlyAsciiAndReadsBackToTheSameArticle() {
    JsonArticleWriter ascii = JsonArticleWriter.builder().escaping(dev.carepress.text.JsonWriter.Escaping.ASCII).build();
    Article article = SampleArticles.spanish();
    String json = ascii.toJson(article);
    assertThat(json.chars()).allMatch(c -> c < 0x80);
    assertThat(json).isNotEqualTo(WRITER.toJson(article)); // the sample has accented letters
    Article back = READER.read(json, "spanish.json");
    assertThat(back).isEqualTo(article);
    assertThat(WRITER.toJson(back)).isEqualTo(WRITER.toJson(article));
  }
}
