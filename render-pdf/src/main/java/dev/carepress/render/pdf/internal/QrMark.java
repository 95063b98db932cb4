package dev.carepress.render.pdf.internal;

/**
 * Draws a QR code: a square at ({@code x}, {@code y}) of side {@code side}, tagged as the Figure
 * {@code node} (whose alternate text says where the code leads).
 */
record QrMark(float x, float y, float side, QrSymbol symbol, StructNode node) implements Op {

  /** The bounding box, for the Figure's layout attributes. */
  float[] bbox() {
    return new float[] {x, y, x + side, y + side};
  }
}
