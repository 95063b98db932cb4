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

  /**
   * A wide table scrolls inside its own box; the box is focusable so keyboard users can scroll it,
   * and named by the caption or else by its column headers listed the language's way ("Dose, Time
   * and Notes", "剂量、时间和备注").
   */
  @Override
  public void tableBox(MarkupWriter out, Table table, Labels labels) {
    out.attr("role", "region").attr("tabindex", "0");
    if (table.caption().isPresent()) {
      out.attr("aria-label", table.caption().get());
    } else {
      List<String> names = new ArrayList<>();
      table.header().cells().stream().map(c -> PlainText.of(c.content()).strip())
          .filter(name -> !name.isEmpty()).forEach(names::add);
      if (!names.isEmpty()) {
        out.attr("aria-label", labels.joinNames(names));
      }
    }
  }
}
