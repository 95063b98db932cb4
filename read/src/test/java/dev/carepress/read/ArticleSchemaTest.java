package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.carepress.model.Article;
import dev.carepress.testing.ArticleArbitraries;
import dev.carepress.testing.SampleArticles;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The JSON of sample, example and generated articles is valid against the schema core ships. */
class ArticleSchemaTest {
  static final Schema SCHEMA = load();

  static Schema load() {
    try (InputStream in = ArticleSchemaTest.class.getResourceAsStream("/dev/carepress/read/article.schema.json")) {
      assertThat(in).as("article.schema.json on the classpath").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Error> validate(Article article) {
    return SCHEMA.validate(JsonArticleWriter.create().toJson(article), InputFormat.JSON);
  }

  @Test
  void sampleArticlesAreValid() {
    for (Article article : List.of(SampleArticles.everything(), SampleArticles.spanish(), SampleArticles.minimal())) {
      assertThat(validate(article)).as(article.slug()).isEmpty();
    }
  }

  @Test
  void everyExampleArticleIsValid() throws Exception {
    List<Path> examples = JsonArticleTest.exampleArticles();
    assertThat(examples).as("examples/articles/*.md").isNotEmpty();
    for (Path file : examples) {
      assertThat(validate(MarkdownArticleReader.create().read(file))).as(file.toString()).isEmpty();
    }
  }

  @Property(tries = 15)
  void generatedArticlesAreValid(@ForAll("articles") Article article) {
    assertThat(validate(article)).isEmpty();
  }

  @Provide
  Arbitrary<Article> articles() {
    return ArticleArbitraries.articles();
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String json = """
        {"title": "A", "slug": "a", "language": "en", "views": -1, "colour": "red",
         "introduction": [{"type": "paragraph", "content": [{"type": "txt", "text": "x"}]}]}
        """;
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
        .contains("/views", "", "/introduction/0");
  }
}
