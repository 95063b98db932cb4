package dev.carepress.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The model's constructors refuse values no renderer could use. */
class ModelValidationTest {
  @Test
  void emptyContainersAreRefused() {
    assertThatThrownBy(() -> new Paragraph(List.of())).hasMessage("a paragraph needs content");
    assertThatThrownBy(() -> new Callout(Callout.Kind.TIP, List.of())).hasMessage("a callout needs content");
    assertThatThrownBy(() -> new BulletList(List.of())).hasMessage("a list needs at least one item");
    assertThatThrownBy(() -> new Text("")).hasMessage("text must not be empty");
    assertThatThrownBy(() -> new Link("x", Optional.empty(), List.of())).hasMessage("a link needs text");
  }

  @Test
  void nullsAreRefusedWithTheirName() {
    List<Inline> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> new Paragraph(withNull)).isInstanceOf(NullPointerException.class).hasMessage("content[0]");
    assertThatThrownBy(() -> new Figure("a.png", null, Optional.empty())).hasMessage("alt");
  }

  @Test
  void collectionsAreCopied() {
    List<Inline> inlines = new ArrayList<>(List.of(new Text("a")));
    Paragraph paragraph = new Paragraph(inlines);
    inlines.add(new Text("b"));
    assertThat(paragraph.content()).hasSize(1);
    assertThatThrownBy(() -> paragraph.content().add(new Text("c"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void metadataChecksSlugLanguageAndViews() {
    assertThatThrownBy(() -> Article.builder().title("T").slug("../etc").build()).hasMessageContaining("slug '../etc'");
    assertThatThrownBy(() -> Article.builder().title("T").language("english!").build())
        .hasMessageContaining("BCP 47");
    assertThatThrownBy(() -> Article.builder().title("T").views(-1).build()).hasMessage("views must be >= 0, not -1");
    assertThatThrownBy(() -> Article.builder().build()).hasMessage("an article needs a title");
    assertThat(Article.builder().title("T").language("ar").build().metadata().rightToLeft()).isTrue();
    assertThat(Article.builder().title("T").views(0).build().metadata().views()).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void tablesMustBeRectangular() {
    assertThatThrownBy(() -> Table.of(TableRow.of("a", "b"), List.of(TableRow.of("1"))))
        .hasMessage("row 1 has 1 cells, the header has 2");
    assertThatThrownBy(() -> new Table(TableRow.of("a"), List.of(), List.of(), Optional.empty()))
        .hasMessageContaining("one alignment per column");
  }

  @Test
  void articleIdsLabelsAndTermsMustBeUnique() {
    Section a = Section.of("A");
    assertThatThrownBy(() -> Article.builder().title("T").section(a).section(a).build())
        .hasMessage("duplicate section id 'a'");
    assertThatThrownBy(() -> Article.builder().title("T").term("Relapse", "x").term("relapse", "y").build())
        .hasMessage("duplicate glossary term 'relapse'");
    assertThatThrownBy(() -> Article.builder().title("T").footnote(Footnote.of("1", "a")).footnote(Footnote.of("1", "b"))
        .build()).hasMessage("duplicate footnote label '1'");
    assertThatThrownBy(() -> Book.of(BookMetadata.of("B"), List.of(Article.builder().title("X").build(),
        Article.builder().title("X").build()))).hasMessageContaining("slug 'x'");
    assertThatThrownBy(() -> RelatedLink.toSlug("t", "s").url().orElseThrow()).isInstanceOf(Exception.class);
    assertThatThrownBy(() -> new RelatedLink("t", Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessageContaining("needs a url or a slug");
  }

  @Test
  void sourceIsNotContent() {
    Article article = Article.builder().title("T").build();
    Article elsewhere = article.withSource(Optional.of(Path.of("x.md")));
    assertThat(elsewhere).isEqualTo(article).hasSameHashCodeAs(article);
    assertThat(article.toBuilder().build()).isEqualTo(article);
  }

  @Test
  void anArticlesOwnUrlMustBeAnAbsoluteWebAddress() {
    assertThat(Metadata.isValidUrl("https://health.example.org/asthma.html")).isTrue();
    assertThat(Metadata.isValidUrl("HTTP://example.org")).isTrue();
    assertThat(Metadata.isValidUrl("/asthma.html")).isFalse();
    assertThat(Metadata.isValidUrl("asthma.html")).isFalse();
    assertThat(Metadata.isValidUrl("mailto:clinic@example.org")).isFalse();
    assertThat(Metadata.isValidUrl("javascript:alert(1)")).isFalse();
    assertThat(Metadata.isValidUrl("https:///no-host")).isFalse();
    assertThat(Metadata.isValidUrl("https://example.org/a page")).isFalse();
    assertThat(Metadata.isValidUrl("https://user:pw@example.org/")).isFalse();
    assertThat(Metadata.isValidUrl("https://user@example.org")).isFalse();
    assertThat(Metadata.isValidUrl("https://example.org/@user?at=a@b#c@d")).isTrue();
    Article article = Article.builder().title("Asthma").url("https://health.example.org/asthma").build();
    assertThat(article.metadata().url()).contains("https://health.example.org/asthma");
    assertThat(article.toBuilder().build()).isEqualTo(article);
    assertThatThrownBy(() -> Article.builder().title("Asthma").url("asthma.html").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http or https");
    assertThat(Article.builder().title("Asthma").build().metadata().url()).isEmpty();
  }

  @Test
  void anArticlesOwnUrlLongerThanAQrCodeOrASitemapHoldsIsRefused() {
    String base = "https://health.example.org/";
    String longest = base + "a".repeat(Metadata.MAX_URL_LENGTH - base.length());
    assertThat(Metadata.isValidUrl(longest)).isTrue();
    assertThat(Metadata.isValidUrl(longest + "a")).isFalse();
    // each 'ä' is two UTF-8 bytes, six characters percent-encoded
    String umlauts = base + "ä".repeat((Metadata.MAX_URL_LENGTH - base.length()) / 6 + 1);
    assertThat(umlauts.length()).isLessThan(Metadata.MAX_URL_LENGTH);
    assertThat(Metadata.asciiLength(umlauts)).isGreaterThan(Metadata.MAX_URL_LENGTH);
    assertThat(Metadata.isValidUrl(umlauts)).isFalse();
    assertThat(Metadata.asciiLength("https://x/\u4e2d\ud83d\ude00")).isEqualTo(10 + 9 + 12);
  }
}
