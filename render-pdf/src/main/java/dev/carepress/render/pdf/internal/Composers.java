package dev.carepress.render.pdf.internal;

/**
 * The composers of one article, made together because they call one another: a list item holds
 * blocks, a callout holds lists.
 */
final class Composers {
  final Composition composition;
  final ArticleScope scope;
  final InlineComposer inlines;
  final Headings headings;
  final BlockComposer blocks;
  final ListComposer lists;
  final PanelComposer panels;
  final FigureComposer figures;
  final TableComposer tables;

  Composers(Composition composition, ArticleScope scope) {
    this.composition = composition;
    this.scope = scope;
    this.inlines = new InlineComposer(composition, scope);
    this.headings = new Headings(composition, scope);
    this.blocks = new BlockComposer(this);
    this.lists = new ListComposer(this);
    this.panels = new PanelComposer(this);
    this.figures = new FigureComposer(composition, scope, inlines);
    this.tables = new TableComposer(composition, inlines);
  }
}
