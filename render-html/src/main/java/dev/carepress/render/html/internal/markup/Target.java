package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Block;
import dev.carepress.model.Inline;
import dev.carepress.render.Labels;
import dev.carepress.render.html.markup.MarkupOptions;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.List;

/**
 * Where the part writers write one document: the article's plan, the document's state and the
 * output. Made for each call of the facade; the writers keep nothing else between calls.
 *
 * @param plan what is fixed about the article's markup
 * @param state what writing the document has done so far
 * @param out the output
 */
public record Target(ArticlePlan plan, DocumentState state, MarkupWriter out) {

  Labels labels() {
    return plan.labels();
  }

  MarkupOptions options() {
    return plan.options();
  }

  MarkupDialect dialect() {
    return plan.dialect();
  }

  /** Writes blocks. */
  void blocks(List<Block> blocks) {
    BlockWriter writer = new BlockWriter(this);
    for (Block block : blocks) {
      block.accept(writer);
    }
  }

  /** Writes inlines outside any link. */
  void inlines(List<Inline> inlines) {
    InlineWriter.write(this, inlines, false);
  }

  /** Writes a heading {@code depth} levels below the sections' level (levels stop at 6). */
  void heading(int depth, String id, String text) {
    String h = "h" + Math.min(6, options().headingBase() + depth);
    out.start(h);
    if (id != null) {
      out.attr("id", id);
    }
    out.text(text).end(h).newline();
  }

  /** Opens the {@code <section>} of a generated part and writes its heading. */
  void openPart(MarkupDialect.Part part, String name, String cssClass, String labelKey) {
    out.start("section").attr("class", cssClass).attr("id", plan.id(name));
    dialect().part(part, out);
    out.newline();
    heading(0, null, labels().get(labelKey));
  }
}
