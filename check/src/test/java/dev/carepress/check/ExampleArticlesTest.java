package dev.carepress.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled example articles read at grade 8 or lower (Spanish: Fernández-Huerta 60+, INFLESZ 55+). */
class ExampleArticlesTest {
  static Stream<Path> articles() throws IOException {
    Path dir = Path.of("..", "examples", "articles");
    return Files.list(dir).filter(p -> p.toString().endsWith(".md")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void readsAtGrade8OrLower(Path file) throws IOException {
    Article article = MarkdownArticleReader.create().read(file);
    LiteracyReport report = LiteracyChecks.create().check(article);
    CheckResult grade = report.check("reading-grade").orElseThrow();
    System.out.println(file.getFileName() + ": " + grade.summary());
    assertThat(grade.verdict()).as(file.getFileName() + ": " + grade.summary() + "\n" + report.toText())
        .isEqualTo(Verdict.PASS);
    assertThat(report.check("headings").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
    assertThat(report.check("summary-first").orElseThrow().verdict()).isEqualTo(Verdict.PASS);
  }
}
