package dev.carepress.render.pdf.internal;

import dev.carepress.model.Callout;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks drawn in a panel: a quote (a bar), a callout (a tint, a bar and its label) and a code
 * block (a tint). A quote or callout nested so deep that another indent would leave too narrow a
 * column keeps its parent's column.
 */
final class PanelComposer {
  private final Composers kit;
  private final Theme theme;

  PanelComposer(Composers kit) {
    this.kit = kit;
    this.theme = kit.composition.theme;
  }

  /** A block quote, tagged BlockQuote. */
  void quote(Quote quote, float x, float width, StructNode parent, List<Box> out) {
    StructNode node = parent.child("BlockQuote");
    Frame frame = theme.frames().quote();
    float inner = width - frame.padSide() - frame.barWidth(); // no tint: no padding on the right
    if (inner < theme.indents().minColumn()) {
      kit.blocks.compose(quote.blocks(), x, width, node, out);
      return;
    }
    List<Box> children = new ArrayList<>();
    kit.blocks.compose(quote.blocks(), 0f, inner, node, children);
    trim(children);
    Box.Panel panel = new Box.Panel(children, x, width, frame);
    panel.spaceBefore = theme.space().quoteBefore();
    panel.spaceAfter = theme.space().paragraph();
    out.add(panel);
  }

  /** A callout, tagged Aside, its kind's word ("Warning") as its first line. */
  Box.Panel callout(Callout callout, float x, float width, StructNode parent) {
    StructNode node = parent.child("Aside");
    Frame frame = theme.frames().callout(callout.kind());
    float inner = frame.inner(width);
    if (inner < theme.indents().minColumn()) {
      frame = frame.flat();
      inner = width;
    }
    List<Box> children = new ArrayList<>();
    String word = kit.scope.labels().get("callout." + callout.kind().id());
    Style style = kit.composition.styles.body(node.child("P")).withRole(Fonts.BOLD)
        .withColor(Palette.bar(callout.kind()));
    Box.Text label = kit.composition.typesetter.text(word, style, 0f, inner, theme.type().leading());
    label.keepWithNext = true;
    label.spaceAfter = theme.space().calloutLabelAfter();
    children.add(label);
    kit.blocks.compose(callout.blocks(), 0f, inner, node, children);
    trim(children);
    Box.Panel panel = new Box.Panel(children, x, width, frame);
    panel.spaceBefore = theme.space().blockBefore();
    panel.spaceAfter = theme.space().blockAfter();
    return panel;
  }

  /** A code block: monospaced, spaces and line breaks kept, long lines wrapped. */
  Box.Panel code(CodeBlock codeBlock, float x, float width, StructNode parent) {
    StructNode node = parent.child("P");
    Frame frame = theme.frames().code();
    Style style = kit.composition.styles.body(node).withRole(Fonts.MONO).withSize(theme.type().code());
    List<Item> items = new ArrayList<>();
    kit.composition.typesetter.shaper().shape(codeBlock.code().isEmpty() ? " " : codeBlock.code(), style, true, items);
    Box.Text t = kit.composition.typesetter.box(items, style.size(), 0f, frame.inner(width),
        theme.type().codeLeading());
    Box.Panel panel = new Box.Panel(List.of(t), x, width, frame);
    panel.spaceAfter = theme.space().paragraph();
    return panel;
  }

  /** No space above the first box of a panel or below its last: the padding is the space. */
  static void trim(List<Box> children) {
    if (!children.isEmpty()) {
      children.get(0).spaceBefore = 0f;
      children.get(children.size() - 1).spaceAfter = 0f;
    }
  }
}
