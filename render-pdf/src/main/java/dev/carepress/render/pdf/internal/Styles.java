package dev.carepress.render.pdf.internal;

/** The text styles of a handout's blocks, in the theme's sizes. */
final class Styles {
  private final Theme.TypeScale type;

  Styles(Theme.TypeScale type) {
    this.type = type;
  }

  /** Body text. */
  Style body(StructNode node) {
    return Style.plain(Fonts.REGULAR, type.body(), Palette.TEXT, node);
  }

  /** A heading of level 1 (the title), 2 or 3 (and deeper). */
  Style heading(int level, StructNode node) {
    return Style.plain(Fonts.BOLD, type.heading(level), Palette.HEADING, node);
  }

  /** The summary and subtitle. */
  Style lead(StructNode node) {
    return Style.plain(Fonts.REGULAR, type.lead(), Palette.TEXT, node);
  }

  /** Notes, references, the byline: smaller and muted. */
  Style small(StructNode node) {
    return Style.plain(Fonts.REGULAR, type.small(), Palette.MUTED, node);
  }
}
