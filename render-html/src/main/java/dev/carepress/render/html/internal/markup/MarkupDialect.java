package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Table;
import dev.carepress.render.Labels;
import dev.carepress.render.html.markup.Dialect;
import dev.carepress.render.html.markup.MarkupWriter;

/**
 * What the two dialects of the article markup write differently: a web page adds what browsers
 * and screen readers use (lazy images, scrollable table regions), an EPUB content document adds
 * {@code epub:type} and DPUB-ARIA roles and writes footnotes as {@code <aside>}s. Every method is
 * called where the element it adds to is open for attributes, after the attributes both write.
 */
interface MarkupDialect {

  /** The generated parts whose container a dialect may mark up. */
  enum Part { CONTENTS, GLOSSARY, FOOTNOTES, REFERENCES, RELATED }

  /** The strategy for a dialect. */
  static MarkupDialect of(Dialect dialect) {
    return dialect == Dialect.EPUB ? EpubDialect.INSTANCE : PageDialect.INSTANCE;
  }

  /** Attributes of a part's {@code <section>} (or the contents' {@code <nav>}). */
  void part(Part part, MarkupWriter out);

  /** Attributes of a glossary entry's {@code <dt>}. */
  void glossaryTerm(MarkupWriter out);

  /** Attributes of a glossary entry's {@code <dd>}. */
  void glossaryDefinition(MarkupWriter out);

  /** Attributes of a link from the text to a glossary entry. */
  void termReference(MarkupWriter out);

  /** Attributes of a footnote reference's link. */
  void noteReference(MarkupWriter out);

  /** Attributes of a link from a footnote back to where it is referred to. */
  void backLink(MarkupWriter out);

  /** Opens the list of footnotes, after the part's heading. */
  void openNotes(MarkupWriter out);

  /** Closes the list of footnotes. */
  void closeNotes(MarkupWriter out);

  /** Opens one footnote, with its id. */
  void openNote(MarkupWriter out, String id, int number, Labels labels);

  /** Closes one footnote. */
  void closeNote(MarkupWriter out);

  /** Attributes of an {@code <img>}: how it loads; {@code lead} for the article's lead image. */
  void image(MarkupWriter out, boolean lead);

  /** Attributes of the box a table scrolls in, named in the article's language. */
  void tableBox(MarkupWriter out, Table table, Labels labels);
}
