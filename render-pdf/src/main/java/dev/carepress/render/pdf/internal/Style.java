package dev.carepress.render.pdf.internal;

/**
 * How a piece of inline text is drawn and what it belongs to.
 *
 * @param role the face role ({@link Fonts#REGULAR} …)
 * @param size the font size in points
 * @param color the colour as 0xRRGGBB
 * @param underline whether to underline (links)
 * @param strike whether to strike through
 * @param rise the baseline shift in points (superscript)
 * @param node the structure element the text belongs to, or null for an artifact
 * @param link the link target: a URL, {@code #anchor} inside the document, or null
 * @param linkText the link's alternate description (its text), when {@code link} is set
 */
record Style(int role, float size, int color, boolean underline, boolean strike, float rise, StructNode node,
    String link, String linkText) {

  /** Text of a face, size and colour belonging to a node (or an artifact for null), not a link. */
  static Style plain(int role, float size, int color, StructNode node) {
    return new Style(role, size, color, false, false, 0f, node, null, null);
  }

  Style withRole(int newRole) {
    return new Style(newRole, size, color, underline, strike, rise, node, link, linkText);
  }

  Style withNode(StructNode newNode) {
    return new Style(role, size, color, underline, strike, rise, newNode, link, linkText);
  }

  Style withColor(int newColor) {
    return new Style(role, size, newColor, underline, strike, rise, node, link, linkText);
  }

  Style withStrike() {
    return new Style(role, size, color, underline, true, rise, node, link, linkText);
  }

  Style withSize(float newSize) {
    return new Style(role, newSize, color, underline, strike, rise, node, link, linkText);
  }

  Style superscript() {
    return new Style(role, size * 0.7f, color, underline, strike, size * 0.35f, node, link, linkText);
  }

  Style withLink(StructNode linkNode, String target, String text) {
    return new Style(role, size, color, true, strike, rise, linkNode, target, text);
  }

  /** The role with bold added. */
  static int bold(int role) {
    return role == Fonts.ITALIC || role == Fonts.BOLD_ITALIC ? Fonts.BOLD_ITALIC : role == Fonts.MONO ? role : Fonts.BOLD;
  }

  /** The role with italic added. */
  static int italic(int role) {
    return role == Fonts.BOLD || role == Fonts.BOLD_ITALIC ? Fonts.BOLD_ITALIC : role == Fonts.MONO ? role : Fonts.ITALIC;
  }
}
