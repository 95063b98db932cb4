package dev.carepress.render.pdf.internal.text;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import dev.carepress.render.pdf.internal.Fonts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Lays out one paragraph of mixed-script, mixed-direction text: bidi levels by the Unicode
 * Bidirectional Algorithm (ICU), a face for every grapheme cluster from the renderer's fallback
 * chain, runs shaped by {@link Shaping}, lines broken at {@link LineBreaks} greedily to a width, and
 * each line reordered into visual runs. Made for one paragraph and thrown away; not thread-safe.
 *
 * <pre>{@code
 * ParagraphLayout<Style> p = ParagraphLayout.of(fonts, styles, spans, Direction.AUTO, "ar", missing::add);
 * for (VisualLine<Style> line : p.lines(width)) { ... draw line.runs() from the left or right margin ... }
 * }</pre>
 *
 * @param <S> the caller's style of a span (opaque here but for {@link Styles})
 */
public final class ParagraphLayout<S> {
  /** What the layout needs to know of a style. */
  public interface Styles<S> {
    /** The face role ({@link Fonts#REGULAR} …). */
    int role(S style);

    /** The font size in points. */
    float size(S style);
  }

  /** A piece of the paragraph's text in one style. */
  public record Span<S>(String text, S style) {}

  /** The paragraph's base direction. */
  public enum Direction {
    /** Left to right (an English article). */
    LTR,
    /** Right to left (an Arabic, Persian, Urdu or Hebrew article). */
    RTL,
    /** From the first strong character (rule P2 of the bidi algorithm), left to right if there is none. */
    AUTO
  }

  private final Fonts fonts;
  private final Styles<S> styles;
  private final String language;
  private final String text;
  private final char[] chars;
  private final List<S> spanStyles = new ArrayList<>();
  private final int[] spanOf;
  private final Bidi bidi;
  private final byte[] levels;
  private final List<Itemizer.Item> items;
  private final List<ShapedRun> shaped = new ArrayList<>();
  /** Per char: the advance in points of the cluster that starts there (0 inside a cluster). */
  private final float[] advance;
  private final boolean[] clusterStart;

  private ParagraphLayout(Fonts fonts, Styles<S> styles, List<Span<S>> spans, Direction direction, String language,
      IntConsumer missing) {
    this.fonts = fonts;
    this.styles = styles;
    this.language = language;
    StringBuilder all = new StringBuilder();
    List<Integer> ends = new ArrayList<>();
    for (Span<S> span : spans) {
      String t = span.text();
      all.append(Normalizer.isNormalized(t, Normalizer.Form.NFC) ? t : Normalizer.normalize(t, Normalizer.Form.NFC));
      ends.add(all.length());
      spanStyles.add(span.style());
    }
    this.text = all.toString();
    this.chars = text.toCharArray();
    this.spanOf = new int[chars.length];
    for (int s = 0, i = 0; s < ends.size(); s++) {
      for (; i < ends.get(s); i++) {
        spanOf[i] = s;
      }
    }
    this.bidi = needsBidi(direction) ? new Bidi(text, direction == Direction.LTR ? Bidi.LTR
        : direction == Direction.RTL ? Bidi.RTL : Bidi.LEVEL_DEFAULT_LTR) : null;
    this.levels = bidi == null ? new byte[chars.length] : bidi.getLevels();
    this.items = new Itemizer(fonts, text, language, i -> styles.role(spanStyles.get(spanOf[i])), spanOf, levels,
        missing).items();
    this.advance = new float[chars.length];
    this.clusterStart = new boolean[chars.length + 1];
    clusterStart[chars.length] = true;
    com.ibm.icu.text.BreakIterator graphemes = com.ibm.icu.text.BreakIterator.getCharacterInstance();
    graphemes.setText(text);
    for (Itemizer.Item item : items) {
      float size = styles.size(spanStyles.get(spanOf[item.start()]));
      if (item.face() < 0) {
        shaped.add(null);
        advance[item.start()] = size * 0.6f;
        clusterStart[item.start()] = true;
        continue;
      }
      ShapedRun run = shape(item, item.start(), item.end());
      shaped.add(run);
      float[] widths = run.clusterAdvances();
      float scale = size / run.font().unitsPerEm();
      for (int k = 0; k < run.clusterCount(); k++) {
        int at = run.clusterStart(k);
        advance[at] = widths[k] * scale;
        clusterStart[at] = graphemes.isBoundary(at); // a mark's own glyph is no place to break
      }
    }
  }

