package dev.carepress.render.pdf.internal;

import dev.carepress.render.pdf.internal.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The running header (the short title, over a rule) and footer (last-reviewed date left, site URL,
 * page n of m right; the URL goes to a second footer line when the three do not fit on one, and is
 * wrapped onto more, never cut, when it is too wide for that line too), drawn
 * on every page as pagination artifacts. A right-to-left page's are mirrored: the title and the
 * review date on the right, the page number on the left.
 */
final class RunningHeads {
  /** The header's baseline sits this share of the top margin below the page's top edge. */
  private static final float HEADER_BASELINE = 0.55f;
  /** The footer's baseline sits this share of the bottom margin above the page's bottom edge … */
  private static final float FOOTER_BASELINE = 0.45f;
  /** … or this share when the URL needs a second line. */
  private static final float FOOTER_BASELINE_TWO_LINES = 0.55f;
  /** The rule under the header sits this many running-head sizes under its baseline. */
  private static final float HEADER_RULE_BELOW = 0.6f;
  /** The rule over the footer sits this many running-head sizes over its baseline. */
  static final float FOOTER_RULE_ABOVE = 1.3f;
  /** A wrapped footer's lowest baseline may go down to this share of the bottom margin (as beside a QR code). */
  private static final float LOWEST_BASELINE = 0.25f;
  /** The least space between the text column and the rule of a footer that wraps, in running-head sizes. */
  private static final float OVER_RULE = 0.4f;
  /** The footer's second line is this many sizes under its first. */
  static final float SECOND_LINE = 1.35f;
  /** The gap between footer items, in running-head sizes. */
  private static final float GAP = 2f;
  /** The page number takes at most this share of the line. */
  private static final float PAGE_NUMBER_SHARE = 0.4f;
  private static final float RULE = 0.5f;

  private final Theme.PageGeometry page;
  private final float size;
  /** The header is content-sized, never small print; only the footer may be smaller (issue 19). */
  private final float headerSize;
  private final Typesetter typesetter;
  private final Optional<String> footerUrl;
  /** The clinic's line without the site's address, for the footer beside a QR code when the whole is too wide. */
  private final Optional<String> clinicLine;

  RunningHeads(Theme theme, Typesetter typesetter, Optional<String> footerUrl, Optional<String> clinicLine) {
    this.clinicLine = clinicLine;
    this.page = theme.page();
    this.size = theme.type().running();
    this.headerSize = Math.max(theme.type().running(), theme.type().body());
    this.typesetter = typesetter;
    this.footerUrl = footerUrl;
  }

  /**
   * Draws the header and footer of page {@code index} of {@code count}, the footer making room for
   * a QR code in its band as {@code band} says.
   */
  void draw(PageDrawer drawer, PageInfo info, FooterBand band, int index, int count) {
    Style style = Style.plain(Fonts.REGULAR, size, Palette.MUTED, null);
    float left = page.marginLeft();
    float right = page.right();
    Placer place = new Placer(drawer, left + right, info.rightToLeft());
    typesetter.direction(info.rightToLeft());
    float width = right - left;
    if (!info.header().isEmpty()) {
      drawer.artifact("Pagination", "Header");
      float base = page.height() - page.marginTop() * HEADER_BASELINE;
      place.line(oneLine(info.header(), style.withRole(Fonts.BOLD).withSize(headerSize), width), left, base);
      drawer.color(Palette.RULE);
      drawer.rect(left, base - headerSize * HEADER_RULE_BELOW, width, RULE);
    }
    if (band.beside()) {
      footerBesideCode(place, drawer, info, band, style, index, count);
      return;
    }
    drawer.artifact("Pagination", "Footer");
    float gap = size * GAP;
    Line pageLine = pageLine(info, style, index, count, width);
    Line reviewed = info.reviewed().isEmpty() ? null : oneLine(info.reviewed(), style, width - pageLine.width() - gap);
    List<String> wrapped = wrapped(info.rightToLeft(), style, width);
    if (!wrapped.isEmpty()) {
      footerOnLines(place, drawer, wrapped, pageLine, reviewed, style, info.rightToLeft());
      return;
    }
    Line site = footerUrl.map(url -> siteLine(url, info.rightToLeft(), style, width)).orElse(null);
    float used = pageLine.width() + (reviewed == null ? 0f : reviewed.width() + gap);
    boolean oneLine = site == null || used + site.width() + gap <= width;
    float base = page.marginBottom() * (oneLine ? FOOTER_BASELINE : FOOTER_BASELINE_TWO_LINES);
    drawer.color(Palette.RULE);
    drawer.rect(left, base + size * FOOTER_RULE_ABOVE, width, RULE);
    place.line(pageLine, right - pageLine.width(), base);
    float x = left;
    if (reviewed != null) {
      place.line(reviewed, x, base);
      x += reviewed.width() + gap;
    }
    if (site != null) {
      if (oneLine) {
        place.line(site, x, base);
      } else {
        place.line(site, left, base - size * SECOND_LINE);
      }
    }
  }

