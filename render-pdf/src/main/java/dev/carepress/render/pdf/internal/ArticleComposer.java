package dev.carepress.render.pdf.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Figure;
import dev.carepress.model.Inline;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns an article into boxes in reading order, building its structure tree on the way: the title,
 * subtitle, byline, summary and key points on page one, what a clinic adds there ({@link
 * ClinicComposer}) and the lead image; then the introduction and the sections;
 * then the back matter ({@link BackMatterComposer}).
 */
final class ArticleComposer {
  private final Composition composition;

  ArticleComposer(Composition composition) {
    this.composition = composition;
  }

  /**
   * Composes an article into {@code out}.
   *
   * @param container the structure element the article's content goes in
   * @param anchorPrefix makes anchors unique in a booklet; empty for a handout
   * @param outlineBase the outline level of the article's sections (1 for a handout, 2 in a booklet)
   */
  void compose(Article article, StructNode container, String anchorPrefix, int outlineBase, List<Box> out) {
    Composers kit = kit(article, anchorPrefix, outlineBase);
    front(kit, container, out);
    introduction(kit, container, out);
    for (Section section : article.sections()) {
      section(kit, section, 2, container, out);
    }
    backMatter(kit, container, out);
  }

  /**
   * The composers of an article, ready to compose it piece by piece (a bilingual handout pairs the
   * pieces of two articles); the article is the one composed from now on ({@link #enter}).
   */
  Composers kit(Article article, String anchorPrefix, int outlineBase) {
    ArticleScope scope = new ArticleScope(article, composition.labels(article.language()), anchorPrefix, outlineBase);
    Composers kit = new Composers(composition, scope);
    enter(kit);
    return kit;
  }

  /** Makes the kit's article the one composed from now on: its file in messages, its language's typesetting. */
  void enter(Composers kit) {
    Article article = kit.scope.article();
    composition.diagnostics.source(kit.scope.source());
    composition.typesetter.language(article.language(), article.metadata().rightToLeft());
  }

  /** The introduction: the blocks before the first section. */
  void introduction(Composers kit, StructNode container, List<Box> out) {
    composition.diagnostics.where("the introduction");
    float width = composition.theme.page().contentWidth();
    kit.blocks.compose(kit.scope.article().introduction(), 0f, width, container, out);
  }

  /** The back matter ({@link BackMatterComposer}). */
  void backMatter(Composers kit, StructNode container, List<Box> out) {
    new BackMatterComposer(kit).compose(container, out);
    new ClinicComposer(kit).composeFooter(composition.extras, container, out);
  }

  /** The title, subtitle, byline, summary and key points, then what a clinic adds and the lead image. */
  private void front(Composers kit, StructNode container, List<Box> out) {
    heading(kit, container, out);
    keyPoints(kit, container, out);
    extras(kit, container, out);
  }

  /** The title, subtitle, byline and summary. */
  void heading(Composers kit, StructNode container, List<Box> out) {
    Article a = kit.scope.article();
    Theme theme = composition.theme;
    Styles styles = composition.styles;
    Typesetter typesetter = composition.typesetter;
    float width = theme.page().contentWidth();
    float leading = theme.type().leading();
    composition.diagnostics.where("the title");
    Box.Text title = typesetter.text(a.title(), styles.heading(1, container.child("H1")), 0f, width,
        theme.type().titleLeading());
    title.anchor = kit.scope.anchor("top");
    title.unbreakable = true;
    title.spaceAfter = theme.space().titleAfter();
    out.add(title);
    a.metadata().subtitle().ifPresent(sub -> {
      composition.diagnostics.where("the subtitle");
      Box.Text t = typesetter.text(sub, styles.lead(container.child("P")).withColor(Palette.MUTED), 0f, width, leading);
      t.spaceAfter = theme.space().metaAfter();
      out.add(t);
    });
    List<String> authors = a.metadata().authors().stream().map(kit.scope.labels()::displayName).collect(Collectors.toList());
    if (!authors.isEmpty()) {
      composition.diagnostics.where("the byline");
      String by = kit.scope.labels().format("by", kit.scope.labels().joinNames(authors));
      Box.Text t = typesetter.text(by, styles.small(container.child("P")), 0f, width, leading);
      t.spaceAfter = theme.space().metaAfter();
      out.add(t);
    }
    a.metadata().summary().ifPresent(summary -> {
      composition.diagnostics.where("the summary");
      Box.Text t = typesetter.text(summary, styles.lead(container.child("P")), 0f, width, leading);
      t.spaceBefore = theme.space().summaryBefore();
      t.spaceAfter = theme.space().paragraph();
      out.add(t);
    });
  }

  /** The key points, if the article has any. */
  void keyPoints(Composers kit, StructNode container, List<Box> out) {
    Article a = kit.scope.article();
    if (!a.keyPoints().isEmpty()) {
      composition.diagnostics.where("the key points");
      out.add(keyPointsPanel(kit, a.keyPoints(), container));
    }
  }

  /** What a clinic adds ({@link ClinicComposer}) and the lead image. */
  void extras(Composers kit, StructNode container, List<Box> out) {
    Article a = kit.scope.article();
    float width = composition.theme.page().contentWidth();
    new ClinicComposer(kit).compose(composition.extras, container, out);
    // after the key points and the clinic's box: those stay on page 1, and an image that does not
    // fit there lets the introduction fill the page and opens page 2 (Floats)
    a.metadata().image().ifPresent(image -> {
      composition.diagnostics.where("the lead image");
      kit.figures.figure(Figure.of(image.src(), image.alt()), 0f, width, composition.theme.heights().leadImage(),
          container, out);
    });
  }

  /** The key points: a tinted panel with its heading and a bulleted list. */
  private Box.Panel keyPointsPanel(Composers kit, List<KeyPoint> points, StructNode container) {
    Theme theme = composition.theme;
    StructNode sect = container.child("Sect");
    Frame frame = theme.frames().keyPoints();
    float inner = frame.inner(theme.page().contentWidth());
    List<Box> children = new ArrayList<>();
    Box.Text h = kit.headings.section(kit.scope.labels().get("keyPoints"), 2, "key-points", sect);
    h.spaceBefore = 0f;
    children.add(h);
    List<List<Inline>> items = points.stream().map(KeyPoint::content).collect(Collectors.toList());
    kit.lists.simple(items, false, 0f, inner, sect, children, composition.styles.body(null));
    children.get(children.size() - 1).spaceAfter = 0f;
    Box.Panel panel = new Box.Panel(children, 0f, theme.page().contentWidth(), frame);
    panel.spaceBefore = theme.space().keyPointsBefore();
    panel.spaceAfter = theme.space().keyPointsAfter();
    return panel;
  }

  /** A section at a heading level (2 for a top-level section) with its subsections. */
  void section(Composers kit, Section section, int level, StructNode parent, List<Box> out) {
    StructNode sect = parent.child("Sect");
    composition.diagnostics.where("the heading of section \"" + section.title() + "\"");
    out.add(kit.headings.section(section.title(), level, "sec-" + section.id(), sect));
    String where = "section \"" + section.title() + "\"";
    for (int i = 0; i < section.blocks().size(); i++) {
      composition.diagnostics.where(where + ", block " + (i + 1));
      kit.blocks.compose(List.of(section.blocks().get(i)), 0f, composition.theme.page().contentWidth(), sect, out);
    }
    for (Section sub : section.subsections()) {
      section(kit, sub, level + 1, sect, out);
    }
  }
}
