package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Block;
import dev.carepress.model.BlockVisitor;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Figure;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Quote;
import dev.carepress.model.Table;
import dev.carepress.model.ThematicBreak;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.List;
import java.util.Locale;

/** Writes blocks; tables and figures have writers of their own. */
final class BlockWriter implements BlockVisitor<Void> {
  private final Target target;
  private final MarkupWriter out;

  BlockWriter(Target target) {
    this.target = target;
    this.out = target.out();
  }

  @Override
  public Void visit(Paragraph paragraph) {
    out.start("p");
    target.inlines(paragraph.content());
    out.end("p").newline();
    return null;
  }

  @Override
  public Void visit(BulletList list) {
    out.start("ul").newline();
    items(list.items());
    out.end("ul").newline();
    return null;
  }

  @Override
  public Void visit(OrderedList list) {
    out.start("ol");
    if (list.start() != 1) {
      out.attr("start", String.valueOf(list.start()));
    }
    out.newline();
    items(list.items());
    out.end("ol").newline();
    return null;
  }

  /** A tight item (one starting with a paragraph) has that paragraph's text without {@code <p>}. */
  private void items(List<ListItem> items) {
    for (ListItem item : items) {
      out.start("li");
      List<Block> blocks = item.blocks();
      if (blocks.get(0) instanceof Paragraph) {
        target.inlines(((Paragraph) blocks.get(0)).content());
        if (blocks.size() > 1) {
          out.newline();
          target.blocks(blocks.subList(1, blocks.size()));
        }
      } else {
        out.newline();
        target.blocks(blocks);
      }
      out.end("li").newline();
    }
  }

  @Override
  public Void visit(Quote quote) {
    out.start("blockquote").newline();
    target.blocks(quote.blocks());
    out.end("blockquote").newline();
    return null;
  }

  @Override
  public Void visit(Callout callout) {
    String kind = callout.kind().id();
    out.start("div").attr("class", "cp-callout cp-callout-" + kind).attr("role", "note").newline();
    out.start("p").attr("class", "cp-callout-label").start("strong").text(target.labels().get("callout." + kind))
        .end("strong").end("p").newline();
    target.blocks(callout.blocks());
    out.end("div").newline();
    return null;
  }

  @Override
  public Void visit(Figure figure) {
    FigureWriter.write(target, figure.src(), figure.alt(), figure.caption(), false);
    return null;
  }

  @Override
  public Void visit(Table table) {
    TableWriter.write(target, table);
    return null;
  }

  @Override
  public Void visit(CodeBlock codeBlock) {
    out.start("pre").start("code");
    if (codeBlock.language().isPresent()) {
      String language = codeBlock.language().get().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#-]+", "-");
      if (!language.isEmpty()) {
        out.attr("class", "language-" + language);
      }
    }
    out.text(codeBlock.code()).end("code").end("pre").newline();
    return null;
  }

  @Override
  public Void visit(ThematicBreak thematicBreak) {
    out.empty("hr").newline();
    return null;
  }
}
