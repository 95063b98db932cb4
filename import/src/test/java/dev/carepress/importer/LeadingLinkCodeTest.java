package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.read.ReadResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A paragraph that starts with a link whose text holds code with "]" ("[a `]: b`](x)") is not
 * written as Markdown that reads as a link definition, which would make the paragraph vanish: the
 * code becomes text, which the writer escapes. Found by MarkdownRoundTripTest with a random seed.
 */
class LeadingLinkCodeTest {
  private static final HtmlArticleImporter IMPORTER = HtmlArticleImporter.builder().build();
  private static final MarkdownArticleReader READER = MarkdownArticleReader.builder().markGlossaryTerms(false).build();

  private static Article imported(String paragraph) {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Flu</title></head><body><main><h1>Flu</h1>"
        + "<p>Flu is a virus that spreads in winter, and most people get better in a week.</p>"
        + "<h2>Where to read more</h2><blockquote><hr>" + paragraph + "</blockquote></main></body></html>";
    return IMPORTER.importHtml(html, "flu.html", Optional.of("https://clinic.example/")).orThrow();
  }

  @Test
  void codeInEmphasisInALeadingLink() {
    assertReadBack("<p><a href=\"https://cdc.example/flu\"><em><code>see]: flu</code></em></a></p>");
  }

  @Test
  void codeAloneInALeadingLink() {
    assertReadBack("<p><a href=\"https://cdc.example/flu\"><code>see]: flu</code></a></p>");
  }

  @Test
  void codeInStrongInALeadingLink() {
    assertReadBack("<p><a href=\"https://cdc.example/flu\"><strong>see <code>a]: b</code></strong></a></p>");
  }

  private static void assertReadBack(String paragraph) {
    Article article = imported(paragraph);
    Article canonical = MarkdownArticleWriter.canonical(article);
    String markdown = MarkdownArticleWriter.create().toMarkdown(article);

    ReadResult<Article> read = READER.parse(markdown, "flu.md");

    assertThat(read.errors()).as(markdown).isEmpty();
    assertThat(Compare.difference(canonical, read.value().orElseThrow())).as(markdown).isEmpty();
    assertThat(markdown).as("the link's text is kept").contains("see");
  }

  @Test
  void codeWithoutABracketInALeadingLinkStaysCode() {
    Article article = imported("<p><a href=\"https://cdc.example/flu\"><code>flu.pdf</code></a></p>");

    assertThat(MarkdownArticleWriter.create().toMarkdown(article)).contains("[`flu.pdf`](https://cdc.example/flu)");
  }
}
