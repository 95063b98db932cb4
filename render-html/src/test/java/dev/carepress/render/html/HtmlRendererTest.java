package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Link;
import dev.carepress.model.Paragraph;
import dev.carepress.model.RelatedLink;
import dev.carepress.render.FileSink;
import dev.carepress.render.OptionValues;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import dev.carepress.render.html.internal.Stylesheet;
import dev.carepress.render.html.markup.MarkupOptions;
import dev.carepress.render.html.markup.MarkupWriter;
import dev.carepress.testing.SampleArticles;
import dev.carepress.text.Xml;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlRendererTest {

  @Test
  void pageHasLanguageMetadataOneH1AndLandmarks() {
    String page = HtmlRenderer.builder().baseUrl("https://health.example.org/a").build()
        .renderToString(SampleArticles.everything());
    assertThat(page).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" dir=\"ltr\">")
        .contains("<meta charset=\"utf-8\" />")
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
        .contains("<title>Living well with asthma</title>")
        .contains("<meta name=\"description\" content=\"What asthma is, how to spot an attack")
        .contains("<link rel=\"canonical\" href=\"https://health.example.org/a/living-well-with-asthma.html\" />")
        .contains("<meta property=\"og:url\" content=\"https://health.example.org/a/living-well-with-asthma.html\" />")
        .contains("<a class=\"cp-skip\" href=\"#main\">Skip to main content</a>")
        .contains("<main id=\"main\">")
        .contains("<nav class=\"cp-breadcrumb\" aria-label=\"Breadcrumb\">");
    assertThat(page.split("<h1", -1)).hasSize(2);
  }

  @Test
  void readerSeesViewsReadingTimeDatesAndReviewInTheArticleLanguage() {
    String english = HtmlRenderer.create().renderToString(SampleArticles.everything());
    assertThat(english).contains("<li>2,348 views</li>").contains("<li>1 min read</li>")
        .contains("Medically reviewed by <bdi><a href=\"https://health.example.org/people/dana-okafor\">Dana Okafor, MD</a></bdi>"
            + " on <time datetime=\"2025-02-01\">February 1, 2025</time>")
        .contains("Next review due <time datetime=\"2027-02-01\">February 1, 2027</time>")
        .contains("<p class=\"cp-disclaimer\" id=\"disclaimer\">This guide is general information");
    String spanish = HtmlRenderer.create().renderToString(SampleArticles.spanish());
    assertThat(spanish).contains("lang=\"es\"").contains("<li>12.345 visitas</li>")
        .contains("<h2 id=\"key-points-title\">Puntos clave</h2>")
        .contains("<time datetime=\"2025-03-03\">3 de marzo de 2025</time>")
        .contains("Saltar al contenido principal");
  }

  @Test
  void arabicArticlesAreRightToLeft() {
    Article arabic = Article.builder().title("الربو").language("ar").build();
    assertThat(HtmlRenderer.create().renderToString(arabic)).contains("lang=\"ar\" dir=\"rtl\"");
  }

  @Test
  void labelsCanBeOverriddenInEveryLanguage() {
    HtmlRenderer html = HtmlRenderer.builder().labels(Map.of("keyPoints", "At a glance")).build();
    assertThat(html.renderToString(SampleArticles.everything())).contains(">At a glance</h2>");
    assertThat(html.renderToString(SampleArticles.spanish())).contains(">At a glance</h2>");
    HtmlRenderer fromSettings = HtmlRenderer.builder()
        .apply(Settings.of(Map.of("labels.keyPoints", "At a glance"))).build();
    assertThat(fromSettings.renderToString(SampleArticles.everything()))
        .isEqualTo(html.renderToString(SampleArticles.everything()));
    assertThatThrownBy(() -> HtmlRenderer.builder().labels(Map.of("noSuchKey", "x")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("labels.noSuchKey");
    assertThatThrownBy(() -> HtmlRenderer.builder().apply(Settings.of(Map.of("labels.keyPoint", "x"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("did you mean 'keyPoints'");
  }

  @Test
  void tableOfContentsNeedsThreeSections() {
    assertThat(HtmlRenderer.create().renderToString(SampleArticles.everything())).contains("class=\"cp-toc\"");
    Article two = Article.builder().title("Two").section("A", Paragraph.of("a")).section("B", Paragraph.of("b")).build();
    assertThat(HtmlRenderer.create().renderToString(two)).doesNotContain("class=\"cp-toc\"");
  }

  @Test
  void fragmentIsJustTheArticle() {
    String fragment = HtmlRenderer.builder().mode(HtmlMode.FRAGMENT).build()
        .renderToString(SampleArticles.everything());
    assertThat(fragment).startsWith("<article class=\"cp-article\" aria-labelledby=\"title\">")
        .endsWith("</article>\n").doesNotContain("<html").doesNotContain("<script").doesNotContain("<style");
  }

  @Test
  void embeddedStylesheetIsAllowedByItsHash() {
    HtmlRenderer html = HtmlRenderer.builder().addStylesheet(".cp-title { color: #222; }").build();
    String page = html.renderToString(SampleArticles.minimal());
    String css = html.stylesheet();
    assertThat(css).startsWith(HtmlRenderer.defaultStylesheet()).endsWith(".cp-title { color: #222; }\n");
    assertThat(page).contains("<style>" + css + "</style>")
        .contains(Xml.attribute("style-src " + Stylesheet.cspHash(css) + ";"))
        .contains("default-src &#39;none&#39;");
    assertThat(page).doesNotContain(" style=");
  }

  @Test
  void linkedPageWritesItsStylesheetBeside(@TempDir Path dir) throws Exception {
    HtmlRenderer html = HtmlRenderer.builder().cssMode(CssMode.LINK).stylesheetName("health.css")
        .addStylesheetLink("https://cdn.example.org/brand.css").build();
    html.render(SampleArticles.everything(), dir.resolve("asthma.html"));
    String page = Files.readString(dir.resolve("asthma.html"));
    assertThat(page).contains("<link rel=\"stylesheet\" href=\"health.css\" />")
        .contains("<link rel=\"stylesheet\" href=\"https://cdn.example.org/brand.css\" />")
        .contains("style-src &#39;self&#39; https://cdn.example.org;").doesNotContain("<style>");
    assertThat(Files.readString(dir.resolve("health.css"))).isEqualTo(html.stylesheet());
  }

  @Test
  void shellHooksChangeHeadHeaderAndFooter() {
    PageShell shell = new PageShell() {
      @Override
      public void head(PageContext page, MarkupWriter out) {
        out.empty("link").attr("rel", "icon").attr("href", "/favicon.png").newline();
      }

      @Override
      public void header(PageContext page, MarkupWriter out) {
        out.start("header").attr("class", "brand").text("Clinic & Co <b>").end("header").newline();
      }

      @Override
      public void footer(PageContext page, MarkupWriter out) {
        out.start("footer").text("Footer for " + page.title()).end("footer").newline();
      }
    };
    String page = HtmlRenderer.builder().shell(shell).build().renderToString(SampleArticles.minimal());
    assertThat(page).contains("<link rel=\"icon\" href=\"/favicon.png\" />")
        .contains("<header class=\"brand\">Clinic &amp; Co &lt;b&gt;</header>\n<main id=\"main\">")
        .contains("</main>\n<footer>Footer for Minimal</footer>");
  }

  @Test
  void siteHasPagesIndexCategoriesOneStylesheetAndRelativeRelatedLinks() throws Exception {
    Article asthma = SampleArticles.everything().toBuilder()
        .introduction(Paragraph.of(Link.of("allergies.md#causes", "allergies"), Link.of("elsewhere.md", "other")))
        .build();
    Article allergies = SampleArticles.everything().toBuilder().slug("allergies").title("Allergies")
        .related(RelatedLink.toSlug("Back to asthma", "living-well-with-asthma")).build();
    Book book = Book.of(BookMetadata.of("Health A to Z"), List.of(asthma, allergies, SampleArticles.spanish()));
    Map<String, String> files = new TreeMap<>();
    FileSink sink = path -> new ByteArrayOutputStream() {
      @Override
      public void close() {
        files.put(path, toString(StandardCharsets.UTF_8));
      }
    };
    HtmlRenderer.create().renderSite(book, sink, RenderContext.defaults());
    assertThat(files).containsOnlyKeys("carepress.css", "index.html", "living-well-with-asthma.html",
        "allergies.html", "lavarse-las-manos.html", "category-lungs-and-breathing.html", "category-prevencion.html");
    assertThat(files.get("living-well-with-asthma.html"))
        .contains("<a href=\"allergies.html\"><bdi>Allergies</bdi></a>")
        .contains("<a href=\"allergies.html#causes\">allergies</a>")
        .contains("<a href=\"elsewhere.md\">other</a>")
        .contains("<link rel=\"stylesheet\" href=\"carepress.css\" />")
        .contains("<p class=\"cp-category\"><bdi><a href=\"category-lungs-and-breathing.html\">Lungs and breathing</a></bdi></p>")
        .doesNotContain("<style>");
    assertThat(files.get("allergies.html")).contains("<a href=\"living-well-with-asthma.html\"><bdi>Back to asthma</bdi></a>");
    assertThat(files.get("index.html")).contains("<h1>Health A to Z</h1>")
        .contains("<a href=\"category-prevencion.html\" dir=\"auto\">Prevención</a>")
        .contains("<section lang=\"es\" dir=\"ltr\">").contains("<li><a href=\"lavarse-las-manos.html\">Lavarse las manos</a>");
    assertThat(files.get("category-prevencion.html"))
        .contains("<li><a href=\"index.html\"><bdi>Health A to Z</bdi></a></li>")
        .contains("<h1 lang=\"es\" dir=\"ltr\">Prevención</h1>");
    assertThat(files.get("carepress.css")).isEqualTo(HtmlRenderer.create().stylesheet());
  }

  @Test
  void bookPageHoldsEveryArticleWithPrefixedIds() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlRenderer.create().renderBook(SampleArticles.book(), out);
    String page = out.toString(StandardCharsets.UTF_8);
    assertThat(page).contains("<h1 class=\"cp-title\">Everyday Health Guide</h1>")
        .contains("<a href=\"#a1-title\">Living well with asthma</a>")
        .contains("<h2 id=\"a2-title\" class=\"cp-title\">Lavarse las manos</h2>")
        .contains("<div lang=\"es\" dir=\"ltr\">")
        .contains("id=\"a1-what-is-asthma\"");
  }

  @Test
  void providerIsDiscoveredMapsSettingsAndRejectsUnknownKeys() {
    Renderer html = Renderers.discover().require("html",
        Settings.of(Map.of("mode", "fragment", "baseUrl", "https://x.example/", "stylesheet", "link", "toc", "2")));
    assertThat(html).isInstanceOf(HtmlRenderer.class);
    OptionValues options = ((HtmlRenderer) html).options();
    assertThat(options.get(HtmlRenderer.MODE)).isEqualTo(HtmlMode.FRAGMENT);
    assertThat(options.get(HtmlRenderer.BASE_URL)).isEqualTo("https://x.example/");
    assertThat(options.get(HtmlRenderer.CSS_MODE)).isEqualTo(CssMode.LINK);
    assertThat(options.get(MarkupOptions.TABLE_OF_CONTENTS_MINIMUM)).isEqualTo(2);
    assertThat(options).isEqualTo(HtmlRenderer.builder().mode(HtmlMode.FRAGMENT).baseUrl("https://x.example")
        .cssMode(CssMode.LINK).tableOfContentsMinimum(2).build().options());
    assertThatThrownBy(() -> Renderers.discover().require("html", Settings.of(Map.of("baseURL", "x"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("baseURL").hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> Renderers.discover().require("html", Settings.of(Map.of("baseUrl", "ftp://x"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> Renderers.discover().require("html", Settings.of(Map.of("stylesheet", "inline"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("one of embed, link");
  }

  @Test
  void aNullBaseUrlOrStylesheetNameIsRefusedNamingIt() {
    assertThatThrownBy(() -> HtmlRenderer.builder().baseUrl(null))
        .isInstanceOf(NullPointerException.class).hasMessage("baseUrl");
    assertThatThrownBy(() -> HtmlRenderer.builder().stylesheetName(null))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void everySettingAndItsBuilderMethodSetTheSameDeclaredOption(@TempDir Path dir) throws Exception {
    Path css = Files.writeString(dir.resolve("brand.css"), ".cp-title { color: #222; }");
    Map<String, String> text = new TreeMap<>(Map.ofEntries(
        Map.entry("mode", "fragment"), Map.entry("baseUrl", "https://x.example/a/"), Map.entry("siteName", "Clinic"),
        Map.entry("stylesheet", "link"), Map.entry("defaultStylesheet", "false"), Map.entry("css", css.toString()),
        Map.entry("stylesheetLink", "a.css https://cdn.example.org/b.css"), Map.entry("stylesheetName", "health.css"),
        Map.entry("csp", "false"), Map.entry("toc", "2"), Map.entry("wordsPerMinute", "120"),
        Map.entry("sectionLinks", "false"), Map.entry("labels.keyPoints", "At a glance"),
        Map.entry("clinicName", "Riverside"), Map.entry("clinicPhone", "0123"),
        Map.entry("clinicAddress", "1 River St"), Map.entry("clinicWeb", "https://riverside.example/"),
        Map.entry("clinicCallUs", "Call us if you feel worse"), Map.entry("calendar", "gregorian")));
    HtmlRenderer typed = HtmlRenderer.builder().mode(HtmlMode.FRAGMENT).baseUrl("https://x.example/a")
        .siteName("Clinic").cssMode(CssMode.LINK).defaultStylesheet(false).stylesheetFile(css)
        .addStylesheetLink("a.css").addStylesheetLink("https://cdn.example.org/b.css").stylesheetName("health.css")
        .contentSecurityPolicy(false).tableOfContentsMinimum(2).wordsPerMinute(120).sectionLinks(false)
        .labels(Map.of("keyPoints", "At a glance"))
        .clinic("Riverside", "0123", "1 River St", "https://riverside.example/")
        .clinicCallUs(" Call us if you feel worse ").calendar("gregorian").build();
    HtmlRenderer fromText = HtmlRenderer.builder().apply(Settings.of(text)).build();

    assertThat(HtmlRenderer.OPTIONS).as("every declared setting is set here")
        .extracting(o -> o.isPrefixed() ? o.key() + ".keyPoints" : o.key())
        .containsExactlyInAnyOrderElementsOf(text.keySet());
    assertThat(new HtmlRendererProvider().options()).isEqualTo(HtmlRenderer.OPTIONS);
    assertThat(fromText.options()).isEqualTo(typed.options());
    assertThat(typed.options().toSettings().asMap()).isEqualTo(text);
    assertThat(typed.stylesheet()).isEqualTo(".cp-title { color: #222; }\n");
    assertThat(fromText.renderToString(SampleArticles.everything()))
        .isEqualTo(typed.renderToString(SampleArticles.everything())).contains(">At a glance</h2>");
  }

  @Test
  void missingLocalImageInASiteIsShownAsItsDescriptionAndReported(@TempDir Path dir) throws Exception {
    Article article = SampleArticles.withFigure(dir.resolve("a.md"), "missing.png", "An inhaler", "Caption");
    List<dev.carepress.Problem> warnings = new java.util.ArrayList<>();
    HtmlRenderer.create().renderSite(Book.of(BookMetadata.of("B"), List.of(article)),
        FileSink.directory(dir.resolve("site")), RenderContext.defaults().withWarnings(warnings::add));
    assertThat(Files.readString(dir.resolve("site/living-well-with-asthma.html")))
        .contains("Image not available: An inhaler").doesNotContain("missing.png\"");
    assertThat(warnings).extracting(dev.carepress.Problem::code).contains("image-left-out");
    assertThat(Optional.of(dir.resolve("site/media")).filter(Files::exists)).isEmpty();
  }
}
