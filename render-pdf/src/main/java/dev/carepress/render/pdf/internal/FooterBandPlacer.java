package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.PageFlow.EPSILON;

/**
 * Puts the last page's QR code in the footer's band when the text leaves no room for it above the
 * footer, so that it never takes a page of its own: the code at the start of the band (its quiet
 * zone against the text column's bottom, its modules well inside what a printer prints), "Read this
 * online:" and the address beside it at the footer's size, and the running footer's lines under
 * that text, beside the code ({@link FooterBand}). The band and whatever room the text left above
 * it must hold them: with both footer lines and the footer's rule if they fit, else without the
 * rule, else with the page number's line alone (the clinic's and site's line is on every other page
 * and in the clinic's box on page 1), else with no footer line. Stateless.
 */
final class FooterBandPlacer {
  /** The code's bottom, as a share of the bottom margin (8 pt in standard print: its modules start 5 mm up). */
  private static final float CODE_BOTTOM = 0.12f;
  /**
   * The lowest the code's bottom may go to keep its top at the text column's bottom, as a share of
   * the bottom margin; a code taller than that (a long address's, over 60 pt) keeps its bottom at
   * {@link #CODE_BOTTOM} and reaches up into the room the text left.
   */
  private static final float LOWEST_CODE_BOTTOM = 0.1f;
  /** The lowest footer line's baseline, as a share of the bottom margin (17 pt in standard print, 6 mm up). */
  private static final float LOWEST_BASELINE = 0.25f;
  /** The space between the footer's rule and the text over it, in footer sizes. */
  private static final float OVER_RULE = 0.4f;
  /**
   * The footers tried, most complete first: both lines with the rule, both without it, the page
   * number's line with the rule, without it, no footer line.
   */
  private static final int TIERS = 5;

  private FooterBandPlacer() {}

  /**
   * Places the code in the band of the current page if it can go there; whether it did. Only the
   * last page's code of a handout's whole text column goes there (not a bilingual handout's column).
   */
  static boolean place(QrBox qr, PageFlow flow, float x) {
    Theme.PageGeometry g = flow.geometry();
    if (qr.band.isEmpty() || Math.abs(g.marginLeft() - g.marginRight()) > EPSILON) {
      return false;
    }
    float size = qr.running;
    float lead = size * RunningHeads.SECOND_LINE;
    float lowest = g.marginBottom() * LOWEST_BASELINE;
    float codeBottom = Math.min(g.marginBottom() * CODE_BOTTOM, g.marginBottom() - qr.side);
    if (codeBottom < g.marginBottom() * LOWEST_CODE_BOTTOM) {
      codeBottom = g.marginBottom() * CODE_BOTTOM; // a code taller than the margin reaches into the text's room
    }
    // the text's bottom line, or the foot of the band when the text left less than its space before
    float limit = Math.max(flow.y(), Math.min(flow.y() + qr.spaceBefore, g.marginBottom()));
    float textHeight = 0f;
    for (Box.Text t : qr.band) {
      textHeight += t.height();
    }
    Box.Text last = qr.band.get(qr.band.size() - 1);
    int lastLine = last.lines.size() - 1;
    float underLastBaseline = last.lineHeight(lastLine) - last.baseline(lastLine);
    for (int tier = 0; tier < TIERS; tier++) {
      int rows = 2 - tier / 2;
      boolean rule = tier % 2 == 0 && rows > 0;
      float textBottom = rule ? lowest + (rows - 1) * lead + size * (RunningHeads.FOOTER_RULE_ABOVE + OVER_RULE)
          : lowest + rows * lead - underLastBaseline;
      float top = Math.max(codeBottom + qr.side, textBottom + textHeight);
      if (top <= limit + EPSILON) {
        draw(qr, flow, x, top);
        flow.band(new FooterBand(qr.side + qr.gap, rows, lowest, rule));
        if (flow.room() > 0f) {
          flow.down(flow.room()); // nothing more on this page (a bilingual handout's translation goes on)
        }
        return true;
      }
    }
    return false;
  }

  /** The code with its top at {@code top}, and its text beside it, top-aligned with it. */
  private static void draw(QrBox qr, PageFlow flow, float x, float top) {
    Theme.PageGeometry g = flow.geometry();
    // a right-to-left page's text lines are mirrored after pagination, the code is not: put it on the right here
    float codeX = flow.rightToLeft() ? g.marginLeft() + g.right() - x - qr.side : x;
    flow.add(new QrMark(codeX, top - qr.side, qr.side, qr.symbol, qr.figure));
    float y = top;
    for (Box.Text t : qr.band) {
      for (int k = 0; k < t.lines.size(); k++) {
        flow.add(new Op.TextLine(x + qr.side + qr.gap + t.x, y - t.baselineFromTop(k), t.lines.get(k), false));
      }
      y -= t.height();
    }
  }
}
