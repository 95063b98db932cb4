package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Section;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Page chrome that sits inside the article's element: CDC's tool bar above the text ("Español |
 * Print", a language switch and a print link) and Mayo Clinic's "Products &amp; Services" box (a
 * heading and a list of links to its store). Both were kept as body text; a sentence that mentions
 * Spanish or printing, and a section named for products with text of its own, are the article's.
 */
class PageToolbarsAndShopBoxesTest {
  private static Article importPage(String body) {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Page</title></head><body><main>" + body
        + "</main></body></html>";
    return HtmlArticleImporter.builder().build().importHtml(html, "page.html", Optional.empty()).orThrow();
  }

  private static String markdown(Article a) {
    return MarkdownArticleWriter.create().toMarkdown(a);
  }

  @Test
  void cdcsLanguageSwitchAndPrintBarIsDroppedAndSentencesAboutPrintingOrSpanishStay() {
    Article a = importPage("<div class=\"cdc-page-title-bar\"><h1 id=\"content\">Signs and Symptoms of Flu</h1>"
        + "<div class=\"cdc-page-tools\"><a href=\"https://www.cdc.gov/flu/es/signs-symptoms/index.html\" lang=\"es\""
        + " hreflang=\"es\" class=\"language-link\">Español</a> | <a href=\"#\" class=\"page-print\">Print</a></div></div>"
        + "<p>Flu is a contagious respiratory illness caused by influenza viruses that infect the nose and throat.</p>"
        + "<p class=\"cdc-lang-bar\"><a href=\"/flu/es/index.html\">Español</a> <a href=\"/flu/zh/index.html\">中文</a>"
        + " <a href=\"/flu/vi/index.html\">Tiếng Việt</a></p>"
        + "<h2>Symptoms</h2><p>Print this checklist and keep it on the fridge.</p>"
        + "<p>Materials are available in <a href=\"/flu/es/index.html\">Español</a> at your health department.</p>"
        + "<p><a href=\"/flu/print.pdf\">Print</a> the <a href=\"/flu/checklist.pdf\">checklist</a>.</p>");

    assertThat(markdown(a)).doesNotContain("\\|", "[Print](#)", "中文", "Tiếng Việt")
        .contains("Print this checklist and keep it on the fridge.",
            "Materials are available in [Español](/flu/es/index.html) at your health department.",
            "[Print](/flu/print.pdf) the [checklist](/flu/checklist.pdf).");
  }

  @Test
  void mayoClinicsProductsAndServicesBoxIsDroppedButASectionAboutProductsStays() {
    Article a = importPage("<article><h1>Psoriasis</h1><h2>Overview</h2><p>Psoriasis is a skin disease that causes"
        + " a rash with itchy, scaly patches.</p><div class=\"cmp-column\"><div class=\"cmp-title\"><h3 class=\"cmp-title__text\">"
        + "Products &amp; Services</h3></div><ul class=\"cmp-list\"><li><a href=\"https://order.store.mayoclinic.com/books/"
        + "gnweb43\">A Book: Mayo Clinic Family Health Book, 5th Edition</a></li><li><a href=\"https://order.store.mayoclinic.com"
        + "/flex/mmv/NL/\">Newsletter: Mayo Clinic Health Letter — Digital Edition</a></li></ul></div>"
        + "<h3>Causes</h3><p>Psoriasis is thought to be an immune system problem.</p>"
        + "<h2>Products and services</h2><p>Ask your pharmacist which moisturizers suit your skin.</p></article>");

    assertThat(markdown(a)).doesNotContain("Products & Services", "Family Health Book", "Health Letter");
    assertThat(a.sections()).extracting(Section::title).containsExactly("Overview", "Products and services");
    assertThat(a.sections().get(0).subsections()).extracting(Section::title).containsExactly("Causes");
    assertThat(markdown(a)).contains("Ask your pharmacist which moisturizers suit your skin.");
  }
}
