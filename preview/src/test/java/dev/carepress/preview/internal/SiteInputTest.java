package dev.carepress.preview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.BookMetadata;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteInputTest {
  private static Article article(String title, String slug, String language) {
    return Article.builder().title(title).slug(slug).language(language).keyPoint("A point.").build();
  }

  @Test
  void eachArticleGetsTheSitePageNamedBySlugAndIndexIsKeptForTheFrontPage() {
    Map<Path, Article> articles = new LinkedHashMap<>();
    articles.put(Path.of("/f/a.md"), article("A", "asthma", "en"));
    articles.put(Path.of("/f/b.md"), article("Index", "index", "en"));
    SiteInput input = SiteInput.of(articles, Set.of(), Optional.empty(), Optional.empty());
    assertThat(input.entries()).extracting(SiteInput.Entry::page).containsExactly("asthma.html", "index-2.html");
    assertThat(input.book().metadata().title()).isEqualTo("Health articles");
    assertThat(input.book().metadata().language()).isEqualTo("en");
  }

  @Test
  void anUntitledSiteInOneLanguageIsTitledInThatLanguageAndAMixedOneInEnglish() {
    Map<Path, Article> spanish = new LinkedHashMap<>();
    spanish.put(Path.of("/f/a.md"), article("Asma", "asma", "es"));
    spanish.put(Path.of("/f/b.md"), article("Gripe", "gripe", "es"));
    Map<Path, Article> mixed = new LinkedHashMap<>(spanish);
    mixed.put(Path.of("/f/c.md"), article("Flu", "flu", "en"));

    BookMetadata es = SiteInput.of(spanish, Set.of(), Optional.empty(), Optional.empty()).book().metadata();
    BookMetadata both = SiteInput.of(mixed, Set.of(), Optional.empty(), Optional.empty()).book().metadata();

    assertThat(es.title()).isEqualTo("Artículos de salud");
    assertThat(es.language()).isEqualTo("es");
    assertThat(es.slug()).isEqualTo("health-articles");
    assertThat(both.title()).isEqualTo("Health articles");
  }

  @Test
  void twoFilesWithOneSlugAreBothLeftOutWithAnErrorNamingTheOther() {
    Map<Path, Article> articles = new LinkedHashMap<>();
    articles.put(Path.of("/f/a.md"), article("A", "flu", "en"));
    articles.put(Path.of("/f/b.md"), article("B", "Flu", "en"));
    articles.put(Path.of("/f/c.md"), article("C", "cold", "en"));
    SiteInput input = SiteInput.of(articles, Set.of(), Optional.empty(), Optional.of("My site"));
    assertThat(input.entries()).extracting(SiteInput.Entry::page).containsExactly("cold.html");
    assertThat(input.problems().get(Path.of("/f/a.md")).get(0).message()).contains("also the slug of b.md");
    assertThat(input.problems().get(Path.of("/f/b.md")).get(0).message()).contains("also the slug of a.md");
    assertThat(input.book().metadata().title()).isEqualTo("My site");
  }

  @Test
  void filesLeftOutAreNotInTheSiteAndASiteOfOneLanguageTakesIt() {
    Map<Path, Article> articles = new LinkedHashMap<>();
    articles.put(Path.of("/f/a.md"), article("A", "a", "es"));
    articles.put(Path.of("/f/b.md"), article("B", "b", "es"));
    SiteInput input = SiteInput.of(articles, Set.of(Path.of("/f/b.md")), Optional.empty(), Optional.empty());
    assertThat(input.entries()).extracting(SiteInput.Entry::file).containsExactly(Path.of("/f/a.md"));
    assertThat(input.book().metadata().language()).isEqualTo("es");
  }
}
