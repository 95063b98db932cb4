package dev.carepress.importer.internal;

import dev.carepress.model.Block;
import dev.carepress.model.BlockVisitor;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Emphasis;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Inline;
import dev.carepress.model.Link;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Quote;
import dev.carepress.model.Section;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.model.ThematicBreak;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Footnotes in the order the reader gives them: by first reference in the body, then in the
 * footnotes themselves as they are reached; a footnote never referred to is left out.
 */
final class FootnoteOrder {
  private final Set<String> order = new LinkedHashSet<>();

  private FootnoteOrder() {}

  static List<Footnote> of(List<Block> introduction, List<Section> sections, List<Footnote> footnotes) {
    FootnoteOrder walk = new FootnoteOrder();
    walk.blocks(introduction);
    walk.sections(sections);
    Map<String, Footnote> byLabel = new LinkedHashMap<>();
    footnotes.forEach(f -> byLabel.putIfAbsent(f.label(), f));
    List<Footnote> out = new ArrayList<>();
    List<String> labels = new ArrayList<>(walk.order);
    for (int i = 0; i < labels.size(); i++) { // grows while footnotes refer to other footnotes
      Footnote footnote = byLabel.get(labels.get(i));
      if (footnote == null) {
        continue;
      }
      out.add(footnote);
      int before = walk.order.size();
      walk.blocks(footnote.blocks());
      labels.addAll(new ArrayList<>(walk.order).subList(before, walk.order.size()));
    }
    return out;
  }

  private void sections(List<Section> sections) {
    for (Section section : sections) {
      blocks(section.blocks());
      sections(section.subsections());
    }
  }

  private void blocks(List<Block> blocks) {
    blocks.forEach(b -> b.accept(visitor));
  }

  private void inlines(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof FootnoteReference) {
        order.add(((FootnoteReference) inline).label());
      } else if (inline instanceof Emphasis) {
        inlines(((Emphasis) inline).content());
      } else if (inline instanceof Strong) {
        inlines(((Strong) inline).content());
      } else if (inline instanceof Strikethrough) {
        inlines(((Strikethrough) inline).content());
      } else if (inline instanceof Link) {
        inlines(((Link) inline).content());
      } else if (inline instanceof GlossaryTerm) {
        inlines(((GlossaryTerm) inline).content());
      }
    }
  }

  private void row(TableRow row) {
    for (TableCell cell : row.cells()) {
      inlines(cell.content());
    }
  }

  private final BlockVisitor<Void> visitor = new BlockVisitor<>() {
    @Override public Void visit(Paragraph p) { inlines(p.content()); return null; }
    @Override public Void visit(BulletList list) { items(list.items()); return null; }
    @Override public Void visit(OrderedList list) { items(list.items()); return null; }
    @Override public Void visit(Quote quote) { blocks(quote.blocks()); return null; }
    @Override public Void visit(Callout callout) { blocks(callout.blocks()); return null; }
    @Override public Void visit(Figure figure) { return null; }
    @Override public Void visit(Table table) { row(table.header()); table.rows().forEach(FootnoteOrder.this::row); return null; }
    @Override public Void visit(CodeBlock code) { return null; }
    @Override public Void visit(ThematicBreak rule) { return null; }

    private void items(List<ListItem> items) {
      items.forEach(i -> blocks(i.blocks()));
    }
  };
}
