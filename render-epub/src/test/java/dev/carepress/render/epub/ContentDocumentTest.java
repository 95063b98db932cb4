package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Link;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Section;
import dev.carepress.model.Text;
import dev.carepress.render.RenderContext;
import dev.carepress.testing.SampleArticles;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** One XHTML content document per article, with the parts of the HTML page and EPUB semantics. */
class ContentDocumentTest {
  private static final String ASTHMA = "EPUB/text/living-well-with-asthma.xhtml";

  private static final Article ALLERGIES = Article.builder()
      .title("Allergies").slug("allergies")
      .section("What they are", Paragraph.of("An allergy is a reaction to something harmless."))
      .build();

  private static Book bookWithAllergies() {
    return Book.of(BookMetadata.of("Guide"), List.of(SampleArticles.everything(), ALLERGIES));
  }

  @Test
  void headerCarriesCategoryTitleBylineDatesAndReview() {
    Xml doc = Xml.parse(Epubs.text(Epubs.article(SampleArticles.everything()), ASTHMA));
    assertThat(doc.string("/h:html/@xml:lang")).isEqualTo("en");
    assertThat(doc.string("//h:title")).isEqualTo("Living well with asthma");
    assertThat(doc.count("//h:h1")).isEqualTo(1);
    assertThat(doc.strings("//h:header/h:p")).containsExactly(
        "Lungs and breathing",
        "A guide for patients and families",
        "What asthma is, how to spot an attack, and the steps that keep your airways calm.",
        "By Alex Rivera, RN",
        "Medically reviewed by Dana Okafor, MD on February 1, 2025");
    assertThat(doc.strings("//h:header/h:ul[@class='cp-facts']/h:li"))
        .startsWith("Published March 4, 2024", "Updated January 20, 2025");
    assertThat(doc.strings("//h:footer/h:p"))
        .containsExactly("Last reviewed February 1, 2025Next review due February 1, 2027",
            "This guide is general information and does not replace advice from your own doctor.");
    assertThat(doc.string("//h:body/h:section[@epub:type='chapter']/@role")).isEqualTo("doc-chapter");
    assertThat(doc.string("//h:body/h:section[@epub:type='chapter']/@aria-labelledby")).isEqualTo("title");
  }

  @Test
  void keyPointsSectionsAndHeadingLevelsFollowTheModel() {
    Xml doc = Xml.parse(Epubs.text(Epubs.article(SampleArticles.everything()), ASTHMA));
    assertThat(doc.strings("//h:section[@id='key-points']/h:ul/h:li")).hasSize(3);
    assertThat(doc.strings("//h:h2")).containsExactly("Key points", "What is asthma?", "Using your inhaler",
        "When to get help", "Glossary", "Notes", "References", "Related articles");
    assertThat(doc.strings("//h:section[@id='what-is-asthma']/h:section[@id='common-triggers']/h:h3"))
        .containsExactly("Common triggers");
  }

  @Test
  void calloutsShowTheirKindAsAVisibleLabel() {
    Xml doc = Xml.parse(Epubs.text(Epubs.article(SampleArticles.everything()), ASTHMA));
    assertThat(doc.strings("//h:div[contains(@class,'cp-callout')]/h:p[@class='cp-callout-label']"))
        .containsExactly("Tip", "Warning", "Note", "Important", "Caution");
    assertThat(doc.string("//h:div[contains(@class,'cp-callout-warning')]/@role")).isEqualTo("note");
  }

  @Test
  void tablesHaveCaptionsAndColumnHeaders() {
    Xml doc = Xml.parse(Epubs.text(Epubs.article(SampleArticles.everything()), ASTHMA));
    assertThat(doc.strings("//h:table/h:caption")).containsExactly("Your inhalers at a glance");
    assertThat(doc.strings("//h:table[1]/h:thead/h:tr/h:th/@scope")).containsOnly("col");
    assertThat(doc.strings("//h:td[@class='cp-align-right']")).containsExactly("1", "2");
  }

