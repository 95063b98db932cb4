package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The source format, one convention per pair of files in {@code golden/}: {@code NAME.md}, the
 * canonical JSON of the article it is ({@code NAME.json}, absent when the article has errors) and
 * the problems it gives ({@code NAME.problems.txt}, one {@code NAME.md:line:column: severity: code}
 * a line; absent when there are none). The expectations were written from the rules in {@code
 * MarkdownArticleReader}'s Javadoc and the README, not copied from the reader's output: a change
 * that alters what an article means shows here as a diff a reviewer can read.
 */
class GoldenCorpusTest {
  static Path folder() throws URISyntaxException {
    return Path.of(GoldenCorpusTest.class.getResource("golden").toURI());
  }

  static Stream<String> names() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(folder())) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md"))
          .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void theArticleIsReadAsItsRulesSay(String name) throws Exception {
    String markdown = text(name + ".md").orElseThrow();
    ReadResult<Article> result = MarkdownArticleReader.create().parse(markdown, name + ".md");

    List<String> problems = result.problems().stream().map(GoldenCorpusTest::line).toList();
    List<String> expectedProblems = text(name + ".problems.txt").map(t -> t.lines().toList()).orElse(List.of());
    assertThat(problems).as(name + ".problems.txt").containsExactlyElementsOf(expectedProblems);

    Optional<String> expectedJson = text(name + ".json");
    if (expectedJson.isEmpty()) {
      assertThat(result.hasErrors()).as(name + " has errors, so no " + name + ".json").isTrue();
      return;
    }
    Article article = result.value().orElseThrow(() -> new AssertionError(name + ": " + result.problems()));
    assertThat(JsonArticleWriter.create().toJson(article)).as(name + ".json").isEqualTo(expectedJson.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void theExpectedJsonReadsBackToTheSameArticle(String name) throws Exception {
    Optional<String> json = text(name + ".json");
    if (json.isEmpty()) {
      return;
    }
    Article fromJson = JsonArticleReader.create().read(json.get(), name + ".json");
    Article fromMarkdown = MarkdownArticleReader.create().read(text(name + ".md").orElseThrow(), name + ".md");
    assertThat(fromJson).isEqualTo(fromMarkdown);
    assertThat(JsonArticleWriter.create().toJson(fromJson)).isEqualTo(json.get());
  }

  @Test
  void everyExpectationBelongsToAnArticle() throws Exception {
    List<String> names = names().toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(20);
    try (Stream<Path> files = Files.list(folder())) {
      for (Path file : files.toList()) {
        String fileName = file.getFileName().toString();
        String base = fileName.replaceFirst("(\\.problems\\.txt|\\.json|\\.md)$", "");
        assertThat(names).as(fileName + " belongs to " + base + ".md").contains(base);
      }
    }
  }

  private static String line(Problem problem) {
    return problem.location() + ": " + problem.severity().name().toLowerCase(Locale.ROOT) + ": " + problem.code();
  }

  private static Optional<String> text(String fileName) throws Exception {
    Path file = folder().resolve(fileName);
    return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
  }
}
