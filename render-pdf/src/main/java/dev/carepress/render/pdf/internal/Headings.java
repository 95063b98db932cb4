package dev.carepress.render.pdf.internal;

/**
 * Section headings: tagged H2 … H6, anchored, in the outline, never split and never left alone at
 * the bottom of a page.
 */
final class Headings {
  private final Composition composition;
  private final ArticleScope scope;

  Headings(Composition composition, ArticleScope scope) {
    this.composition = composition;
    this.scope = scope;
  }

  /**
   * The heading of a section.
   *
   * @param level 2 for a section, 3 for a subsection and so on
   * @param id the anchor, before the article's prefix
   * @param sect the section's structure element
   */
  Box.Text section(String title, int level, String id, StructNode sect) {
    Theme theme = composition.theme;
    int h = Math.min(level, 6);
    Style style = composition.styles.heading(Math.min(level, 3), sect.child("H" + h));
    Box.Text t = composition.typesetter.text(title, style, 0f, theme.page().contentWidth(),
        theme.type().headingLeading());
    t.anchor = scope.anchor(id);
    t.keepWithNext = true;
    t.unbreakable = true;
    t.spaceBefore = theme.space().headingBefore(level);
    t.spaceAfter = theme.space().headingAfter();
    composition.outline(new Outline(scope.outlineBase() + level - 2, title, t.anchor));
    return t;
  }
}
