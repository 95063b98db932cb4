package dev.carepress.render.pdf.internal;

import java.util.Objects;

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

  /** Raised text (a note's reference): the same size, so that it is never small print (issue 19). */
  Style superscript() {
    return new Style(role, size, color, underline, strike, size * 0.33f, node, link, linkText);
  }

  Style withLink(StructNode linkNode, String target, String text) {
    return new Style(role, size, color, true, strike, rise, linkNode, target, text);
  }

  // equals and hashCode written out, with a record's meaning (floats compared as Float.compare does):
  // the line breaker compares styles in every paragraph, and a record's own ones are made at run time
  // through method handles on first use, some 10 ms of a cold start's CPU
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Style s && role == s.role && Float.compare(size, s.size) == 0
        && color == s.color && underline == s.underline && strike == s.strike && Float.compare(rise, s.rise) == 0
        && Objects.equals(node, s.node) && Objects.equals(link, s.link)
        && Objects.equals(linkText, s.linkText);
  }

  @Override
  public int hashCode() {
    int h = Integer.hashCode(role);
    h = h * 31 + Float.hashCode(size);
    h = h * 31 + Integer.hashCode(color);
    h = h * 31 + Boolean.hashCode(underline);
    h = h * 31 + Boolean.hashCode(strike);
    h = h * 31 + Float.hashCode(rise);
    h = h * 31 + Objects.hashCode(node);
    h = h * 31 + Objects.hashCode(link);
    return h * 31 + Objects.hashCode(linkText);
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
