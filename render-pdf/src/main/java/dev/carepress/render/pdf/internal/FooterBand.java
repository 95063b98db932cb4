package dev.carepress.render.pdf.internal;

/**
 * How a page's running footer makes room for a QR code drawn in its band (the last page's code when
 * it did not fit under the text, {@link FooterBandPlacer}): the footer moves off the code's side and
 * keeps {@code rows} of its lines, the lowest on {@code baseline}, with its rule over them or not.
 *
 * @param inset the width the code and its gap take at the start of the footer, 0 for a normal footer
 * @param rows 2 for the page number's line and the clinic's and site's line, 1 for the page number's
 *     line alone, 0 for no footer lines
 * @param baseline the lowest footer line's baseline, from the page's bottom edge
 * @param rule whether the footer's rule is drawn over its lines
 */
record FooterBand(float inset, int rows, float baseline, boolean rule) {
  /** The normal footer, across the whole text column. */
  static final FooterBand NONE = new FooterBand(0f, 2, 0f, true);

  /** Whether the footer makes room for a code. */
  boolean beside() {
    return inset > 0f;
  }
}
