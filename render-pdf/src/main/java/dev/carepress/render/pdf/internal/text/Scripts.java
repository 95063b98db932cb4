package dev.carepress.render.pdf.internal.text;

import dev.carepress.render.pdf.internal.FontPacks;
import java.lang.Character.UnicodeScript;

/**
 * What the layout needs to know about a character's script: whether text of it must be shaped,
 * and which script's fonts draw it.
 */
public final class Scripts {
  private Scripts() {}

  /**
   * The script whose fonts draw the character: its Unicode script, with CJK punctuation, the
   * full-width forms and the CJK compatibility blocks (script Common) counted as Han.
   */
  public static UnicodeScript fontScript(int cp) {
    if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3200 && cp <= 0x33FF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)) {
      return UnicodeScript.HAN;
    }
    return UnicodeScript.of(cp);
  }

  /** Whether the pack font is the regional one for the script: Korean for Hangul, Japanese for kana. */
  public static boolean regionFits(FontPacks.Entry font, UnicodeScript script) {
    switch (script) {
      case HANGUL:
        return font.match("ko") > 0;
      case HIRAGANA:
      case KATAKANA:
        return font.match("ja") > 0;
      default:
        return false;
    }
  }

  /**
   * Whether text with this character must go through the OpenType layout engine: letters of
   * scripts whose glyphs join, reorder, stack or combine (Arabic, Hebrew, the Indic and Southeast
   * Asian scripts, Tibetan, Mongolian, Hangul jamo…) and combining marks of any script. Latin,
   * Greek, Cyrillic, CJK ideographs, kana and precomposed Hangul are drawn one glyph per character.
   */
  public static boolean needsShaping(int cp) {
    if (cp < 0x0300) {
      return false;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK) {
      return true;
    }
    if (cp < 0x0590) {
      return false; // Greek, Cyrillic, Armenian
    }
    if (cp < 0x1100) {
      return true; // Hebrew, Arabic, Syriac, Thaana, N'Ko, the Indic scripts, Thai, Lao, Tibetan, Myanmar, Georgian
    }
    if (cp < 0x1200) {
      return true; // Hangul jamo
    }
    if (cp < 0x1780) {
      return cp >= 0x1700; // Ethiopic, Cherokee, Canadian syllabics, Ogham, Runic: no; Philippine scripts: yes
    }
    if (cp < 0x1E00) {
      return true; // Khmer, Mongolian, Limbu, Tai Le, Buginese, Balinese, Sundanese…
    }
    if (cp < 0xA800) {
      return cp >= 0xA6A0 && cp < 0xA700; // Bamum; Latin, punctuation, symbols, CJK and kana need no shaping
    }
    if (cp < 0xAB00) {
      return true; // Syloti Nagri, Phags-pa, Saurashtra, Kayah Li, Rejang, Javanese, Myanmar and Cham extensions
    }
    if (cp >= 0xFB1D && cp <= 0xFDFF) {
      return true; // Hebrew and Arabic presentation forms
    }
    if (cp >= 0xFE70 && cp <= 0xFEFF) {
      return true;
    }
    return cp >= 0x10000 && UnicodeScript.of(cp) != UnicodeScript.HAN && UnicodeScript.of(cp) != UnicodeScript.COMMON;
  }

  /** Whether the character is written right to left when no bidi context says otherwise (R or AL). */
  public static boolean isStrongRtl(int cp) {
    byte d = Character.getDirectionality(cp);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }
}
