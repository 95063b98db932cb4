package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.render.pdf.internal.text.ParagraphLayout;
import dev.carepress.render.pdf.internal.text.ParagraphLayout.Direction;
import dev.carepress.render.pdf.internal.text.VisualLine;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CJK pack found through its fonts.properties: regional forms by language, CJK line rules. */
class CjkPackTest {
  record S(int role, float size) {}

  static final ParagraphLayout.Styles<S> STYLES = new ParagraphLayout.Styles<>() {
    @Override
    public int role(S style) {
      return style.role();
    }

    @Override
    public float size(S style) {
      return style.size();
    }
  };

  static final Fonts FONTS = new Fonts(List.of(), List.of(), cjkPack());

  static List<FontPacks.Entry> cjkPack() {
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {Path.of("../fonts-cjk/src/main/resources/").toAbsolutePath().toUri().toURL()}, null)) {
      return FontPacks.read(loader);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  String faceOf(int cp, String language) {
    return FONTS.face(FONTS.faceFor(Fonts.REGULAR, cp, language)).postScriptName();
  }

  @Test
  void hanTakesTheRegionalFormOfTheArticlesLanguage() {
    assertThat(cjkPack()).hasSize(5);
    assertThat(faceOf('骨', "zh-Hans")).isEqualTo("NotoSansCJKsc-Regular");
    assertThat(faceOf('骨', "zh-CN")).isEqualTo("NotoSansCJKsc-Regular");
    assertThat(faceOf('骨', "zh-Hant")).isEqualTo("NotoSansCJKtc-Regular");
    assertThat(faceOf('骨', "zh-Hant-TW")).isEqualTo("NotoSansCJKtc-Regular");
    assertThat(faceOf('骨', "zh-HK")).isEqualTo("NotoSansCJKhk-Regular");
    assertThat(faceOf('骨', "ja")).isEqualTo("NotoSansCJKjp-Regular");
    assertThat(faceOf('骨', "ko")).isEqualTo("NotoSansCJKkr-Regular");
    assertThat(faceOf('骨', "")).isEqualTo("NotoSansCJKsc-Regular");
    // with no language, kana are Japanese and Hangul Korean
    assertThat(faceOf('の', "")).isEqualTo("NotoSansCJKjp-Regular");
    assertThat(faceOf('한', "")).isEqualTo("NotoSansCJKkr-Regular");
    // the regional faces draw the same character with different glyphs
    assertThat(FONTS.face(FONTS.faceFor(Fonts.REGULAR, '骨', "ja")).glyph('骨'))
        .isNotEqualTo(FONTS.face(FONTS.faceFor(Fonts.REGULAR, '骨', "zh-Hans")).glyph('骨'));
  }

  @Test
  void aRomanNumeralInJapaneseIsDrawnWithTheCjkFaceNotAsABox() {
    // U+2160 is a Latin letter that Noto Sans lacks and the CJK faces have: "軽い（Ⅰ度）" (heat
    // illness grade I) in a Japanese handout was drawn as a box, silently (the plain path had
    // counted it as drawable, so no warning was given)
    java.util.List<Integer> missing = new java.util.ArrayList<>();
    ParagraphLayout<S> p = ParagraphLayout.of(FONTS, STYLES, List.of(new ParagraphLayout.Span<>(
        "軽い（Ⅰ度）と重い（Ⅲ度）", new S(Fonts.REGULAR, 12f))), Direction.LTR, "ja", missing::add);
    List<VisualLine<S>> lines = p.lines(500f);
    assertThat(missing).isEmpty();
    assertThat(lines).hasSize(1);
    lines.get(0).runs().forEach(run -> assertThat(run.placeholder()).isFalse());
  }

  @Test
  void noCjkLineStartsWithClosingPunctuation() {
    String[][] texts = {
      {"zh-Hans", "哮喘是一种慢性疾病，会使气道变窄、肿胀。「吸入器」（药物）可以帮助你呼吸。请按照医生的指示用药，不要自行停药！"},
      {"ja", "喘息は慢性の病気です。気道が狭くなり、腫れます。「吸入器」（薬）は呼吸を助けます。少しずつ使ってください。やっぱり、医師の指示に従ってください。"},
      {"ko", "천식은 만성 질환입니다. 기도가 좁아지고 붓습니다. 「흡입기」(약)는 호흡을 돕습니다."},
    };
    String closing = "、。，．：；！？」』）〕］｝〉》】〙〗ゃゅょっャュョッー々ゝヽ)]}.,!?";
    for (String[] t : texts) {
      ParagraphLayout<S> p = ParagraphLayout.of(FONTS, STYLES, List.of(new ParagraphLayout.Span<>(t[1],
          new S(Fonts.REGULAR, 12f))), Direction.LTR, t[0], cp -> { throw new AssertionError("missing " + cp); });
      for (float width = 60f; width <= 200f; width += 7f) { // 5 characters and more: narrower, a run of
        // no-start characters can leave the emergency cut no choice
        List<VisualLine<S>> lines = p.lines(width);
        for (VisualLine<S> line : lines.subList(1, lines.size())) {
          char first = p.text().charAt(line.start());
          assertThat(closing.indexOf(first)).as("%s line starts with %s at width %s", t[0], first, width).isLessThan(0);
        }
      }
    }
  }
}
