package dev.carepress.render.pdf.internal;

/**
 * Where the two articles of a bilingual handout go: two columns side by side when each is wide
 * enough for running text (standard print), else the full width, one after the other (large
 * print). A right-to-left article's column is on the right: the original sits on the right when it
 * is written right to left, on the left otherwise, and the translation takes the other column.
 *
 * @param page the handout's theme (the full text width)
 * @param original the original's column: the page's theme with the column's margins
 * @param translation the translation's column
 * @param columns whether there are two columns; when not, both themes are the page's
 */
record BilingualLayout(Theme page, Theme original, Theme translation, boolean columns) {
  /** The gap between the columns, in body sizes. */
  private static final float GUTTER = 1.5f;
  /**
   * The narrowest a column may be, in body sizes (about 35 characters of running text): A4 and
   * Letter in standard print give 18; large print gives 12 and so runs section after section.
   */
  private static final float MIN_COLUMN = 16f;

  /** The layout of a page; {@code originalRightToLeft} puts the original's column on the right. */
  static BilingualLayout of(Theme page, boolean originalRightToLeft) {
    Theme.PageGeometry g = page.page();
    float body = page.type().body();
    float gutter = body * GUTTER;
    float column = (g.contentWidth() - gutter) / 2f;
    if (column < body * MIN_COLUMN) {
      return new BilingualLayout(page, page, page, false);
    }
    Theme left = with(page, new Theme.PageGeometry(g.width(), g.height(), g.marginLeft(),
        g.width() - g.marginLeft() - column, g.marginTop(), g.marginBottom()));
    Theme right = with(page, new Theme.PageGeometry(g.width(), g.height(), g.marginLeft() + column + gutter,
        g.marginRight(), g.marginTop(), g.marginBottom()));
    return originalRightToLeft ? new BilingualLayout(page, right, left, true)
        : new BilingualLayout(page, left, right, true);
  }

  private static Theme with(Theme theme, Theme.PageGeometry geometry) {
    return new Theme(geometry, theme.type(), theme.space(), theme.indents(), theme.frames(), theme.heights());
  }
}