  @Test
  void glossaryIsAnEpubGlossaryListWithDefinitionsAndFirstUsesLinkToIt() {
    Xml doc = Xml.parse(Epubs.text(Epubs.article(SampleArticles.everything()), ASTHMA));
    String list = "//h:section[@id='glossary'][@epub:type='glossary'][@role='doc-glossary']/h:dl";
    assertThat(doc.strings(list + "/h:dt[@epub:type='glossterm']/h:dfn")).containsExactly("airways", "trigger");
    assertThat(doc.strings(list + "/h:dt/@id")).containsExactly("term-airways", "term-trigger");
    assertThat(doc.strings(list + "/h:dd[@epub:type='glossdef']")).first().asString().startsWith("The tubes");
    assertThat(doc.strings("//h:a[@epub:type='glossref'][@role='doc-glossref']/@href")).containsExactly("#term-airways");
  }

  @Test
  void footnotesAreEpubFootnoteAsidesReachedByNoterefs() {
    Xml doc = Xml.parse(Epubs.text(Epubs.article(SampleArticles.everything()), ASTHMA));
    assertThat(doc.string("//h:a[@epub:type='noteref']/@href")).isEqualTo("#fn-1");
    assertThat(doc.string("//h:a[@epub:type='noteref']/@id")).isEqualTo("fnref-1");
    String note = "//h:section[@id='footnotes']/h:aside[@epub:type='footnote'][@id='fn-1']";
    assertThat(doc.string(note + "/@role")).isEqualTo("doc-footnote");
    assertThat(doc.string(note)).contains("Based on the 2024 national asthma survey.");
    assertThat(doc.string(note + "//h:a[@role='doc-backlink']/@href")).isEqualTo("#fnref-1");
    assertThat(doc.string("//h:section[@id='footnotes']/@epub:type")).isEqualTo("endnotes");
  }

  @Test
  void referencesAreAnOrderedBibliography() {
    Xml doc = Xml.parse(Epubs.text(Epubs.article(SampleArticles.everything()), ASTHMA));
    String refs = "//h:section[@id='references'][@epub:type='bibliography']/h:ol/h:li";
    assertThat(doc.strings(refs)).containsExactly(
        "Asthma: diagnosis and management. Example Health Institute, 2024.", "Inhaler technique videos");
    assertThat(doc.strings(refs + "/h:cite/h:a/@href"))
        .containsExactly("https://www.example.org/guidelines/asthma", "https://www.example.org/inhalers");
  }

  @Test
  void relatedArticleInTheBookIsLinkedInsideTheBookAndOthersStayExternal() {
    Xml doc = Xml.parse(Epubs.text(Epubs.book(bookWithAllergies()), ASTHMA));
    assertThat(doc.strings("//h:section[@id='related']//h:a/@href"))
        .containsExactly("allergies.xhtml", "https://www.example.org/quit");

    Xml alone = Xml.parse(Epubs.text(Epubs.article(SampleArticles.everything()), ASTHMA));
    assertThat(alone.strings("//h:section[@id='related']//h:a/@href")).containsExactly("https://www.example.org/quit");
    assertThat(alone.string("//h:section[@id='related']//h:li[1]"))
        .isEqualTo("AllergiesHow allergies and asthma are linked.");
    assertThat(alone.count("//h:section[@id='related']//h:li[1]/h:a")).as("slug not in this e-book").isZero();
  }

  @Test
  void linksThatCannotWorkInTheBookBecomeTextWithAWarning() {
    Article article = Article.builder().title("Links").slug("links")
        .section(new Section("s", "Links", List.of(Paragraph.of(
            Link.of("javascript:alert(1)", "bad"), new Text(" "),
            Link.of("allergies.md", "by file"), new Text(" "),
            Link.of("../elsewhere/page.html", "elsewhere"), new Text(" "),
            Link.of("#s", "here"), new Text(" "),
            Link.of("#nowhere", "nowhere"), new Text(" "),
            Link.of("https://exa mple.org/a b", "spaces"))), List.of()))
        .build();
    List<Problem> warnings = new CopyOnWriteArrayList<>();
    byte[] epub = Epubs.book(EpubRenderer.create(),
        Book.of(BookMetadata.of("Guide"), List.of(article, ALLERGIES)), RenderContext.defaults().withWarnings(warnings::add));
    Xml doc = Xml.parse(Epubs.text(epub, "EPUB/text/links.xhtml"));
    assertThat(doc.strings("//h:section[@id='s']//h:a/@href")).containsExactly("allergies.xhtml", "#s");
    assertThat(doc.string("//h:section[@id='s']/h:p")).isEqualTo("bad by file elsewhere here nowhere spaces");
    assertThat(warnings).extracting(Problem::code).containsOnly("link-left-out").hasSize(4);
    assertThat(warnings.get(0).message()).contains("javascript:alert(1)");
    assertThat(EpubCheckSupport.check(epub, "links.epub").errors()).isEmpty();
  }

