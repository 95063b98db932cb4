package dev.carepress.render.pdf.internal.text;

import java.util.function.IntUnaryOperator;

/**
 * The face a character shared by scripts takes when neither the text before it nor the role's faces
 * have it, such as an Arabic comma after a Latin word ({@code MD، بتاريخ}): that of the nearest
 * letter after it, then before it, whose face has it, within {@link #REACH} characters. One search
 * for the paragraph layout ({@link Itemizer}) and the shaper of single lines.
 */
public final class NearbyFace {
  /** How far (in UTF-16 units) to look on either side of the character. */
  public static final int REACH = 64;

  private NearbyFace() {}

  /**
   * The face for the character (or cluster) at {@code [from, to)} of the text, or -1.
   *
   * @param faceOf for a code point near it: the face of that letter when it has the character, or
   *     -1 (also for a character that is not a letter of a script of its own)
   */
  public static int find(String text, int from, int to, IntUnaryOperator faceOf) {
    for (int i = to; i < Math.min(text.length(), to + REACH); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int face = faceOf.applyAsInt(cp);
      if (face >= 0) {
        return face;
      }
    }
    for (int i = from; i > Math.max(0, from - REACH); ) {
      int cp = text.codePointBefore(i);
      i -= Character.charCount(cp);
      int face = faceOf.applyAsInt(cp);
      if (face >= 0) {
        return face;
      }
    }
    return -1;
  }
}
