package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** A link whose address is beyond any real one's length is plain text, not a live link on every line its address wraps to. */
class LongLinkTest {
  private static List<String> linkAddresses(byte[] pdf) throws IOException {
    List<String> uris = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
    }
    return uris;
  }

  @Test
  void aLinkWhoseAddressIsLongerThan8KbIsPlainText() throws IOException {
    String tooLong = "https://example.org/" + "x/".repeat(10_000);
    String normal = "https://example.org/asthma";
    Article article = MarkdownArticleReader.create().parse("---\ntitle: Links\n---\nSee [the long one](" + tooLong
        + ") and [the short one](" + normal + ").\n", "links.md").orThrow();

    byte[] pdf = Pdfs.render(PdfRenderer.builder().build(), article).bytes();

    assertThat(linkAddresses(pdf)).isNotEmpty().containsOnly(normal);
    assertThat(Pdfs.text(pdf).replaceAll("\\s", "")).contains("Seethelongoneandtheshortone").doesNotContain("x/x/x/");
  }

  @Test
  void anAddressOf8KbIsStillALiveLink() throws IOException {
    String longest = "https://example.org/" + "y".repeat(8192 - "https://example.org/".length());
    Article article = MarkdownArticleReader.create().parse("---\ntitle: Links\n---\nSee [this](" + longest + ").\n",
        "links.md").orThrow();

    byte[] pdf = Pdfs.render(PdfRenderer.builder().build(), article).bytes();

    assertThat(linkAddresses(pdf)).isNotEmpty().containsOnly(longest);
  }
}