  /**
   * Lays out the spans.
   *
   * @param direction the base direction (the article's language's, or {@link Direction#AUTO})
   * @param language the language (a BCP 47 tag: line-breaking rules and regional CJK forms)
   * @param missing told each character no font has (it is drawn as a box)
   */
  public static <S> ParagraphLayout<S> of(Fonts fonts, Styles<S> styles, List<Span<S>> spans, Direction direction,
      String language, IntConsumer missing) {
    return new ParagraphLayout<>(fonts, styles, spans, direction, language, missing);
  }

  /** The paragraph's text, as laid out (NFC). */
  public String text() {
    return text;
  }

  /** Whether the paragraph is right to left. */
  public boolean rtl() {
    return bidi != null && (bidi.getParaLevel() & 1) == 1;
  }

  /** The shaped runs of the whole paragraph in logical order (null for a placeholder). */
  public List<ShapedRun> runs() {
    return shaped;
  }

  /** The width of the paragraph on one line, in points. */
  public float naturalWidth() {
    return width(0, trimEnd(0, chars.length));
  }

  /** The lines of the paragraph at a width in points, each in visual order. */
  public List<VisualLine<S>> lines(float width) {
    LineBreaks breaks = LineBreaks.of(text, language);
    List<VisualLine<S>> lines = new ArrayList<>();
    int lineStart = 0;
    int lastFit = -1;
    int lastWeakFit = -1; // a break between a number and its unit: the last resort before cutting
    int i = 0;
    while (i < breaks.count()) {
      int b = breaks.position(i);
      if (!clusterStart[b] || b <= lineStart) { // inside a cluster, or taken by punctuation hung on a line
        i++;
        continue;
      }
      if (width(lineStart, trimEnd(lineStart, b)) <= width) {
        if (breaks.weak(i)) {
          lastWeakFit = b;
        } else {
          lastFit = b;
        }
        if (breaks.mandatory(i) || b == chars.length) {
          lines.add(line(lineStart, b));
          lineStart = b;
          lastFit = -1;
        }
        i++;
      } else if (lastFit > lineStart) {
        lines.add(line(lineStart, lastFit));
        lineStart = lastFit;
        lastFit = -1;
      } else if (lastWeakFit > lineStart) {
        lines.add(line(lineStart, lastWeakFit));
        lineStart = lastWeakFit;
      } else {
        int cut = emergencyCut(lineStart, b, width);
        lines.add(line(lineStart, cut));
        lineStart = cut;
      }
    }
    if (lines.isEmpty() || lineStart < chars.length) {
      lines.add(line(lineStart, chars.length));
    }
    return lines;
  }

  /** The furthest cluster boundary before {@code end} that fits, at least one cluster past {@code start}. */
  private int emergencyCut(int start, int end, float width) {
    int cut = -1;
    float w = 0f;
    for (int c = start; c < end; c++) {
      w += advance[c];
      if (clusterStart[c + 1]) {
        if (w <= width || cut < 0) {
          cut = c + 1;
        }
        if (w > width) {
          break;
        }
      }
    }
    if (cut < 0) {
      return end;
    }
    int back = cut; // nor a line that starts with closing punctuation, if a cluster can go with it
    while (back > start && back < end && noStart(text.codePointAt(back))) {
      do {
        back--;
      } while (back > start && !clusterStart[back]);
    }
    if (back > start) {
      return back;
    }
    while (cut < end && noStart(text.codePointAt(cut))) { // no room to take a character down: the
      do { // punctuation hangs at the end of this line instead
        cut++;
      } while (cut < end && !clusterStart[cut]);
    }
    return cut;
  }

  /** Characters a line may not start with (UAX #14 classes CL, CP, EX, IS, NS, CJ, and closing quotes). */
  private static boolean noStart(int cp) {
    if (Character.getType(cp) == Character.FINAL_QUOTE_PUNCTUATION) {
      return true; // a closing quotation mark (class QU) closes what is before it
    }
    int lb = com.ibm.icu.lang.UCharacter.getIntPropertyValue(cp, com.ibm.icu.lang.UProperty.LINE_BREAK);
    return lb == com.ibm.icu.lang.UCharacter.LineBreak.CLOSE_PUNCTUATION
        || lb == com.ibm.icu.lang.UCharacter.LineBreak.CLOSE_PARENTHESIS
        || lb == com.ibm.icu.lang.UCharacter.LineBreak.EXCLAMATION
        || lb == com.ibm.icu.lang.UCharacter.LineBreak.INFIX_NUMERIC
        || lb == com.ibm.icu.lang.UCharacter.LineBreak.NONSTARTER
        || lb == com.ibm.icu.lang.UCharacter.LineBreak.CONDITIONAL_JAPANESE_STARTER;
  }

