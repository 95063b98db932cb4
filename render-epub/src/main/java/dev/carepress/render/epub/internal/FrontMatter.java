package dev.carepress.render.epub.internal;

import dev.carepress.model.Person;
import dev.carepress.render.Labels;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The documents Carepress makes up around the articles: the cover page and the title page. */
final class FrontMatter {
  private FrontMatter() {}

  /** Writes the XML declaration, the {@code html} start tag and the head of a generated document. */
  static void open(XmlOut x, Publication publication, String title, String stylesheetHref) throws IOException {
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
    x.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("xmlns:epub", "http://www.idpf.org/2007/ops")
        .attr("lang", publication.language()).attr("xml:lang", publication.language());
    if (Publications.rightToLeft(publication.language())) {
      x.attr("dir", "rtl");
    }
    x.nl().start("head").nl();
    x.element("title", title).nl();
    x.start("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", stylesheetHref).endEmpty().nl();
    x.end("head").nl();
  }

  /** {@code cover.xhtml}: the cover image filling the page. */
  static void cover(Writer out, Publication publication, Labels labels, String imageHref, String alt)
      throws IOException {
    XmlOut x = new XmlOut(out);
    open(x, publication, labels.get("cover") + " – " + publication.title(), "css/carepress.css");
    x.start("body").attr("class", "cp-cover-page").attr("epub:type", "frontmatter").nl();
    x.start("section").attr("class", "cp-cover").attr("epub:type", "cover").attr("aria-label", labels.get("cover")).nl();
    x.start("img").attr("src", imageHref).attr("alt", alt).attr("role", "doc-cover").endEmpty().nl();
    x.end("section").nl();
    x.end("body").nl().end("html").nl();
  }

  /** {@code title.xhtml}: title, subtitle, authors and publisher, and the clinic's lines if any. */
  static void titlePage(Writer out, Publication publication, Labels labels, List<String> clinic)
      throws IOException {
    XmlOut x = new XmlOut(out);
    open(x, publication, publication.title(), "css/carepress.css");
    x.start("body").attr("class", "cp-title-page").attr("epub:type", "frontmatter").nl();
    x.start("section").attr("class", "cp-titlepage").attr("epub:type", "titlepage")
        .attr("aria-labelledby", "book-title").nl();
    x.start("h1").attr("id", "book-title").text(publication.title()).end("h1").nl();
    if (publication.subtitle().isPresent()) {
      x.start("p").attr("class", "cp-book-subtitle").text(publication.subtitle().get()).end("p").nl();
    }
    List<Person> creators = publication.creators();
    if (!creators.isEmpty()) {
      String names = labels.joinNames(creators.stream().map(labels::displayName).toList());
      x.start("p").attr("class", "cp-book-authors").text(labels.format("by", names)).end("p").nl();
    }
    if (publication.publisher().isPresent()) {
      x.start("p").attr("class", "cp-book-publisher").text(publication.publisher().get()).end("p").nl();
    }
    if (!clinic.isEmpty()) {
      x.start("div").attr("class", "cp-book-clinic").nl();
      for (String line : clinic) {
        x.start("p").text(line).end("p").nl();
      }
      x.end("div").nl();
    }
    x.end("section").nl();
    x.end("body").nl().end("html").nl();
  }
}
