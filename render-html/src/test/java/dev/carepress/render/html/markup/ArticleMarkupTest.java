package dev.carepress.render.html.markup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Figure;
import dev.carepress.model.Link;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Text;
import dev.carepress.testing.SampleArticles;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class ArticleMarkupTest {

  private static String article(Article article, MarkupOptions options) {
    StringBuilder out = new StringBuilder();
    ArticleMarkup.of(article, options).writeArticle(MarkupWriter.to(out));
    return out.toString();
  }

  private static void assertWellFormedXml(String markup) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    String doc = "<div xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">"
        + markup + "</div>";
    factory.newDocumentBuilder().parse(new InputSource(new StringReader(doc)));
  }

  @Test
  void everySampleIsWellFormedXmlInBothDialects() throws Exception {
    for (Article article : SampleArticles.book().articles()) {
      assertWellFormedXml(article(article, MarkupOptions.defaults()));
      assertWellFormedXml(article(article, MarkupOptions.builder().dialect(Dialect.EPUB).build()));
    }
  }

  @Test
  void epubDialectAddsStructuralSemantics() {
    String xhtml = article(SampleArticles.everything(), MarkupOptions.builder().dialect(Dialect.EPUB).build());
    assertThat(xhtml)
        .contains("epub:type=\"noteref\"")
        .contains("<aside id=\"fn-1\" class=\"cp-footnote\" epub:type=\"footnote\"")
        .contains("role=\"doc-glossary\" epub:type=\"glossary\"")
        .contains("epub:type=\"glossterm\"")
        .contains("epub:type=\"glossdef\"")
        .contains("epub:type=\"glossref\" role=\"doc-glossref\"")
        .doesNotContain("loading=");
    String html = article(SampleArticles.everything(), MarkupOptions.defaults());
    assertThat(html).doesNotContain("epub:").contains("<li id=\"fn-1\">");
  }

  @Test
  void hooksDecideImagesRelatedLinksAndIds() {
    Article article = SampleArticles.everything().toBuilder()
        .section("Picture", new Figure("images/a.png", "An inhaler", Optional.empty()))
        .build();
    MarkupOptions options = MarkupOptions.builder()
        .idPrefix("a1-")
        .headingBase(3)
        .imageSource(src -> Optional.of("../images/packed-" + src.substring(src.lastIndexOf('/') + 1)))
        .relatedLink(link -> link.slug().map(slug -> slug + ".xhtml"))
        .build();
    String out = article(article, options);
    assertThat(out)
        .contains("<img src=\"../images/packed-a.png\" alt=\"An inhaler\"")
        .contains("<a href=\"allergies.xhtml\">Allergies</a>")
        .contains("<h2 id=\"a1-title\" class=\"cp-title\">")
        .contains("<section id=\"a1-what-is-asthma\">")
        .contains("<h3><a class=\"cp-self\" href=\"#a1-what-is-asthma\">")
        .contains("<h4><a class=\"cp-self\" href=\"#a1-common-triggers\">")
        .contains("href=\"#a1-fn-1\"");
  }

  @Test
  void unsafeUrlsNeverReachAttributesAndAreReported() {
    Article article = Article.builder().title("T")
        .introduction(
            Paragraph.of(Link.of("javascript:alert(1)", "click"), new Text(" and "), Link.of(" JaVa\tscript:x", "two")),
            new Figure("data:image/svg+xml,<svg onload=alert(1)>", "pic", Optional.empty()))
        .build();
    List<Problem> warnings = new ArrayList<>();
    String out = article(article, MarkupOptions.builder().warnings(warnings::add).build());
    assertThat(out).doesNotContain("javascript").doesNotContain("data:").doesNotContain("<svg")
        .contains("click and two").contains("Image not available: pic");
    assertThat(warnings).extracting(Problem::code).containsExactly("link-left-out", "link-left-out", "image-left-out");
  }

  @Test
  void escapingRandomTextAlwaysGivesWellFormedXml() throws Exception {
    java.util.Random random = new java.util.Random(7);
    String alphabet = "a<>&\"' \r\n\t\u0000\u0007\u0085\uFDD0\uFFFE\uD800\uDC00\uDBFF\uDFFF\u00e9]]>";
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      StringBuilder out = new StringBuilder();
      MarkupWriter.to(out).start("p").attr("title", text.toString()).text(text.toString()).end("p");
      assertWellFormedXml(out.toString());
    }
  }

  @Test
  void glossaryTermIsLinkedOnlyAtFirstUse() {
    String out = article(SampleArticles.everything(), MarkupOptions.defaults());
    assertThat(out).containsOnlyOnce("class=\"cp-term\" href=\"#term-airways\"")
        .contains("<dt id=\"term-airways\"><dfn>airways</dfn></dt>");
  }
}