  @Test
  void spanishArticleHasSpanishLabelsAndDates() {
    Xml doc = Xml.parse(Epubs.text(Epubs.article(SampleArticles.spanish()), "EPUB/text/lavarse-las-manos.xhtml"));
    assertThat(doc.string("/h:html/@lang")).isEqualTo("es");
    assertThat(doc.strings("//h:header//h:li")).contains("Publicado el 3 de marzo de 2025", "12.345 visitas");
    assertThat(doc.strings("//h:header/h:p"))
        .contains("Revisado médicamente por Lucía Fernández, MD el 3 de marzo de 2025");
    assertThat(doc.strings("//h:h2")).first().isEqualTo("Puntos clave");
  }

  @Test
  void labelOverridesReplaceTheBuiltInWords() {
    EpubRenderer renderer = EpubRenderer.builder().labels(java.util.Map.of("keyPoints", "At a glance")).build();
    Xml doc = Xml.parse(Epubs.text(Epubs.article(renderer, SampleArticles.everything(), RenderContext.defaults()), ASTHMA));
    assertThat(doc.strings("//h:h2")).first().isEqualTo("At a glance");
  }

  @Test
  void hostileTextIsEscapedAndCharactersXmlForbidsAreReplaced() {
    String nasty = "<script>alert(1)</script> & \"quotes\" \u0000\u0007\u001B\u0085 \uD800 \uFFFF ok";
    Article article = Article.builder().title("Nasty " + nasty).slug("nasty").summary(nasty)
        .section(new Section("s", "Section " + nasty, List.of(Paragraph.of(nasty)), List.of()))
        .build();
    byte[] epub = Epubs.article(article);
    String text = Epubs.text(epub, "EPUB/text/nasty.xhtml");
    Xml doc = Xml.parse(text);
    assertThat(doc.count("//h:script")).isZero();
    assertThat(doc.string("//h:section[@id='s']/h:p"))
        .isEqualTo("<script>alert(1)</script> & \"quotes\" \uFFFD\uFFFD\uFFFD\uFFFD \uFFFD \uFFFD ok");
    assertThat(EpubCheckSupport.check(epub, "nasty.epub").errors()).isEmpty();
  }

  @Test
  void stylesheetUsesNoFixedWidthsAndExtraRulesComeAfterIt() {
    EpubRenderer renderer = EpubRenderer.builder().addStylesheet("h1 { color: navy; }").build();
    String css = Epubs.text(Epubs.article(renderer, SampleArticles.minimal(), RenderContext.defaults()),
        "EPUB/css/carepress.css");
    assertThat(css).doesNotContainPattern("\\b(width|font-size)\\s*:\\s*[0-9.]+(px|pt|cm|mm|in)");
    assertThat(css).doesNotContainPattern("(?<!-)\\bwidth\\s*:\\s*[0-9]");
    assertThat(css).endsWith("h1 { color: navy; }\n");
  }

  @Test
  void relativeOrMalformedAddressesOfReferencesAndPeopleAreNotLinked() {
    Article article = SampleArticles.minimal().toBuilder()
        .author(new dev.carepress.model.Person("Ana", java.util.Optional.empty(), java.util.Optional.of("/people/ana")))
        .reference(new dev.carepress.model.Reference("Local notes", java.util.Optional.of("notes.html"),
            java.util.Optional.empty(), java.util.OptionalInt.empty()))
        .reference(dev.carepress.model.Reference.of("Broken", "https://exa mple.org/x"))
        .reference(dev.carepress.model.Reference.of("Fine", "https://example.org/a b"))
        .build();
    byte[] epub = Epubs.article(article);
    Xml doc = Xml.parse(Epubs.text(epub, "EPUB/text/minimal.xhtml"));
    assertThat(doc.count("//h:p[@class='cp-byline']/h:a")).isZero();
    assertThat(doc.strings("//h:section[@id='references']//h:a/@href")).containsExactly("https://example.org/a%20b");
    assertThat(EpubCheckSupport.check(epub, "addresses.epub").errors()).isEmpty();
  }
}
