package dev.carepress.render.pdf.internal;

import dev.carepress.model.Article;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns two articles into the rows of a bilingual handout: the titles side by side, then the key
 * points, then what only the original has (the clinic's box, the QR code, the lead image) across
 * the page, then the introductions, each pair of sections and the back matter. Each article's
 * structure goes in a {@code Part} of its own with its {@code Lang}, so the structure tree reads
 * the whole original, then the whole translation. Articles whose sections do not pair come one
 * after the other. One per render.
 */
final class BilingualComposer {
  /** The anchors of the translation start with this, so that they differ from the original's. */
  static final String TRANSLATION_PREFIX = "translation-";

  private final BilingualLayout layout;
  private final BiFunction<Theme, HandoutExtras, Composition> compositions;
  private final HandoutExtras extras;
  private final Set<Composition> made = new LinkedHashSet<>();

  /**
   * @param compositions makes a composition of a theme, with what the clinic adds (for the original)
   */
  BilingualComposer(BilingualLayout layout, BiFunction<Theme, HandoutExtras, Composition> compositions,
      HandoutExtras extras) {
    this.layout = layout;
    this.compositions = compositions;
    this.extras = extras;
  }

  /** A piece of an article composed for one column (or the full width) of a row. */
  private interface Piece {
    void compose(Side side, List<Box> out);
  }

  /** One article: its part of the structure, and its composers for a column and for the full width. */
  private final class Side {
    final Article article;
    final StructNode part;
    final ArticleComposer column;
    final Composers columnKit;
    final ArticleComposer wide;
    final Composers wideKit;

    Side(Article article, StructNode root, Theme theme, HandoutExtras handout, String prefix) {
      this.article = article;
      this.part = root.child("Part");
      part.lang = article.language();
      Composition columnComposition = composition(theme, handout);
      Composition wideComposition = layout.columns() ? composition(layout.page(), handout) : columnComposition;
      this.column = new ArticleComposer(columnComposition);
      this.columnKit = column.kit(article, prefix, 2);
      this.wide = new ArticleComposer(wideComposition);
      this.wideKit = layout.columns() ? wide.kit(article, prefix, 2) : columnKit;
    }

    List<Box> column(Piece piece) {
      column.enter(columnKit);
      List<Box> out = new ArrayList<>();
      piece.compose(this, out);
      return out;
    }

    /** The whole article across the page (the translation without a second lead image). */
    List<Box> whole(boolean original) {
      wide.enter(wideKit);
      List<Box> out = new ArrayList<>();
      wide.heading(wideKit, part, out);
      wide.keyPoints(wideKit, part, out);
      if (original) {
        wide.extras(wideKit, part, out);
      }
      wide.introduction(wideKit, part, out);
      article.sections().forEach(s -> wide.section(wideKit, s, 2, part, out));
      wide.backMatter(wideKit, part, out);
      return out;
    }

    void outlineEntry(boolean paired) {
      (paired ? columnKit : wideKit).composition.outline(new Outline(1, article.title(),
          columnKit.scope.anchor("top")));
    }
  }

  /**
   * The rows of the handout.
   *
   * @param paired whether the articles' sections pair (see {@link BilingualPairing}); if not, the
   *     whole original comes first, then the whole translation
   */
  List<BilingualRow> compose(Article original, Article translation, StructNode root, boolean paired) {
    Side o = new Side(original, root, layout.original(), extras, "");
    Side t = new Side(translation, root, layout.translation(), HandoutExtras.NONE, TRANSLATION_PREFIX);
    o.outlineEntry(paired);
    t.outlineEntry(paired);
    if (!paired) {
      return List.of(new BilingualRow(o.whole(true), t.whole(false), true, true));
    }
    List<BilingualRow> rows = new ArrayList<>();
    rows.add(row(o, t, (s, out) -> s.column.heading(s.columnKit, s.part, out)));
    rows.add(row(o, t, (s, out) -> s.column.keyPoints(s.columnKit, s.part, out)));
    o.wide.enter(o.wideKit);
    List<Box> extra = new ArrayList<>();
    o.wide.extras(o.wideKit, o.part, extra);
    rows.add(new BilingualRow(extra, List.of(), true));
    rows.add(row(o, t, (s, out) -> s.column.introduction(s.columnKit, s.part, out)));
    for (int i = 0; i < original.sections().size(); i++) {
      int index = i;
      rows.add(row(o, t, (s, out) -> s.column.section(s.columnKit, s.article.sections().get(index), 2, s.part, out)));
    }
    rows.add(row(o, t, (s, out) -> s.column.backMatter(s.columnKit, s.part, out)));
    rows.removeIf(r -> r.original().isEmpty() && r.translation().isEmpty());
    return rows;
  }

  /** The compositions made, the original's first: their outlines in this order are the document's. */
  List<Composition> compositions() {
    return List.copyOf(made);
  }

  private BilingualRow row(Side o, Side t, Piece piece) {
    List<Box> original = o.column(piece);
    List<Box> translation = t.column(piece);
    if (!layout.columns() && !original.isEmpty() && !translation.isEmpty()) {
      // section after section: the translation sets off from the original as a new section does
      Box first = translation.get(0);
      first.spaceBefore = Math.max(first.spaceBefore, layout.page().space().sectionBefore());
    }
    return new BilingualRow(original, translation, !layout.columns());
  }

  private Composition composition(Theme theme, HandoutExtras handout) {
    Composition c = compositions.apply(theme, handout);
    made.add(c);
    return c;
  }
}
