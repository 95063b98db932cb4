package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.render.RenderContext;
import dev.carepress.testing.SampleArticles;
import org.junit.jupiter.api.Test;

/** The navigation document and the NCX: articles, their sections one level down, landmarks. */
class NavigationTest {
  private final byte[] epub = Epubs.book(SampleArticles.book());

  @Test
  void tableOfContentsListsArticlesAndTheirSectionsOneLevelDown() {
    Xml nav = Xml.parse(Epubs.text(epub, "EPUB/nav.xhtml"));
    String toc = "//h:nav[@epub:type='toc']";
    assertThat(nav.strings(toc + "/h:ol/h:li/h:a")).containsExactly(
        "Living well with asthma", "Lavarse las manos", "Minimal");
    assertThat(nav.strings(toc + "/h:ol/h:li[1]/h:ol/h:li/h:a"))
        .containsExactly("What is asthma?", "Using your inhaler", "When to get help");
    assertThat(nav.strings(toc + "/h:ol/h:li[1]/h:ol/h:li/h:a/@href")).containsExactly(
        "text/living-well-with-asthma.xhtml#what-is-asthma",
        "text/living-well-with-asthma.xhtml#using-your-inhaler",
        "text/living-well-with-asthma.xhtml#when-to-get-help");
    assertThat(nav.count(toc + "//h:a[.='Common triggers']")).as("subsections are two levels down").isZero();
    assertThat(nav.count(toc + "/h:ol/h:li[3]/h:ol")).as("no empty list for an article without sections").isZero();
    assertThat(nav.string(toc + "/h:ol/h:li[2]/@lang")).as("Spanish title marked as Spanish").isEqualTo("es");
  }

  @Test
  void landmarksPointAtTitlePageContentsAndFirstArticle() {
    Xml nav = Xml.parse(Epubs.text(epub, "EPUB/nav.xhtml"));
    String landmarks = "//h:nav[@epub:type='landmarks']//h:a";
    assertThat(nav.strings(landmarks + "/@epub:type")).containsExactly("titlepage", "toc", "bodymatter");
    assertThat(nav.strings(landmarks + "/@href"))
        .containsExactly("title.xhtml", "nav.xhtml#toc", "text/living-well-with-asthma.xhtml");
  }

  @Test
  void ncxMirrorsTheTableOfContentsWithTheBookIdentifier() {
    Xml ncx = Xml.parse(Epubs.text(epub, "EPUB/toc.ncx"));
    assertThat(ncx.string("//ncx:meta[@name='dtb:uid']/@content"))
        .isEqualTo("urn:uuid:dc872eda-6f4b-4c44-89a1-2f4619203e01");
    assertThat(ncx.string("//ncx:meta[@name='dtb:depth']/@content")).isEqualTo("2");
    assertThat(ncx.strings("/ncx:ncx/ncx:navMap/ncx:navPoint/ncx:navLabel/ncx:text"))
        .containsExactly("Living well with asthma", "Lavarse las manos", "Minimal");
    assertThat(ncx.strings("//ncx:navPoint/@playOrder"))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
  }

  @Test
  void tocDepthOneListsArticlesOnlyAndThreeAddsSubsections() {
    byte[] shallow = Epubs.book(
        EpubRenderer.builder().tocDepth(1).build(), SampleArticles.book(), RenderContext.defaults());
    assertThat(Xml.parse(Epubs.text(shallow, "EPUB/nav.xhtml")).count("//h:nav[@epub:type='toc']//h:a")).isEqualTo(3);
    byte[] deep = Epubs.book(
        EpubRenderer.builder().tocDepth(3).build(), SampleArticles.book(), RenderContext.defaults());
    assertThat(Xml.parse(Epubs.text(deep, "EPUB/nav.xhtml")).strings("//h:nav[@epub:type='toc']//h:li/h:ol/h:li/h:ol//h:a"))
        .containsExactly("Common triggers");
    assertThat(Xml.parse(Epubs.text(deep, "EPUB/toc.ncx")).string("//ncx:meta[@name='dtb:depth']/@content"))
        .isEqualTo("3");
  }

  @Test
  void withoutNcxOptionThereIsNoNcx() {
    byte[] epub = Epubs.book(
        EpubRenderer.builder().ncx(false).titlePage(false).build(), SampleArticles.book(),
        RenderContext.defaults());
    assertThat(Epubs.entries(epub)).doesNotContainKeys("EPUB/toc.ncx", "EPUB/title.xhtml");
    Xml opf = Xml.parse(Epubs.text(epub, "EPUB/package.opf"));
    assertThat(opf.string("//opf:spine/@toc")).isEmpty();
    assertThat(EpubCheckSupport.check(epub, "no-ncx.epub").errors()).isEmpty();
  }

  @Test
  void titlePageShowsTitleSubtitleAuthorsAndPublisher() {
    Xml page = Xml.parse(Epubs.text(epub, "EPUB/title.xhtml"));
    assertThat(page.string("//h:h1")).isEqualTo("Everyday Health Guide");
    assertThat(page.strings("//h:section[@epub:type='titlepage']/h:p"))
        .containsExactly("Plain-language articles", "By Renée Okafor, MD, MPH", "Example Health Press");
  }

  @Test
  void theClinicIsAShortBlockOnTheTitlePageThatEpubCheckAccepts() {
    byte[] book = Epubs.book(EpubRenderer.builder().clinic("Riverside <Practice>", "01632 960123", "", "riverside.example")
        .build(), SampleArticles.book(), RenderContext.defaults());
    Xml page = Xml.parse(Epubs.text(book, "EPUB/title.xhtml"));
    assertThat(page.strings("//h:section[@epub:type='titlepage']/h:div[@class='cp-book-clinic']/h:p"))
        .containsExactly("Riverside <Practice>", "01632 960123", "riverside.example");
    assertThat(page.strings("//h:section[@epub:type='titlepage']/h:p"))
        .containsExactly("Plain-language articles", "By Renée Okafor, MD, MPH", "Example Health Press");
    assertThat(EpubCheckSupport.check(book, "clinic.epub").errors()).isEmpty();
  }

  @Test
  void withoutClinicSettingsTheBookIsTheSameBytes() {
    assertThat(Epubs.book(EpubRenderer.builder().clinic(" ", "", "", "").build(), SampleArticles.book(),
        RenderContext.defaults())).isEqualTo(Epubs.book(EpubRenderer.create(), SampleArticles.book(),
        RenderContext.defaults()));
  }

  @Test
  void singleArticleHasNoTitlePage() {
    assertThat(Epubs.entries(Epubs.article(SampleArticles.everything()))).doesNotContainKey("EPUB/title.xhtml");
  }
}
