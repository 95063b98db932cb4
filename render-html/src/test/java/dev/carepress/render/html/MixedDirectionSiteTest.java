package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A site of English, Spanish, Arabic and Hebrew articles: on the index and the category pages each
 * listed article (or the category section holding only articles) in another language than the page
 * carries its own {@code lang} and {@code dir},
 * and Chromium lines an Arabic title up on the right of an English index (and an English one on the
 * left of an Arabic index).
 */
class MixedDirectionSiteTest {

  @Test
  void englishIndexGivesRightToLeftArticlesTheirOwnLangAndDir() throws Exception {
    SamplePages.all();
    String index = Files.readString(SamplePages.ROOT.resolve("mixed-site-en/index.html"));
    assertThat(index).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" dir=\"ltr\">")
        .contains("<section lang=\"ar\" dir=\"rtl\">\n<h2><a href=\"category-الوقاية.html\" dir=\"auto\">الوقاية</a></h2>\n"
            + "<ul>\n<li><a href=\"ghasl-al-yadayn.html\">غسل اليدين</a>")
        .contains("<section lang=\"he\" dir=\"rtl\">")
        .contains("<section lang=\"es\" dir=\"ltr\">")
        .contains("<section>\n<h2><a href=\"category-lungs-and-breathing.html\" dir=\"auto\">Lungs and breathing</a></h2>");
    String arabicCategory = Files.readString(SamplePages.ROOT.resolve(categoryFile("mixed-site-en", "ghasl")));
    assertThat(arabicCategory).contains("<h1 lang=\"ar\" dir=\"rtl\">الوقاية</h1>")
        .contains("<li lang=\"ar\" dir=\"rtl\"><a href=\"ghasl-al-yadayn.html\">غسل اليدين</a>");
    String article = Files.readString(SamplePages.ROOT.resolve("mixed-site-en/ghasl-al-yadayn.html"));
    assertThat(article).contains("lang=\"ar\" dir=\"rtl\"");
  }

  @Test
  void arabicIndexGivesLeftToRightArticlesTheirOwnLangAndDir() throws Exception {
    SamplePages.all();
    String index = Files.readString(SamplePages.ROOT.resolve("mixed-site-ar/index.html"));
    assertThat(index).contains("lang=\"ar\" dir=\"rtl\">")
        .contains("<section lang=\"en\" dir=\"ltr\">\n<h2><a href=\"category-lungs-and-breathing.html\" dir=\"auto\">"
            + "Lungs and breathing</a></h2>\n<ul>\n<li><a href=\"living-well-with-asthma.html\">Living well with asthma</a>")
        .doesNotContain("<li lang=\"ar\"");
  }

  @Test
  void eachTitleLinesUpOnItsOwnLanguagesSide() throws Exception {
    Browser.assumeAvailable();
    SamplePages.all();
    for (String site : new String[] {"mixed-site-en", "mixed-site-ar"}) {
      Path index = SamplePages.ROOT.resolve(site + "/index.html").toAbsolutePath();
      Path png = SamplePages.ROOT.resolve("shots/" + site + ".png").toAbsolutePath();
      Files.createDirectories(png.getParent());
      JsonNode rects = Browser.run("layout", index.toString(), png.toString(), "1000", ".cp-listing ul",
          "text:a[href='ghasl-al-yadayn.html']", "text:a[href='living-well-with-asthma.html']").get("rects");
      JsonNode list = rects.get(".cp-listing ul").get(0);
      JsonNode arabic = rects.get("text:a[href='ghasl-al-yadayn.html']").get(0);
      JsonNode english = rects.get("text:a[href='living-well-with-asthma.html']").get(0);
      assertThat(arabic.get("right").asDouble()).as(site + ": Arabic title on the right")
          .isCloseTo(list.get("right").asDouble(), within(2.0));
      assertThat(english.get("left").asDouble()).as(site + ": English title on the left")
          .isCloseTo(list.get("left").asDouble(), within(2.0));
    }
  }

  private static String categoryFile(String site, String slugStart) throws Exception {
    try (var files = Files.list(SamplePages.ROOT.resolve(site))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("category-")).toList()) {
        if (Files.readString(f).contains("href=\"" + slugStart)) {
          return site + "/" + f.getFileName();
        }
      }
    }
    throw new AssertionError("no category page lists " + slugStart);
  }
}
