package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Block;
import dev.carepress.model.Inline;
import dev.carepress.render.Labels;
import dev.carepress.render.html.markup.MarkupOptions;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.List;

/**
 * Where the part writers write one document: the article's plan, the document's state and the
 * output, with the (stateless) block and inline writers bound to them. Made for each call of the
 * facade; the writers keep nothing else between calls.
 */
public final class Target {
  private final ArticlePlan plan;
  private final DocumentState state;
  private final MarkupWriter out;
  private final BlockWriter blocks;
  private final InlineWriter inlines;
  private final InlineWriter linkContent;

  /**
   * @param plan what is fixed about the article's markup
   * @param state what writing the document has done so far
   * @param out the output
   */
  public Target(ArticlePlan plan, DocumentState state, MarkupWriter out) {
    this.plan = plan;
    this.state = state;
    this.out = out;
    this.blocks = new BlockWriter(this);
    this.inlines = new InlineWriter(this, false);
    this.linkContent = new InlineWriter(this, true);
  }

  ArticlePlan plan() {
    return plan;
  }

  DocumentState state() {
    return state;
  }

  MarkupWriter out() {
    return out;
  }

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
  void blocks(List<Block> list) {
    for (Block block : list) {
      block.accept(blocks);
    }
  }

  /** Writes inlines outside any link. */
  void inlines(List<Inline> list) {
    inlines.write(list);
  }

  /** Writes the content of a link: inlines in which nothing else becomes a link. */
  void linkContent(List<Inline> list) {
    linkContent.write(list);
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