  /**
   * The footer whose clinic and site line is too wide for a line of its own: the review date and
   * the page number on the first line, the clinic's and site's line wrapped under it, whole.
   */
  private void footerOnLines(Placer place, PageDrawer drawer, List<String> wrapped, Line pageLine, Line reviewed,
      Style style, boolean rightToLeft) {
    float left = page.marginLeft();
    float right = page.right();
    float base = firstBaseline(1 + wrapped.size());
    drawer.color(Palette.RULE);
    drawer.rect(left, base + size * FOOTER_RULE_ABOVE, right - left, RULE);
    place.line(pageLine, right - pageLine.width(), base);
    if (reviewed != null) {
      place.line(reviewed, left, base);
    }
    for (String text : wrapped) {
      base -= size * SECOND_LINE;
      place.line(oneLine(isolateParts(text, rightToLeft), style, Float.MAX_VALUE), left, base);
    }
  }

  /**
   * The clinic's and site's line wrapped to the text column's width when it is too wide for one
   * line ({@link FooterLines}); empty when it fits on one, or there is none.
   */
  private List<String> wrapped(boolean rightToLeft, Style style, float width) {
    if (footerUrl.isEmpty()) {
      return List.of();
    }
    String text = footerUrl.get();
    ToDoubleFunction<String> measure = t -> oneLine(isolateParts(t, rightToLeft), style, Float.MAX_VALUE).width();
    if (measure.applyAsDouble(text) <= width) {
      return List.of();
    }
    return FooterLines.wrap(text, width, measure);
  }

  /**
   * The first footer line's baseline for a footer of {@code rows} lines: where a two-line footer's
   * is, or higher when its lowest line would go under the lowest a footer line may sit.
   */
  private float firstBaseline(int rows) {
    float first = page.marginBottom() * FOOTER_BASELINE_TWO_LINES;
    return Math.max(first, page.marginBottom() * LOWEST_BASELINE + (rows - 1) * size * SECOND_LINE);
  }

  /**
   * The bottom margin the pages of a handout in this direction need for their footer: the theme's,
   * or more when the clinic's and site's line wraps onto more lines than it holds, so that the
   * footer's rule stays clear of the text column.
   */
  float bottomMargin(boolean rightToLeft) {
    typesetter.direction(rightToLeft);
    List<String> wrapped = wrapped(rightToLeft, Style.plain(Fonts.REGULAR, size, Palette.MUTED, null),
        page.right() - page.marginLeft());
    if (wrapped.isEmpty()) {
      return page.marginBottom();
    }
    return Math.max(page.marginBottom(), firstBaseline(1 + wrapped.size()) + size * (FOOTER_RULE_ABOVE + OVER_RULE));
  }

  private Line pageLine(PageInfo info, Style style, int index, int count, float width) {
    return oneLine(info.pageOf().replace("{0}", String.valueOf(index + 1)).replace("{1}", String.valueOf(count)),
        style.withRole(Fonts.BOLD), width * PAGE_NUMBER_SHARE);
  }

  /**
   * The footer of a page whose QR code is in the band ({@link FooterBandPlacer}): beside the code,
   * the page number's line (the review date in it only when it fits whole, never cut: the review is
   * on the last page's text too), the clinic's and site's line under it ({@link #besideCode}), each
   * only if the band has its row; the rule over them if the band has room for it.
   */
  private void footerBesideCode(Placer place, PageDrawer drawer, PageInfo info, FooterBand band, Style style,
      int index, int count) {
    if (band.rows() == 0) {
      return;
    }
    drawer.artifact("Pagination", "Footer");
    float left = page.marginLeft() + band.inset();
    float right = page.right();
    float width = right - left;
    Line site = band.rows() < 2 ? null : besideCode(info.rightToLeft(), style, width);
    float base = band.baseline() + (site == null ? 0f : size * SECOND_LINE);
    if (band.rule()) {
      drawer.color(Palette.RULE);
      drawer.rect(info.rightToLeft() ? page.marginLeft() : left, base + size * FOOTER_RULE_ABOVE, width, RULE);
    }
    Line pageLine = pageLine(info, style, index, count, width);
    place.line(pageLine, right - pageLine.width(), base);
    if (!info.reviewed().isEmpty()) {
      Line reviewed = oneLine(info.reviewed(), style, Float.MAX_VALUE);
      if (reviewed.width() + size * GAP + pageLine.width() <= width) {
        place.line(reviewed, left, base);
      }
    }
    if (site != null) {
      place.line(site, left, band.baseline());
    }
  }

