package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.PageFlow.EPSILON;

/**
 * A QR code with the text beside it ("Read this online:" and the short address): the code tagged
 * as a Figure, the text as a paragraph after it. Never split across pages.
 */
final class QrBox extends Box {
  final QrSymbol symbol;
  final float side;
  final StructNode figure;
  final Box.Text text;
  final float gap;

  QrBox(QrSymbol symbol, float side, StructNode figure, Box.Text text, float gap) {
    this.symbol = symbol;
    this.side = side;
    this.figure = figure;
    this.text = text;
    this.gap = gap;
  }

  @Override
  float height() {
    return Math.max(side, text.height());
  }

  /** Places the code at the column's left edge {@code x}, the text beside it, centred on it. */
  void place(PageFlow flow, float x) {
    float height = height();
    if (height > flow.room() + EPSILON && !flow.atTop()) {
      flow.newPage();
    }
    float top = flow.y();
    flow.add(new QrMark(x, top - side, side, symbol, figure));
    float textTop = top - Math.max(0f, (side - text.height()) / 2f);
    for (int k = 0; k < text.lines.size(); k++) {
      float baseline = textTop - text.baseline - k * text.lineHeight;
      flow.add(new Op.TextLine(x + side + gap + text.x, baseline, text.lines.get(k), false));
    }
    flow.down(height);
  }
}
