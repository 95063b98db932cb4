package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.BulletList;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Quote;
import dev.carepress.model.Table;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.read.ReadResult;
import org.junit.jupiter.api.Test;

class WarmUpTest {
  @Test
  void theWarmUpArticleReadsWithoutAProblemSoItWarmsTheCleanPath() {
    ReadResult<Article> result = MarkdownArticleReader.create().parse(WarmUp.ARTICLE, "warm-up.md");

    assertThat(result.problems()).isEmpty();
    Article article = result.orThrow();
    assertThat(article.metadata().authors()).hasSize(1);
    assertThat(article.keyPoints()).hasSize(1);
    assertThat(article.footnotes()).hasSize(1);
    assertThat(article.sections()).hasSize(1);
    assertThat(article.sections().get(0).blocks())
        .hasAtLeastOneElementOfType(BulletList.class)
        .hasAtLeastOneElementOfType(OrderedList.class)
        .hasAtLeastOneElementOfType(Table.class)
        .hasAtLeastOneElementOfType(Quote.class);
  }

  @Test
  void theCommandIsTheFirstArgumentThatIsNoOption() {
    assertThat(WarmUp.command(new String[] {"--verbose", "render", "articles", "-f", "pdf"})).isEqualTo("render");
    assertThat(WarmUp.command(new String[] {"--version"})).isEmpty();
    assertThat(WarmUp.command(new String[] {})).isEmpty();
  }

  @Test
  void aRendersFormatsAreTakenFromItsArgumentsInEveryFormTheCommandLineAccepts() {
    assertThat(WarmUp.formats(new String[] {"render", "a", "-f", "pdf"})).containsExactly("pdf");
    assertThat(WarmUp.formats(new String[] {"render", "a", "-fhtml", "--format=pdf, epub"}))
        .containsExactly("html", "pdf", "epub");
    assertThat(WarmUp.formats(new String[] {"render", "a", "--format", "html,pdf", "-q"}))
        .containsExactly("html", "pdf");
    assertThat(WarmUp.formats(new String[] {"render", "a", "-q"})).isEqualTo(WarmUp.EVERY);
    assertThat(WarmUp.formats(new String[] {"render", "a", "-f"})).isEqualTo(WarmUp.EVERY);
  }

  @Test
  void aRenderWarmsItsFormatsButAnIncrementalRenderAndOtherCommandsOnlyRead() {
    assertThat(WarmUp.rendered(new String[] {"render", "a", "-f", "pdf"}, "true")).containsExactly("pdf");
    assertThat(WarmUp.rendered(new String[] {"render", "a"}, "true")).isEqualTo(WarmUp.EVERY);
    assertThat(WarmUp.rendered(new String[] {"render", "a", "--incremental", "-f", "pdf"}, "true")).isEmpty();
    assertThat(WarmUp.rendered(new String[] {"render", "a", "-f", "pdf"}, "read")).isEmpty();
    assertThat(WarmUp.rendered(new String[] {"book", "book.yaml", "-f", "epub"}, "true")).isEmpty();
    assertThat(WarmUp.rendered(new String[] {"check", "a"}, "true")).isEmpty();
  }

  @Test
  void startsOnlyForCommandsThatReadMarkdownArticles() {
    assertThat(WarmUp.startFor(new String[] {"render", "articles"})).isTrue();
    assertThat(WarmUp.startFor(new String[] {"book", "book.yaml"})).isTrue();
    assertThat(WarmUp.startFor(new String[] {"check", "articles"})).isTrue();
    assertThat(WarmUp.startFor(new String[] {"serve", "articles"})).isTrue();
    assertThat(WarmUp.startFor(new String[] {"formats"})).isFalse();
    assertThat(WarmUp.startFor(new String[] {"import", "page.html"})).isFalse();
    assertThat(WarmUp.startFor(new String[] {"--version"})).isFalse();
  }

  @Test
  void theSystemPropertyTurnsItOff() {
    String before = System.getProperty(WarmUp.PROPERTY);
    System.setProperty(WarmUp.PROPERTY, "false");
    try {
      assertThat(WarmUp.startFor(new String[] {"render", "articles"})).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty(WarmUp.PROPERTY);
      } else {
        System.setProperty(WarmUp.PROPERTY, before);
      }
    }
  }
}