  private float width(int from, int to) {
    float w = 0f;
    for (int c = from; c < to; c++) {
      w += advance[c];
    }
    return w;
  }

  /** The end of the line's content: trailing spaces and line separators left out. */
  private int trimEnd(int start, int end) {
    int e = end;
    while (e > start && isTrailingSpace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static boolean isTrailingSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0x2028 || c == 0x2029
        || c == 0x200B || (c >= 0x2000 && c <= 0x200A && c != 0x2007);
  }

  private VisualLine<S> line(int start, int end) {
    int contentEnd = trimEnd(start, end);
    List<int[]> pieces = new ArrayList<>(); // {item, from, to} in visual order
    if (bidi == null || contentEnd == start) {
      addPieces(start, contentEnd, false, pieces);
    } else {
      Bidi line = bidi.setLine(start, contentEnd);
      for (int r = 0; r < line.countRuns(); r++) {
        BidiRun run = line.getVisualRun(r);
        addPieces(start + run.getStart(), start + run.getLimit(), run.isOddRun(), pieces);
      }
    }
    List<GlyphRun<S>> runs = new ArrayList<>();
    float x = 0f;
    for (int[] p : pieces) {
      GlyphRun<S> g = glyphRun(p[0], p[1], p[2], x);
      runs.add(g);
      x += g.width();
    }
    return new VisualLine<>(runs, x, rtl(), start, end);
  }

  /** The pieces of the items within {@code [from, to)}, reversed for a right-to-left bidi run. */
  private void addPieces(int from, int to, boolean reversed, List<int[]> out) {
    List<int[]> found = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      Itemizer.Item item = items.get(k);
      int s = Math.max(from, item.start());
      int e = Math.min(to, item.end());
      if (s < e) {
        found.add(new int[] {k, s, e});
      }
    }
    if (reversed) {
      java.util.Collections.reverse(found);
    }
    out.addAll(found);
  }

  private GlyphRun<S> glyphRun(int k, int from, int to, float offset) {
    Itemizer.Item item = items.get(k);
    S style = spanStyles.get(spanOf[from]);
    float size = styles.size(style);
    String part = text.substring(from, to);
    if (item.face() < 0) {
      return new GlyphRun<>(style, -1, null, size, new int[0], new float[0], new float[0], new String[0], offset,
          size * 0.6f, part, false, false, from, new int[0], new int[] {0});
    }
    ShapedRun run = item.start() == from && item.end() == to ? shaped.get(k) : shape(item, from, to);
    float scale = size / run.font().unitsPerEm();
    int n = run.glyphCount();
    float[] x = new float[n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = run.x(i) * scale;
      y[i] = run.y(i) * scale;
    }
    // the run's clusters, merged into whole graphemes (a letter with its marks reads back as one)
    int[] merged = new int[run.clusterCount()];
    int[] starts = new int[run.clusterCount()];
    int count = 0;
    for (int c = 0; c < merged.length; c++) {
      int at = run.clusterStart(c);
      if (c == 0 || graphemeStart(at)) {
        starts[count++] = at - from;
      }
      merged[c] = count - 1;
    }
    int[] clusterOf = new int[n];
    for (int i = 0; i < n; i++) {
      clusterOf[i] = merged[run.clusterOf(i)];
    }
    int[] clusterStarts = java.util.Arrays.copyOf(starts, count);
    return new GlyphRun<>(style, item.face(), run.font(), size, run.glyphs(), x, y, GlyphText.of(run, text), offset,
        run.advance() * scale, part, run.rtl(), run.complex(), from, clusterOf, clusterStarts);
  }

  /** Whether a grapheme cluster starts at the char index. */
  private boolean graphemeStart(int at) {
    return clusterStart[at];
  }

  private ShapedRun shape(Itemizer.Item item, int from, int to) {
    if (item.complex()) {
      return Shaping.shape(fonts.face(item.face()), item.face(), chars, from, to, item.rtl());
    }
    return Shaping.plain(fonts.face(item.face()), item.face(), text, from, to);
  }

  /** Whether any character can make the text other than plain left to right. */
  private boolean needsBidi(Direction direction) {
    if (direction != Direction.LTR) {
      return true;
    }
    for (char c : chars) {
      if (c >= 0x0590 && (Scripts.isStrongRtl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
          || Character.isSurrogate(c))) {
        return true;
      }
    }
    return false;
  }
}
