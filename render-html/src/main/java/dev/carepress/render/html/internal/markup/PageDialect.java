package dev.carepress.render.html.internal.markup;

import dev.carepress.model.PlainText;
import dev.carepress.model.Table;
import dev.carepress.render.Labels;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.ArrayList;
import java.util.List;

/** The web page dialect: footnotes as an ordered list, lazy images, focusable table regions. */
final class PageDialect implements MarkupDialect {
  static final PageDialect INSTANCE = new PageDialect();

  private PageDialect() {}

  @Override
  public void part(Part part, MarkupWriter out) {}

  @Override
  public void glossaryTerm(MarkupWriter out) {}

  @Override
  public void glossaryDefinition(MarkupWriter out) {}

  @Override
  public void termReference(MarkupWriter out) {}

  @Override
  public void noteReference(MarkupWriter out) {}

  @Override
  public void backLink(MarkupWriter out) {}

  @Override
  public void openNotes(MarkupWriter out) {
    out.start("ol").newline();
  }

  @Override
  public void closeNotes(MarkupWriter out) {
    out.end("ol").newline();
  }

  @Override
  public void openNote(MarkupWriter out, String id, int number, Labels labels) {
    out.start("li").attr("id", id).newline();
  }

  @Override
  public void closeNote(MarkupWriter out) {
    out.end("li").newline();
  }

  /** Every image but the lead one loads lazily: the lead image is the largest paint, wanted at once. */
  @Override
  public void image(MarkupWriter out, boolean lead) {
    if (!lead) {
      out.attr("loading", "lazy").attr("decoding", "async");
    }
  }

  /** A wide table scrolls inside its own box; the box is focusable so keyboard users can scroll it. */
  @Override
  public void tableBox(MarkupWriter out, Table table) {
    out.attr("role", "region").attr("tabindex", "0");
    if (table.caption().isPresent()) {
      out.attr("aria-label", table.caption().get());
    } else {
      List<String> names = new ArrayList<>();
      table.header().cells().forEach(c -> names.add(PlainText.of(c.content())));
      out.attr("aria-label", String.join(", ", names));
    }
  }
}
