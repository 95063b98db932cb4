package dev.carepress.preview.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Figure;
import dev.carepress.model.ListItem;
import dev.carepress.model.Metadata;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Stand-ins for the articles an edit did not touch, so that a rebuild renders one full page
 * instead of a thousand. What another page of the site takes from an article is its slug (the
 * page's name, which links use), its title, summary, language and category (the index and the
 * category pages) and the images it copies into {@code media/} (whose names depend on the order
 * they are met in); the stand-in keeps exactly those, in that order, and nothing else. Pages taken
 * from a site rendered with stand-ins are the edited articles' pages, the index, the category
 * pages and the media; a full render in the background then checks them (see {@link Published}).
 */
final class Stubs {
  private final Map<Path, Article[]> made = new HashMap<>();

  /** The stand-in of the article, kept while the article is the same object. */
  Article of(Path file, Article article) {
    Article[] kept = made.get(file);
    if (kept != null && kept[0] == article) {
      return kept[1];
    }
    Article stub = stub(article);
    made.put(file, new Article[] {article, stub});
    return stub;
  }

  /** Forgets the stand-ins of files no longer in the site. */
  void retain(java.util.Set<Path> files) {
    made.keySet().retainAll(files);
  }

  static Article stub(Article a) {
    Metadata m = a.metadata();
    Metadata small = new Metadata(m.title(), Optional.empty(), m.slug(), m.summary(), m.language(), m.category(),
        List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        OptionalLong.empty(), List.of(), List.of(), List.of(), List.of(), m.image(), m.url());
    List<Block> figures = new ArrayList<>();
    figures(a.introduction(), figures);
    a.allSections().forEach(s -> figures(s.blocks(), figures));
    return new Article(small, figures, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        Optional.empty(), a.source());
  }

  // The figures in the order the site meets them: depth first, through callouts, quotes and lists.
  private static void figures(List<Block> blocks, List<Block> out) {
    for (Block block : blocks) {
      if (block instanceof Figure) {
        out.add(block);
      } else if (block instanceof Callout) {
        figures(((Callout) block).blocks(), out);
      } else if (block instanceof Quote) {
        figures(((Quote) block).blocks(), out);
      } else if (block instanceof BulletList) {
        ((BulletList) block).items().stream().map(ListItem::blocks).forEach(b -> figures(b, out));
      } else if (block instanceof OrderedList) {
        ((OrderedList) block).items().stream().map(ListItem::blocks).forEach(b -> figures(b, out));
      }
    }
  }
}
