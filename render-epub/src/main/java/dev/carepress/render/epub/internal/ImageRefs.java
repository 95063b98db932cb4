package dev.carepress.render.epub.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.BlockVisitor;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Quote;
import dev.carepress.model.Section;
import dev.carepress.model.Table;
import dev.carepress.model.ThematicBreak;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The image references of an article, in reading order: its lead image, then every figure. */
final class ImageRefs implements BlockVisitor<Void> {
  private final Set<String> srcs = new LinkedHashSet<>();

  private ImageRefs() {}

  /** Every distinct {@code src} the article shows. */
  static Set<String> of(Article article) {
    ImageRefs refs = new ImageRefs();
    article.metadata().image().ifPresent(i -> refs.srcs.add(i.src()));
    refs.blocks(article.introduction());
    refs.sections(article.sections());
    for (Footnote footnote : article.footnotes()) {
      refs.blocks(footnote.blocks());
    }
    return refs.srcs;
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      block.accept(this);
    }
  }

  private void sections(List<Section> sections) {
    for (Section section : sections) {
      blocks(section.blocks());
      sections(section.subsections());
    }
  }

  private void items(List<ListItem> items) {
    for (ListItem item : items) {
      blocks(item.blocks());
    }
  }

  @Override public Void visit(Paragraph paragraph) { return null; }
  @Override public Void visit(BulletList list) { items(list.items()); return null; }
  @Override public Void visit(OrderedList list) { items(list.items()); return null; }
  @Override public Void visit(Quote quote) { blocks(quote.blocks()); return null; }
  @Override public Void visit(Callout callout) { blocks(callout.blocks()); return null; }
  @Override public Void visit(Figure figure) { srcs.add(figure.src()); return null; }
  @Override public Void visit(Table table) { return null; }
  @Override public Void visit(CodeBlock codeBlock) { return null; }
  @Override public Void visit(ThematicBreak thematicBreak) { return null; }
}
