package dev.carepress.importer.internal;

import dev.carepress.model.Block;
import dev.carepress.model.BulletList;
import dev.carepress.model.Figure;
import dev.carepress.model.Inline;
import dev.carepress.model.LineBreak;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.PlainText;
import dev.carepress.model.Text;
import java.util.ArrayList;
import java.util.List;

/** A block as inlines, for places that hold only inlines (a table cell, a key point). */
final class Flatten {
  private Flatten() {}

  static List<Inline> inlines(Block block) {
    if (block instanceof Paragraph) {
      return ((Paragraph) block).content();
    }
    if (block instanceof Figure) {
      String alt = ((Figure) block).alt();
      return alt.isEmpty() ? List.of() : List.of(new Text(alt));
    }
    if (block instanceof BulletList || block instanceof OrderedList) {
      List<ListItem> items = block instanceof BulletList ? ((BulletList) block).items() : ((OrderedList) block).items();
      List<Inline> out = new ArrayList<>();
      int n = block instanceof OrderedList ? ((OrderedList) block).start() : 0;
      for (ListItem item : items) {
        if (!out.isEmpty()) {
          out.add(new LineBreak());
        }
        out.add(new Text(block instanceof OrderedList ? (n++) + ". " : "\u2022 "));
        for (Block b : item.blocks()) {
          out.addAll(inlines(b));
        }
      }
      return out;
    }
    String text = PlainText.ofBlocks(List.of(block));
    return text.isEmpty() ? List.of() : List.of(new Text(text));
  }
}
