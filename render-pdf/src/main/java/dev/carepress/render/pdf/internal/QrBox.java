package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.PageFlow.EPSILON;

import java.util.List;

/**
 * A QR code with text beside it: the code tagged as a Figure, at the column's left edge; the
 * paragraphs ("Read this online:" and the short address, after the clinic's details when there is
 * a clinic box) stacked to its right. Never split across pages; the last page's code sits at the
 * foot of its page, or, when the text leaves no room for it there, in the footer's band
 * ({@link FooterBand}): it never takes a page of its own.
 */
final class QrBox extends Box {
  final QrSymbol symbol;
  final float side;
  final StructNode figure;
  final List<Box.Text> texts;
  final float gap;
  /** How many of the texts come before the code in reading order (the clinic's details). */
  final int figureAt;
  /** Whether the box sits at the foot of its page, just above the footer (the last page's code). */
  final boolean atFoot;
  /** The last page's code: "Read this online:" and the address at the footer's size, for the band. */
  final List<Box.Text> band;
  /** The footer's type size. */
  final float running;

  QrBox(QrSymbol symbol, float side, StructNode figure, List<Box.Text> texts, float gap, int figureAt,
      boolean atFoot) {
    this(symbol, side, figure, texts, gap, figureAt, atFoot, List.of(), 0f);
  }

  /** The last page's code, with the text it has beside it when it goes in the footer's band. */
  QrBox(QrSymbol symbol, float side, StructNode figure, List<Box.Text> texts, float gap, int figureAt,
      boolean atFoot, List<Box.Text> band, float running) {
    this.band = List.copyOf(band);
    this.running = running;
    this.atFoot = atFoot;
    this.symbol = symbol;
    this.side = side;
    this.figure = figure;
    this.texts = List.copyOf(texts);
    this.gap = gap;
    this.figureAt = figureAt;
  }

  /** The height of the text column, with the space between its paragraphs. */
  private float textHeight() {
    float h = 0f;
    for (int i = 0; i < texts.size(); i++) {
      h += (i == 0 ? 0f : texts.get(i).spaceBefore + texts.get(i - 1).spaceAfter) + texts.get(i).height();
    }
    return h;
  }

  @Override
  float height() {
    return Math.max(side, textHeight());
  }

  /**
   * Places the code at the column's left edge {@code x} (its right edge on a right-to-left page), the
   * text beside it, centred on it when shorter.
   */
  void place(PageFlow flow, float x) {
    float height = height();
    if (height > flow.room() + EPSILON && !flow.atTop()) {
      if (atFoot && FooterBandPlacer.place(this, flow, x)) {
        return;
      }
      flow.newPage();
    }
    if (atFoot && flow.room() > height) {
      flow.down(flow.room() - height);
    }
    float top = flow.y();
    float y = top - Math.max(0f, (side - textHeight()) / 2f);
    Theme.PageGeometry g = flow.geometry();
    // a right-to-left page's text lines are mirrored after pagination, the code is not: put it on the
    // right here (left, the address beside it ran over it)
    float codeX = flow.rightToLeft() ? g.marginLeft() + g.right() - x - side : x;
    for (int i = 0; i < texts.size(); i++) {
      if (i == figureAt) { // drawn in reading order: the structure tree follows the drawing
        flow.add(new QrMark(codeX, top - side, side, symbol, figure));
      }
      Box.Text t = texts.get(i);
      if (i > 0) {
        y -= t.spaceBefore + texts.get(i - 1).spaceAfter;
      }
      for (int k = 0; k < t.lines.size(); k++) {
        flow.add(new Op.TextLine(x + side + gap + t.x, y - t.baselineFromTop(k), t.lines.get(k), false));
      }
      y -= t.height();
    }
    flow.down(height);
  }
}
