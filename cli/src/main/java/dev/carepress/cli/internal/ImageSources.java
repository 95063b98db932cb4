package dev.carepress.cli.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.Image;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Quote;
import dev.carepress.model.Section;
import java.util.List;
import java.util.Map;

/** An article with some image addresses replaced (images copied or downloaded under another name). */
final class ImageSources {
  private ImageSources() {}

  static Article rewrite(Article article, Map<String, String> moved) {
    if (moved.isEmpty()) {
      return article;
    }
    var builder = article.toBuilder();
    article.metadata().image().ifPresent(i -> builder.image(new Image(moved.getOrDefault(i.src(), i.src()), i.alt())));
    Article changed = builder.sections(sections(article.sections(), moved)).build();
    List<Footnote> footnotes = article.footnotes().stream().map(f -> new Footnote(f.label(), blocks(f.blocks(), moved))).toList();
    return new Article(changed.metadata(), blocks(article.introduction(), moved), changed.sections(), article.keyPoints(),
        article.glossary(), footnotes, article.references(), article.related(), article.disclaimer(), article.source());
  }

  private static List<Section> sections(List<Section> sections, Map<String, String> moved) {
    return sections.stream().map(s -> new Section(s.id(), s.title(), blocks(s.blocks(), moved),
        sections(s.subsections(), moved))).toList();
  }

  private static List<Block> blocks(List<Block> blocks, Map<String, String> moved) {
    return blocks.stream().map(b -> block(b, moved)).toList();
  }

  private static Block block(Block block, Map<String, String> moved) {
    if (block instanceof Figure) {
      Figure f = (Figure) block;
      return new Figure(moved.getOrDefault(f.src(), f.src()), f.alt(), f.caption());
    }
    if (block instanceof BulletList) {
      return new BulletList(items(((BulletList) block).items(), moved));
    }
    if (block instanceof OrderedList) {
      return new OrderedList(((OrderedList) block).start(), items(((OrderedList) block).items(), moved));
    }
    if (block instanceof Quote) {
      return new Quote(blocks(((Quote) block).blocks(), moved));
    }
    if (block instanceof Callout) {
      return new Callout(((Callout) block).kind(), blocks(((Callout) block).blocks(), moved));
    }
    return block;
  }

  private static List<ListItem> items(List<ListItem> items, Map<String, String> moved) {
    return items.stream().map(i -> new ListItem(blocks(i.blocks(), moved))).toList();
  }
}
