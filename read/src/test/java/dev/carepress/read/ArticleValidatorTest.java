package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Image;
import dev.carepress.model.Link;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.Section;
import dev.carepress.model.Text;
import dev.carepress.testing.SampleArticles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Articles made in code get the checks the readers apply. */
class ArticleValidatorTest {
  static final ArticleValidator VALIDATOR = ArticleValidator.create();

  @Test
  void theSampleArticlesHaveNoProblems() {
    assertThat(VALIDATOR.validate(SampleArticles.everything())).isEmpty();
    assertThat(VALIDATOR.validate(SampleArticles.spanish())).isEmpty();
    assertThat(VALIDATOR.validate(SampleArticles.minimal())).isEmpty();
  }

  @Test
  void findsWhatTheReadersFind() {
    Article article = Article.builder()
        .title("Checks")
        .author(new Person("Dana", Optional.empty(), Optional.of("vbscript:x")))
        .image(new Image("data:image/png;base64,AA", ""))
        .published(LocalDate.of(2025, 5, 1))
        .updated(LocalDate.of(2025, 4, 1))
        .introduction(
            Paragraph.of(Link.of("javascript:alert(1)", "click"), new FootnoteReference("missing"),
                new GlossaryTerm("nope", List.of(new Text("nope")))),
            Figure.of("chart.png", " "))
        .section(new Section("glossary", "Glossary", List.of(), List.of()))
        .footnote(Footnote.of("unused", "Never referred to."))
        .build();
    List<Problem> problems = VALIDATOR.validate(article);
    assertThat(problems).extracting(Problem::code).containsExactlyInAnyOrder(
        "unsafe-link", "unsafe-image", "missing-alt", "date-order", "unsafe-link", "undefined-footnote",
        "undefined-term", "missing-alt", "reserved-id", "unused-footnote");
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.source()).isEqualTo("checks");
      assertThat(p.line()).isZero();
    });
    assertThat(problems).filteredOn(Problem::isError).extracting(Problem::code)
        .containsExactlyInAnyOrder("undefined-footnote", "undefined-term", "reserved-id");
  }

  @Test
  void requireValidThrowsOnErrorsOnly() {
    Article warnOnly = Article.builder().title("W").source(Path.of("w.md"))
        .introduction(Paragraph.of(Link.of("data:x", "x"))).build();
    assertThat(VALIDATOR.requireValid(warnOnly)).isSameAs(warnOnly);
    assertThat(VALIDATOR.validate(warnOnly)).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo("w.md"));
    Article broken = Article.builder().title("B").introduction(Paragraph.of(new FootnoteReference("x"))).build();
    assertThatThrownBy(() -> VALIDATOR.requireValid(broken))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining("the footnote [^x] is referred to but never defined");
  }
}
