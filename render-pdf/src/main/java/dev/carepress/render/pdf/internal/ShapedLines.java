package dev.carepress.render.pdf.internal;

import dev.carepress.render.pdf.internal.text.GlyphRun;
import dev.carepress.render.pdf.internal.text.ParagraphLayout;
import dev.carepress.render.pdf.internal.text.Scripts;
import dev.carepress.render.pdf.internal.text.VisualLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a paragraph that the plain {@link LineBreaker} cannot: text that must be shaped (Arabic,
 * the Indic and Southeast Asian scripts…), right-to-left text, Han, kana and Hangul (line-breaking
 * rules, regional glyph forms), and every paragraph of a right-to-left article. The paragraph is
 * laid out from the {@link Item#SOURCE source texts} of its items by {@link ParagraphLayout}: bidi
 * levels, shaping, UAX #14 and dictionary line breaks, lines reordered. A line of a right-to-left
 * paragraph is aligned to the right of the width and is as wide as it, so a mirrored page
 * ({@link Mirror}) keeps it in place. Stateless.
 */
final class ShapedLines {
  /** Widths at or above this are "one line, as long as it takes": nothing is aligned to them. */
  private static final float UNBOUNDED = 1e6f;

  private static final ParagraphLayout.Styles<Style> STYLES = new ParagraphLayout.Styles<>() {
    @Override
    public int role(Style style) {
      return style.role();
    }

    @Override
    public float size(Style style) {
      return style.size();
    }
  };

  private final Fonts fonts;

  ShapedLines(Fonts fonts) {
    this.fonts = fonts;
  }

  /**
   * Whether the items need this layout: in a right-to-left article any text does; elsewhere, text
   * with a character of a script that is shaped, written right to left, or Han, kana or Hangul.
   */
  static boolean needed(List<Item> items, boolean rtlArticle) {
    for (Item item : items) {
      if (item.kind == Item.SOURCE && (rtlArticle || needed(item.text))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has a character that the plain line breaker would not lay out well. */
  static boolean needed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x0590) {
        continue; // Latin, Greek, Cyrillic, Armenian and their marks: the plain path
      }
      int cp = text.codePointAt(i);
      if (cp == 0xFEFF) {
        continue; // a byte order mark, dropped like the other invisible characters
      }
      if (Scripts.needsShaping(cp) || Scripts.isStrongRtl(cp) || isCjk(cp) || (cp >= 0x202A && cp <= 0x202E)
          || (cp >= 0x2066 && cp <= 0x2069)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCjk(int cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
  }

  /**
   * The lines of the items' source texts at the width.
   *
   * @param language the article's language (line-breaking rules, regional CJK forms)
   * @param rtlArticle whether the article is right to left (the paragraphs' base direction)
   */
  List<Line> lines(List<Item> items, float width, String language, boolean rtlArticle) {
    List<ParagraphLayout.Span<Style>> spans = new ArrayList<>();
    for (Item item : items) {
      if (item.kind == Item.SOURCE && !item.text.isEmpty()) {
        spans.add(new ParagraphLayout.Span<>(oneParagraph(item.text), item.style));
      } else if (item.kind == Item.NEWLINE) {
        spans.add(new ParagraphLayout.Span<>("\u2028", item.style));
      }
    }
    if (spans.isEmpty()) {
      return List.of(new Line(List.of(), 0f));
    }
    ParagraphLayout<Style> layout = ParagraphLayout.of(fonts, STYLES, spans,
        rtlArticle ? ParagraphLayout.Direction.RTL : ParagraphLayout.Direction.LTR, language, cp -> { });
    List<Line> lines = new ArrayList<>();
    for (VisualLine<Style> line : layout.lines(width)) {
      lines.add(line(line, width));
    }
    return lines;
  }

  /**
   * The text as the plain path lays it out: paragraph separators (line feeds, U+2029…) and other
   * white-space controls made spaces (the bidi algorithm would start a new paragraph at each), other
   * controls and byte order marks left out (they would reach the ActualText).
   */
  private static String oneParagraph(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.getDirectionality(c) == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
          || c == '\t' || c == 0x0B || c == 0x0C;
      boolean drop = !space && (Character.getType(c) == Character.CONTROL || c == 0xFEFF || c == 0xFFFE);
      if ((space || drop) && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null && !drop) {
        out.append(space ? ' ' : c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static Line line(VisualLine<Style> line, float width) {
    boolean aligned = line.rtl() && width < UNBOUNDED;
    float shift = aligned ? Math.max(0f, width - line.width()) : 0f;
    List<Run> runs = new ArrayList<>(line.runs().size());
    for (GlyphRun<Style> g : line.runs()) {
      if (g.placeholder()) {
        runs.add(new Run(g.style(), -1, g.text(), shift + g.offset(), g.width(), true));
      } else {
        runs.add(new Run(g.style(), g.face(), g.text(), shift + g.offset(), g.width(), false, g));
      }
    }
    return new Line(runs, aligned ? Math.max(width, line.width()) : line.width());
  }
}
