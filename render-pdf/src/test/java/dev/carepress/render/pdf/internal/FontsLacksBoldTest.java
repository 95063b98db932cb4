package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which bold text the renderer must embolden itself: text of a bold role drawn with a face lighter
 * than semibold that is not the role's own (the font packs on the test class path: world and CJK).
 */
class FontsLacksBoldTest {
  static final Fonts FONTS = new Fonts(List.of(), List.of());

  boolean lacksBold(int role, int codePoint) {
    int face = FONTS.faceFor(role, codePoint, "zh-Hans");
    assertThat(face).as("a face for U+%04X", codePoint).isNotNegative();
    return FONTS.lacksBold(role, face);
  }

  @Test
  void boldTextInAScriptWhoseFontHasNoBoldWeightLacksIt() {
    for (int cp : new int[] {'洗', 'の', '한', 'ߒ' /* N'Ko */, 'ܫ' /* Syriac */, 'ⵜ' /* Tifinagh */}) {
      assertThat(lacksBold(Fonts.BOLD, cp)).as("bold U+%04X", cp).isTrue();
      assertThat(lacksBold(Fonts.BOLD_ITALIC, cp)).as("bold italic U+%04X", cp).isTrue();
      assertThat(lacksBold(Fonts.REGULAR, cp)).as("regular U+%04X", cp).isFalse();
      assertThat(lacksBold(Fonts.ITALIC, cp)).as("italic U+%04X", cp).isFalse();
    }
  }

  @Test
  void boldTextWithABoldFaceDoesNotLackIt() {
    for (int cp : new int[] {'A', 'ж', 'م' /* the Arabic pack font has a bold */, 'क'}) {
      assertThat(lacksBold(Fonts.BOLD, cp)).as("bold U+%04X", cp).isFalse();
      assertThat(lacksBold(Fonts.BOLD_ITALIC, cp)).as("bold italic U+%04X", cp).isFalse();
    }
  }

  @Test
  void aBoldRoleDrawnWithTheRegularOrMathFaceLacksIt() {
    assertThat(lacksBold(Fonts.BOLD, '≥')).as("drawn by the math face").isTrue();
    assertThat(FONTS.lacksBold(Fonts.BOLD, Fonts.REGULAR)).isTrue();
    assertThat(FONTS.lacksBold(Fonts.BOLD, Fonts.MONO)).isTrue();
    assertThat(FONTS.lacksBold(Fonts.BOLD, Fonts.BOLD)).isFalse();
    assertThat(FONTS.lacksBold(Fonts.BOLD_ITALIC, Fonts.BOLD_ITALIC)).isFalse();
    assertThat(FONTS.lacksBold(Fonts.BOLD, -1)).as("a placeholder").isFalse();
  }

  @Test
  void boldTextTakesAPacksBoldFaceBeforeAUsersRegularOnlyFallback() throws Exception {
    java.nio.file.Path thai = ShapedLinesTest.PACK.resolve("NotoSansThai-Regular.ttf");
    FontProgram regularOnly = FontProgram.load("user-thai.ttf", java.nio.file.Files.readAllBytes(thai),
        java.util.Optional.empty());
    Fonts fonts = new Fonts(List.of(), List.of(regularOnly));
    for (int role : new int[] {Fonts.BOLD, Fonts.BOLD_ITALIC}) {
      int face = fonts.faceFor(role, '\u0E01', "th"); // ก
      assertThat(fonts.face(face).weight()).as("the weight of the face for bold ก").isGreaterThanOrEqualTo(600);
      assertThat(fonts.lacksBold(role, face)).isFalse();
    }
    // regular and italic text keep the user's font, which comes before the packs
    assertThat(fonts.face(fonts.faceFor(Fonts.REGULAR, '\u0E01', "th"))).isSameAs(regularOnly);
    assertThat(fonts.face(fonts.faceFor(Fonts.ITALIC, '\u0E01', "th"))).isSameAs(regularOnly);
    // and bold text in a script no pack has in bold keeps it too (emboldened by the renderer)
    Fonts noPacks = new Fonts(List.of(), List.of(regularOnly), List.of());
    assertThat(noPacks.face(noPacks.faceFor(Fonts.BOLD, '\u0E01', "th"))).isSameAs(regularOnly);
  }
}
