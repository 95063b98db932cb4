package dev.carepress.examples;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.FileSink;
import dev.carepress.render.RenderContext;
import dev.carepress.render.html.HtmlMode;
import dev.carepress.render.html.HtmlRenderer;
import dev.carepress.render.html.PageContext;
import dev.carepress.render.html.PageKind;
import dev.carepress.render.html.PageShell;
import dev.carepress.render.html.markup.MarkupWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Themes the HTML output without forking it: a clinic's own header, navigation and footer through
 * a {@link PageShell}, brand colours added after the default stylesheet, labels changed in
 * every language; then writes a static site of the example articles and a
 * fragment for a CMS. Public API only.
 *
 * <pre>{@code java -cp ... dev.carepress.examples.HtmlThemeExample examples/articles out/site}</pre>
 */
public final class HtmlThemeExample {
  private HtmlThemeExample() {}

  /** The clinic's page shell: a branded header with navigation, a footer with contact details. */
  static final class ClinicShell implements PageShell {
    @Override
    public void head(PageContext page, MarkupWriter out) {
      out.empty("meta").attr("name", "theme-color").attr("content", "#00594f").newline();
    }

    @Override
    public void header(PageContext page, MarkupWriter out) {
      String home = page.homeHref().orElse("https://clinic.example.org/");
      out.start("header").attr("class", "clinic-header").newline();
      out.start("a").attr("class", "clinic-logo").attr("href", home).text("Riverside Clinic").end("a").newline();
      out.start("nav").attr("aria-label", "Clinic").newline().start("ul").newline();
      link(out, "https://clinic.example.org/appointments", "Appointments");
      link(out, "https://clinic.example.org/contact", "Contact us");
      out.end("ul").newline().end("nav").newline();
      out.end("header").newline();
    }

    @Override
    public void footer(PageContext page, MarkupWriter out) {
      out.start("footer").attr("class", "clinic-footer").newline();
      out.start("p").text("Riverside Clinic \u00b7 12 River Road \u00b7 Call ")
          .start("a").attr("href", "tel:+15550100").text("555-0100").end("a")
          .text(" \u00b7 In an emergency, call 911.").end("p").newline();
      if (page.kind() == PageKind.ARTICLE) {
        out.start("p").text("Questions about \u201c" + page.title() + "\u201d? Ask your care team.").end("p").newline();
      }
      out.end("footer").newline();
    }

    private static void link(MarkupWriter out, String href, String text) {
      out.start("li").start("a").attr("href", href).text(text).end("a").end("li").newline();
    }
  }

  /** The brand: colours and the header and footer the shell writes; the default stylesheet does the rest. */
  static final String BRAND_CSS = """
      :root { --cp-accent: #00594f; --cp-link: #00594f; --cp-focus: #00594f; }
      @media (prefers-color-scheme: dark) { :root { --cp-accent: #5fd3c2; --cp-link: #5fd3c2; --cp-focus: #5fd3c2; } }
      .clinic-header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
        gap: 0.5rem 1.5rem; padding: 0.75rem 1.25rem; background: #00594f; }
      .clinic-header a { color: #ffffff; }
      .clinic-logo { font-weight: 700; font-size: 1.25rem; text-decoration: none; }
      .clinic-header ul { display: flex; gap: 1.25rem; list-style: none; margin: 0; padding: 0; }
      .clinic-footer { max-width: 70ch; margin: 3rem auto 2rem; padding: 1rem 1.25rem 0;
        border-top: 1px solid var(--cp-border); font-size: 1rem; color: var(--cp-muted); }
      @media print { .clinic-header { background: none; } .clinic-header a { color: #000000; } }
      """;

  /** Writes a themed site of the articles in the folder, and one article as a fragment. */
  public static void main(String[] args) throws Exception {
    Path articlesDir = Path.of(args.length > 0 ? args[0] : "examples/articles");
    Path out = Path.of(args.length > 1 ? args[1] : "out/site");
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(articlesDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        articles.add(MarkdownArticleReader.create().read(file));
      }
    }

    HtmlRenderer html = HtmlRenderer.builder()
        .baseUrl("https://clinic.example.org/health/")
        .siteName("Riverside Clinic")
        .shell(new ClinicShell())
        .addStylesheet(BRAND_CSS)
        .labels(Map.of("related", "More from your care team",                  // in every language
            "keyPoints", "What you need to know"))
        .build();

    Book site = Book.of(new BookMetadata("Health library", Optional.of("Guides from your care team"), "library",
        List.of(), Optional.of("Riverside Clinic"), "en", Optional.empty(), Optional.empty()), articles);
    html.renderSite(site, FileSink.directory(out), RenderContext.defaults()
        .withWarnings(problem -> System.err.println(problem)));

    // For a CMS: only the <article>, plus the stylesheet to serve beside it.
    HtmlRenderer fragment = html.toBuilder().mode(HtmlMode.FRAGMENT).build();
    Files.writeString(out.resolve("fragment.html"), fragment.renderToString(articles.get(0)), StandardCharsets.UTF_8);
    System.out.println("wrote " + out.resolve("index.html") + " and " + out.resolve("fragment.html"));
  }
}
