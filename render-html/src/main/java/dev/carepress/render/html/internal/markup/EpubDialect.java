package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Table;
import dev.carepress.render.Labels;
import dev.carepress.render.html.markup.MarkupWriter;

/**
 * The EPUB content document dialect: {@code epub:type} with its matching DPUB-ARIA role on the
 * same element (DAISY Ace checks the pair), each footnote an {@code <aside>}, and nothing reading
 * systems do not use (lazy loading, scrollable regions).
 */
final class EpubDialect implements MarkupDialect {
  static final EpubDialect INSTANCE = new EpubDialect();

  private EpubDialect() {}

  @Override
  public void part(Part part, MarkupWriter out) {
    switch (part) {
      case CONTENTS:
        out.attr("role", "doc-toc");
        break;
      case GLOSSARY:
        out.attr("role", "doc-glossary").attr("epub:type", "glossary");
        break;
      case FOOTNOTES:
        out.attr("role", "doc-endnotes").attr("epub:type", "endnotes");
        break;
      case REFERENCES:
        out.attr("role", "doc-bibliography").attr("epub:type", "bibliography");
        break;
      default:
    }
  }

  @Override
  public void glossaryTerm(MarkupWriter out) {
    out.attr("epub:type", "glossterm");
  }

  @Override
  public void glossaryDefinition(MarkupWriter out) {
    out.attr("epub:type", "glossdef");
  }

  @Override
  public void termReference(MarkupWriter out) {
    out.attr("epub:type", "glossref").attr("role", "doc-glossref");
  }

  @Override
  public void noteReference(MarkupWriter out) {
    out.attr("epub:type", "noteref").attr("role", "doc-noteref");
  }

  @Override
  public void backLink(MarkupWriter out) {
    out.attr("role", "doc-backlink");
  }

  @Override
  public void openNotes(MarkupWriter out) {}

  @Override
  public void closeNotes(MarkupWriter out) {}

  @Override
  public void openNote(MarkupWriter out, String id, int number, Labels labels) {
    out.start("aside").attr("id", id).attr("class", "cp-footnote").attr("epub:type", "footnote")
        .attr("role", "doc-footnote").newline();
    out.start("p").attr("class", "cp-footnote-label").text(labels.format("footnoteRef", number)).end("p").newline();
  }

  @Override
  public void closeNote(MarkupWriter out) {
    out.end("aside").newline();
  }

  @Override
  public void image(MarkupWriter out, boolean lead) {}

  @Override
  public void tableBox(MarkupWriter out, Table table, Labels labels) {}
}
