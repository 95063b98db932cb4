package dev.carepress.render.pdf.internal.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;

/**
 * Where a paragraph may break: ICU's line breaking (UAX #14, with its dictionaries for Thai, Lao,
 * Khmer and Myanmar and the CJK rules, strict for Chinese, Japanese and Korean: no line starts
 * with closing punctuation, small kana, the prolonged sound mark or an iteration mark), kept only where it is also a grapheme cluster boundary, so a line never splits
 * a character from its marks. A break between a number and its unit ("200 mg", "Ⅱ度", {@link
 * NumberUnits}) is weak: taken only when nothing else on the line is.
 */
public final class LineBreaks {
  /** The rule status ICU gives a mandatory break (after a line feed, say). */
  private static final int HARD = 100;

  private final int[] positions;
  private final boolean[] hard;
  private final boolean[] weak;

  private LineBreaks(int[] positions, boolean[] hard, boolean[] weak) {
    this.positions = positions;
    this.hard = hard;
    this.weak = weak;
  }

  /** The break opportunities of the text in a language (a BCP 47 tag; empty for none). */
  public static LineBreaks of(String text, String language) {
    ULocale locale = language.isEmpty() ? ULocale.ROOT : ULocale.forLanguageTag(language);
    String lang = locale.getLanguage();
    boolean cjk = lang.equals("zh") || lang.equals("ja") || lang.equals("ko") || lang.equals("yue");
    // strict: no line starts with small kana, the prolonged sound mark or an iteration mark either
    BreakIterator lines = BreakIterator.getLineInstance(cjk ? locale.setKeywordValue("lb", "strict") : locale);
    lines.setText(text);
    BreakIterator graphemes = BreakIterator.getCharacterInstance(locale);
    graphemes.setText(text);
    int[] at = new int[16];
    boolean[] mandatory = new boolean[16];
    boolean[] last = new boolean[16];
    int n = 0;
    java.util.BitSet joined = NumberUnits.joins(text);
    for (int b = lines.next(); b != BreakIterator.DONE; b = lines.next()) {
      boolean isHard = lines.getRuleStatus() >= HARD;
      if (b < text.length() && !graphemes.isBoundary(b)) {
        continue;
      }
      if (n == at.length) {
        at = Arrays.copyOf(at, n * 2);
        mandatory = Arrays.copyOf(mandatory, n * 2);
        last = Arrays.copyOf(last, n * 2);
      }
      at[n] = b;
      mandatory[n] = isHard;
      last[n] = !isHard && joined.get(b);
      n++;
    }
    return new LineBreaks(Arrays.copyOf(at, n), Arrays.copyOf(mandatory, n), Arrays.copyOf(last, n));
  }

  /** The number of opportunities (the text's end is the last). */
  public int count() {
    return positions.length;
  }

  /** Where the i-th opportunity is: a line may end before this char index. */
  public int position(int i) {
    return positions[i];
  }

  /** Whether the i-th break is mandatory (a line feed or paragraph separator ends the line there). */
  public boolean mandatory(int i) {
    return hard[i];
  }

  /**
   * Whether the i-th break parts a number from its unit ("200 / mg"): to be taken only when the line
   * has no other break that fits.
   */
  public boolean weak(int i) {
    return weak[i];
  }
}
