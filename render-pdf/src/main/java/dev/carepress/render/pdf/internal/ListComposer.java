package dev.carepress.render.pdf.internal;

import dev.carepress.model.Block;
import dev.carepress.model.BulletList;
import dev.carepress.model.Inline;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists: tagged L, LI, Lbl and LBody, the label (bullet or number) hanging in the indent beside the
 * item's first line. Nested lists indent further and change their bullet, until the column would
 * get too narrow.
 */
final class ListComposer {
  private static final String[] BULLETS = {"\u2022", "\u2013", "\u25AA"};

  private final Composers kit;
  private final Theme theme;
  private final Typesetter typesetter;

  ListComposer(Composers kit) {
    this.kit = kit;
    this.theme = kit.composition.theme;
    this.typesetter = kit.composition.typesetter;
  }

  /** A list of the article, nested {@code depth} lists deep. */
  void list(List<ListItem> items, boolean ordered, int start, float x, float width, StructNode parent,
      List<Box> out, int depth) {
    StructNode list = parent.child("L");
    list.listNumbering = ordered ? "Decimal" : depth == 0 ? "Disc" : depth == 1 ? "Circle" : "Square";
    Style labelStyle = kit.composition.styles.body(null);
    float indent = ordered ? ordinalIndent((start + items.size() - 1) + ".", labelStyle) : theme.indents().bullet();
    for (int i = 0; i < items.size(); i++) {
      StructNode li = list.child("LI");
      StructNode lbl = li.child("Lbl");
      StructNode lbody = li.child("LBody");
      List<Box> content = new ArrayList<>();
      item(items.get(i), x, width, indent, lbody, content, depth);
      String mark = ordered ? (start + i) + "." : BULLETS[Math.min(depth, BULLETS.length - 1)];
      label(content, lbl, mark, indent, labelStyle, x + indent);
      out.addAll(content);
    }
    if (!out.isEmpty()) {
      out.get(out.size() - 1).spaceAfter = depth == 0 ? theme.space().paragraph() : theme.space().listItemAfter();
    }
  }

  private void item(ListItem item, float x, float width, float indent, StructNode lbody, List<Box> content,
      int depth) {
    // a list nested deeper than the column allows stays at its parent's indent rather than run off the page
    boolean room = width - 2 * indent >= theme.indents().minColumn();
    float nestX = room ? x + indent : x;
    float nestWidth = room ? width - indent : width;
    for (Block block : item.blocks()) {
      if (block instanceof BulletList) {
        list(((BulletList) block).items(), false, 1, nestX, nestWidth, lbody, content, depth + 1);
      } else if (block instanceof OrderedList) {
        OrderedList ol = (OrderedList) block;
        list(ol.items(), true, ol.start(), nestX, nestWidth, lbody, content, depth + 1);
      } else {
        kit.blocks.compose(List.of(block), x + indent, width - indent, lbody, content);
      }
    }
    float most = theme.space().listItemAfter();
    for (Box box : content) {
      if (box instanceof Box.Text && box.spaceAfter > most) {
        box.spaceAfter = most;
      }
    }
  }

  /** A list whose items are each one paragraph of inline content (key points, references, related links). */
  void simple(List<List<Inline>> items, boolean ordered, float x, float width, StructNode parent, List<Box> out,
      Style base) {
    StructNode list = parent.child("L");
    list.listNumbering = ordered ? "Decimal" : "Disc";
    float indent = ordered ? ordinalIndent(items.size() + ".", base) : theme.indents().bullet();
    for (int i = 0; i < items.size(); i++) {
      StructNode li = list.child("LI");
      StructNode lbl = li.child("Lbl");
      StructNode lbody = li.child("LBody");
      Box.Text t = kit.inlines.text(items.get(i), base.withNode(lbody.child("P")), x + indent, width - indent,
          theme.type().leading());
      t.spaceAfter = theme.space().compactAfter();
      List<Box> one = new ArrayList<>(List.of(t));
      label(one, lbl, ordered ? (i + 1) + "." : BULLETS[0], indent, base.withNode(null), x + indent);
      out.addAll(one);
    }
    if (!out.isEmpty()) {
      out.get(out.size() - 1).spaceAfter = theme.space().paragraph();
    }
  }

  /**
   * Hangs a label (a bullet, a number) in the indent beside the first line of the content; when
   * the content does not start with a line of text, on a line of its own.
   *
   * @param lbl the label's structure element
   * @param textX where the content's text starts
   */
  void label(List<Box> content, StructNode lbl, String mark, float indent, Style style, float textX) {
    Style s = style.withNode(lbl).withColor(Character.isDigit(mark.charAt(0)) ? Palette.TEXT : Palette.HEADING);
    Line line = typesetter.lines(mark, s, indent).get(0);
    if (content.isEmpty() || !(content.get(0) instanceof Box.Text) || ((Box.Text) content.get(0)).label != null) {
      float lh = style.size() * theme.type().leading();
      Box.Text holder = new Box.Text(List.of(new Line(List.of(), 0f)), textX, lh, Typesetter.baseline(style.size(), lh));
      content.add(0, holder);
    }
    Box.Text first = (Box.Text) content.get(0);
    first.label = line;
    first.labelX = -indent;
  }

  /** The indent of numbered items: the widest number and a gap. */
  float ordinalIndent(String widest, Style style) {
    return typesetter.width(widest, style) + theme.indents().ordinalGap();
  }
}
