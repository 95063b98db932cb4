package dev.carepress.render.html;

import dev.carepress.render.html.markup.MarkupWriter;

/**
 * The parts of a page around the article that a site changes to look like itself: extra elements
 * in {@code <head>}, the page header and the page footer. Implement the methods you want to
 * change; the others keep the {@link #standard()} behaviour.
 *
 * <pre>{@code
 * PageShell shell = new PageShell() {
 *   public void header(PageContext page, MarkupWriter out) {
 *     out.start("header").attr("class", "site").start("a").attr("href", "/").text("Example Health")
 *         .end("a").end("header").newline();
 *   }
 * };
 * HtmlRenderer html = HtmlRenderer.builder().shell(shell).build();
 * }</pre>
 *
 * <p>Hooks write through a {@link MarkupWriter}, which escapes text and refuses script and inline
 * styles, so the page keeps working under its Content-Security-Policy. The renderer itself writes
 * the skip link, the {@code <main>} landmark, the breadcrumb and the article, so those stay
 * accessible whatever the shell does. A shell must be thread-safe (stateless is simplest).
 *
 * <p>To fill the header and footer from a template engine instead, render the template inside
 * the hook and write its result with {@link MarkupWriter#trusted(String)}.
 */
public interface PageShell {

  /** Writes extra elements at the end of {@code <head>} (icons, fonts, meta tags); default none. */
  default void head(PageContext page, MarkupWriter out) {}

  /**
   * Writes the page header before {@code <main>}; default: a {@code <header>} with the site name
   * linking home, when there is a site name, else nothing.
   */
  default void header(PageContext page, MarkupWriter out) {
    if (page.siteName().isEmpty()) {
      return;
    }
    out.start("header").attr("class", "cp-site-header").newline();
    if (page.homeHref().isPresent() && page.kind() != PageKind.INDEX) {
      out.start("a").attr("class", "cp-site-name").attr("href", page.homeHref().get())
          .text(page.siteName().get()).end("a");
    } else {
      out.start("span").attr("class", "cp-site-name").text(page.siteName().get()).end("span");
    }
    out.newline().end("header").newline();
  }

  /**
   * Writes the page footer after {@code <main>}; default: a {@code <footer>} with the site name,
   * when there is one, else nothing.
   */
  default void footer(PageContext page, MarkupWriter out) {
    if (page.siteName().isEmpty()) {
      return;
    }
    out.start("footer").attr("class", "cp-site-footer").newline()
        .start("p").text(page.siteName().get()).end("p").newline()
        .end("footer").newline();
  }

  /** The standard shell: site name in the header and footer when there is one. */
  static PageShell standard() {
    return new PageShell() {};
  }
}
