package dev.carepress.render.epub.internal;

import dev.carepress.render.Labels;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The EPUB 3 navigation document: the table of contents and the landmarks. */
final class NavDocument {
  private NavDocument() {}

  /**
   * Writes {@code nav.xhtml}.
   *
   * @param landmarks the landmarks, in order
   */
  static void write(Writer out, Publication publication, Labels labels, List<TocEntry> toc, List<Landmark> landmarks)
      throws IOException {
    XmlOut x = new XmlOut(out);
    FrontMatter.open(x, publication, labels.get("tableOfContents"), "css/carepress.css");
    x.start("body").attr("epub:type", "frontmatter").nl();
    x.start("nav").attr("epub:type", "toc").attr("id", "toc").attr("role", "doc-toc")
        .attr("aria-labelledby", "toc-title").nl();
    x.start("h1").attr("id", "toc-title").text(labels.get("tableOfContents")).end("h1").nl();
    list(x, toc);
    x.end("nav").nl();
    x.start("nav").attr("epub:type", "landmarks").attr("id", "landmarks").attr("hidden", "hidden")
        .attr("aria-labelledby", "landmarks-title").nl();
    x.start("h2").attr("id", "landmarks-title").text(labels.get("landmarks")).end("h2").nl();
    x.start("ol").nl();
    for (Landmark landmark : landmarks) {
      x.start("li").start("a").attr("epub:type", landmark.type()).attr("href", landmark.href())
          .text(landmark.label()).end("a").end("li").nl();
    }
    x.end("ol").nl();
    x.end("nav").nl();
    x.end("body").nl().end("html").nl();
  }

  private static void list(XmlOut x, List<TocEntry> entries) throws IOException {
    x.start("ol").nl();
    for (TocEntry entry : entries) {
      x.start("li");
      if (entry.language().isPresent()) {
        String language = entry.language().get();
        x.attr("lang", language).attr("xml:lang", language)
            .attr("dir", Publications.rightToLeft(language) ? "rtl" : "ltr");
      }
      x.start("a").attr("href", entry.href()).text(entry.title()).end("a");
      if (!entry.children().isEmpty()) {
        x.nl();
        list(x, entry.children());
      }
      x.end("li").nl();
    }
    x.end("ol").nl();
  }
}
