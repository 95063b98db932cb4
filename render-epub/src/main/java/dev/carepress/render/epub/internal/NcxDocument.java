package dev.carepress.render.epub.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The EPUB 2 table of contents ({@code toc.ncx}), for reading systems that predate EPUB 3. */
final class NcxDocument {
  private NcxDocument() {}

  static void write(Writer out, Publication publication, List<TocEntry> toc) throws IOException {
    XmlOut x = new XmlOut(out);
    int depth = 1;
    for (TocEntry entry : toc) {
      depth = Math.max(depth, entry.depth());
    }
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.start("ncx").attr("xmlns", "http://www.daisy.org/z3986/2005/ncx/").attr("version", "2005-1")
        .attr("xml:lang", publication.language()).nl();
    x.start("head").nl();
    meta(x, "dtb:uid", publication.identifier());
    meta(x, "dtb:depth", String.valueOf(depth));
    meta(x, "dtb:totalPageCount", "0");
    meta(x, "dtb:maxPageNumber", "0");
    x.end("head").nl();
    x.start("docTitle").element("text", publication.title()).end("docTitle").nl();
    x.start("navMap").nl();
    int[] order = {0};
    points(x, toc, order);
    x.end("navMap").nl();
    x.end("ncx").nl();
  }

  private static void meta(XmlOut x, String name, String content) throws IOException {
    x.start("meta").attr("name", name).attr("content", content).endEmpty().nl();
  }

  private static void points(XmlOut x, List<TocEntry> entries, int[] order) throws IOException {
    for (TocEntry entry : entries) {
      order[0]++;
      x.start("navPoint").attr("id", "np-" + order[0]).attr("playOrder", String.valueOf(order[0])).nl();
      x.start("navLabel").element("text", entry.title()).end("navLabel").nl();
      x.start("content").attr("src", entry.href()).endEmpty().nl();
      points(x, entry.children(), order);
      x.end("navPoint").nl();
    }
  }
}
