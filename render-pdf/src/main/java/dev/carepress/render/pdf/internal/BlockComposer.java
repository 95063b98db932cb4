package dev.carepress.render.pdf.internal;

import dev.carepress.model.Block;
import dev.carepress.model.BlockVisitor;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Figure;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Quote;
import dev.carepress.model.Table;
import dev.carepress.model.ThematicBreak;
import java.util.List;

/**
 * Composes blocks into boxes, each kind by its composer; paragraphs and thematic breaks here. Every
 * block kind of the model must be handled: the visitor makes that a compile error.
 */
final class BlockComposer {
  private final Composers kit;

  BlockComposer(Composers kit) {
    this.kit = kit;
  }

  /** Composes the blocks into a column {@code width} wide at {@code x}. */
  void compose(List<Block> blocks, float x, float width, StructNode parent, List<Box> out) {
    compose(blocks, x, width, parent, out, false);
  }

  /**
   * Composes the blocks into a column {@code width} wide at {@code x}.
   *
   * @param compact set paragraphs small and close together (notes)
   */
  void compose(List<Block> blocks, float x, float width, StructNode parent, List<Box> out, boolean compact) {
    Dispatch dispatch = new Dispatch(x, width, parent, out, compact);
    for (Block block : blocks) {
      block.accept(dispatch);
    }
  }

  /** Sends each kind of block to its composer, for one column. */
  private final class Dispatch implements BlockVisitor<Void> {
    private final float x;
    private final float width;
    private final StructNode parent;
    private final List<Box> out;
    private final boolean compact;

    Dispatch(float x, float width, StructNode parent, List<Box> out, boolean compact) {
      this.x = x;
      this.width = width;
      this.parent = parent;
      this.out = out;
      this.compact = compact;
    }

    @Override
    public Void visit(Paragraph paragraph) {
      out.add(paragraph(paragraph, x, width, parent, compact));
      return null;
    }

    @Override
    public Void visit(BulletList list) {
      kit.lists.list(list.items(), false, 1, x, width, parent, out, 0);
      return null;
    }

    @Override
    public Void visit(OrderedList list) {
      kit.lists.list(list.items(), true, list.start(), x, width, parent, out, 0);
      return null;
    }

    @Override
    public Void visit(Quote quote) {
      kit.panels.quote(quote, x, width, parent, out);
      return null;
    }

    @Override
    public Void visit(Callout callout) {
      out.add(kit.panels.callout(callout, x, width, parent));
      return null;
    }

    @Override
    public Void visit(Figure figure) {
      kit.figures.figure(figure, x, width, parent, out);
      return null;
    }

    @Override
    public Void visit(Table table) {
      kit.tables.table(table, x, width, parent, out);
      return null;
    }

    @Override
    public Void visit(CodeBlock codeBlock) {
      out.add(kit.panels.code(codeBlock, x, width, parent));
      return null;
    }

    @Override
    public Void visit(ThematicBreak thematicBreak) {
      out.add(rule(x, width));
      return null;
    }
  }

  private Box.Text paragraph(Paragraph paragraph, float x, float width, StructNode parent, boolean compact) {
    Composition c = kit.composition;
    Style style = compact ? c.styles.small(parent.child("P")) : c.styles.body(parent.child("P"));
    Box.Text t = kit.inlines.text(paragraph.content(), style, x, width, c.theme.type().leading());
    t.spaceAfter = compact ? c.theme.space().compactAfter() : c.theme.space().paragraph();
    return t;
  }

  private Box.Rule rule(float x, float width) {
    Box.Rule rule = new Box.Rule(x, width);
    rule.spaceBefore = kit.composition.theme.space().ruleBefore();
    rule.spaceAfter = kit.composition.theme.space().ruleAfter();
    return rule;
  }
}
