package dev.carepress.render.pdf;

/** The paper a handout is laid out for. Sizes are in PDF points (1/72 inch). */
public enum PageSize {
  /** ISO A4, 210 × 297 mm: the paper of most of the world. */
  A4(595.2756f, 841.8898f),
  /** US Letter, 8.5 × 11 inches: the paper of the United States and Canada. */
  LETTER(612f, 792f);

  private final float width;
  private final float height;

  PageSize(float width, float height) {
    this.width = width;
    this.height = height;
  }

  /** The width in points. */
  public float width() {
    return width;
  }

  /** The height in points. */
  public float height() {
    return height;
  }
}