  /**
   * The clinic's and site's line beside a QR code: whole if it fits, else without the site's address
   * (the handout's own address is printed just over it, beside the code), else without the clinic's
   * name too (as a large-print footer leaves it out), else cut as on other pages; none for a site's
   * address alone that does not fit.
   */
  private Line besideCode(boolean rightToLeft, Style style, float width) {
    List<String> texts = new ArrayList<>();
    footerUrl.ifPresent(texts::add);
    clinicLine.ifPresent(line -> {
      texts.add(line);
      int dot = line.indexOf(" \u00b7 ");
      if (dot > 0 && isName(line.substring(0, dot))) {
        texts.add(line.substring(dot + 3));
      }
    });
    for (String text : texts) {
      Line line = oneLine(isolateParts(text, rightToLeft), style, Float.MAX_VALUE);
      if (line.width() <= width) {
        return line;
      }
    }
    return clinicLine.map(text -> siteLine(text, rightToLeft, style, width)).orElse(null);
  }

  /** Draws lines where a left-to-right page has them, or mirrored about the text column's middle. */
  private record Placer(PageDrawer drawer, float axis, boolean mirrored) {
    void line(Line line, float x, float baseline) {
      drawer.untagged(line, mirrored ? axis - x - line.width() : x, baseline);
    }
  }

  /**
   * The text with each of its parts (separated by middle dots) made an isolate where its direction
   * differs from the page's: on a right-to-left page a part with no right-to-left letter (a web
   * address, a phone number) becomes a left-to-right isolate (LRI … PDI), on a left-to-right page a
   * part with one (an Arabic clinic name) a right-to-left isolate (RLI … PDI). Without them the bidi
   * algorithm gives a part's neutral ends the line's direction, or lets the numbers after an Arabic
   * name take its direction: the trailing slash of {@code example.org/clinic/} or the plus of
   * {@code +1 555} would be drawn at the wrong end. A text whose parts all go the page's way is
   * returned as it is.
   */
  static String isolateParts(String text, boolean rightToLeft) {
    String[] parts = text.split(" \u00b7 ", -1);
    StringBuilder out = new StringBuilder(text.length() + 2 * parts.length);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append(" \u00b7 ");
      }
      String part = parts[i];
      boolean rtl = part.codePoints().anyMatch(Scripts::isStrongRtl);
      if (part.isBlank() || rtl == rightToLeft) {
        out.append(part);
      } else {
        out.append(rightToLeft ? '\u2066' : '\u2067').append(part).append('\u2069');
      }
    }
    return out.toString();
  }

  /**
   * The footer's clinic and site line. When it is too wide, its first part is cut if it is a name
   * (no digit, and not a one-word address), so that the phone number and web address after it, which
   * a patient needs whole, are kept whole; only when they alone are too wide is the end cut.
   */
  private Line siteLine(String text, boolean rightToLeft, Style style, float max) {
    Line full = oneLine(isolateParts(text, rightToLeft), style, Float.MAX_VALUE);
    int dot = text.indexOf(" \u00b7 ");
    if (full.width() <= max) {
      return full;
    }
    if (dot <= 0 || !isName(text.substring(0, dot))) {
      return oneLine(isolateParts(text, rightToLeft), style, max);
    }
    String name = text.substring(0, dot);
    String rest = text.substring(dot);
    for (int keep = name.codePointCount(0, name.length()) - 1; keep > 0; keep--) {
      String shorter = name.substring(0, name.offsetByCodePoints(0, keep)).stripTrailing() + "\u2026";
      Line line = oneLine(isolateParts(shorter + rest, rightToLeft), style, Float.MAX_VALUE);
      if (line.width() <= max) {
        return line;
      }
    }
    return oneLine(isolateParts(rest.substring(3), rightToLeft), style, max);
  }

  /** Whether a footer part is a name: no digit (not a phone number), and not a one-word address. */
  private static boolean isName(String part) {
    String p = part.strip();
    return p.chars().noneMatch(Character::isDigit) && (p.contains(" ") || !p.contains("."));
  }

  /** Text on one line, cut with an ellipsis when it is wider than {@code max}. */
  private Line oneLine(String text, Style style, float max) {
    List<Item> items = new ArrayList<>();
    String t = text;
    for (int guard = 0; guard < 400; guard++) {
      items.clear();
      typesetter.shaper().shapeQuietly(t, style, items);
      Line line = typesetter.breakLines(items, Float.MAX_VALUE).get(0);
      if (line.width() <= max || t.length() <= 2) {
        return line;
      }
      int cut = t.offsetByCodePoints(t.length() - (t.endsWith("\u2026") ? 1 : 0), -1);
      t = t.substring(0, cut).stripTrailing() + "\u2026";
    }
    return new Line(List.of(), 0f);
  }
}
