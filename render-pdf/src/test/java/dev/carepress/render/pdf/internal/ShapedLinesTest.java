package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs of complex-script, right-to-left and CJK text as the typesetter lays them out for the
 * page: the glyphs drawn are HarfBuzz's, right-to-left lines hug the right margin, Thai lines end
 * between words and CJK lines never start with closing punctuation.
 */
class ShapedLinesTest {
  static final Fonts FONTS = new Fonts(List.of(), List.of());
  static final Path PACK = Path.of("../fonts-world/src/main/resources/META-INF/carepress/fonts/world");
  static final Style STYLE = Style.plain(Fonts.REGULAR, 11f, 0, null);

  static List<Line> lines(String text, String language, boolean rtl, float width) {
    Typesetter typesetter = new Typesetter(new Shaper(FONTS, new Diagnostics(problem -> { })));
    typesetter.language(language, rtl);
    return typesetter.lines(text, STYLE, width);
  }

  /** The line's characters in logical order (the runs of a left-to-right line are in logical order). */
  static String text(Line line) {
    StringBuilder s = new StringBuilder();
    for (Run run : line.runs()) {
      s.append(run.text());
    }
    return s.toString();
  }

  /** The glyph ids hb-shape (Debian's libharfbuzz-bin) gives for the text with the font, left to right. */
  static List<Integer> hbShape(Path font, String text) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("hb-shape", "--output-format=json", "--no-glyph-names", font.toString(), text)
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    List<Integer> gids = new ArrayList<>();
    Matcher m = Pattern.compile("\"g\":(\\d+)").matcher(out);
    while (m.find()) {
      gids.add(Integer.parseInt(m.group(1)));
    }
    return gids;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "ar, الأدوية, NotoSansArabic-Regular.ttf",
    "ar, ضغط, NotoSansArabic-Regular.ttf",
    "ar, المستشفى, NotoSansArabic-Regular.ttf",
    "hi, स्वास्थ्य, NotoSansDevanagari-Regular.ttf",
    "hi, कीटाणुओं, NotoSansDevanagari-Regular.ttf",
    "hi, क्षत्रिय, NotoSansDevanagari-Regular.ttf",
    "ta, கிருமிநாசினியைப், NotoSansTamil-Regular.ttf",
    "ta, ஸ்ரீ, NotoSansTamil-Regular.ttf",
    "ta, சிகிச்சை, NotoSansTamil-Regular.ttf"
  })
  void theGlyphsDrawnForAWordAreHarfBuzzs(String language, String word, String file) throws Exception {
    Path font = PACK.resolve(file);
    List<Line> lines = lines(word, language, language.equals("ar"), 400f);
    assertThat(lines).hasSize(1);
    List<Integer> drawn = new ArrayList<>();
    for (Run run : lines.get(0).runs()) {
      assertThat(run.glyphs()).as("a shaped run").isNotNull();
      assertThat(run.glyphs().font().postScriptName()).isEqualTo(file.replace(".ttf", ""));
      for (int gid : run.glyphs().glyphs()) {
        drawn.add(gid);
      }
    }
    assertThat(drawn).isEqualTo(hbShape(font, word));
  }

  @Test
  void aRightToLeftParagraphsFirstWordSitsAtTheRightMargin() {
    String text = "غسل اليدين بالماء والصابون من أسهل الطرق لمنع انتشار الجراثيم. اغسل يديك قبل تناول الطعام.";
    List<Line> lines = lines(text, "ar", true, 250f);
    assertThat(lines.size()).isGreaterThan(1);
    Line first = lines.get(0);
    assertThat(first.width()).isEqualTo(250f);
    Run rightmost = first.runs().get(first.runs().size() - 1);
    assertThat(rightmost.text()).startsWith("غسل");
    assertThat(rightmost.x() + rightmost.width()).isCloseTo(250f, org.assertj.core.data.Offset.offset(0.01f));
    Run leftmost = first.runs().get(0);
    assertThat(leftmost.x()).isGreaterThanOrEqualTo(0f);
  }

  @Test
  void thaiLinesEndOnlyBetweenWords() {
    List<String> words = List.of("การ", "ล้าง", "มือ", "ด้วย", "สบู่", "และ", "น้ำ", "เป็น", "วิธี", "ที่", "ง่าย", "ที่สุด",
        "ใน", "การ", "ป้องกัน", "การ", "แพร่", "กระจาย", "ของ", "เชื้อ", "โรค", "ควร", "ล้าง", "มือ", "ก่อน",
        "รับ", "ประทาน", "อาหาร"); // ICU's dictionary has the compound รับประทาน (to eat) as two words
    Set<Integer> boundaries = new HashSet<>();
    StringBuilder text = new StringBuilder();
    for (String word : words) {
      text.append(word);
      boundaries.add(text.length());
    }
    for (float width = 60f; width <= 300f; width += 7f) { // wider than the longest word: no word is cut
      List<Line> lines = lines(text.toString(), "th", false, width);
      int at = 0;
      for (Line line : lines) {
        at += text(line).length();
        assertThat(boundaries).as("where a line of %s pt ends: %s", width, text(line)).contains(at);
      }
      assertThat(at).isEqualTo(text.length());
    }
  }

  @Test
  void noChineseOrJapaneseLineStartsWithClosingPunctuation() {
    String zh = "用肥皂和清水洗手是防止病菌传播最简单的方法。饭前便后都要洗手，照顾病人以后也要洗手。"
        + "如果没有肥皂和清水，可以使用免洗洗手液（酒精含量至少为百分之六十）。请记住：“勤洗手，少生病”！";
    String ja = "せっけんと水で手を洗うことは、病原体が広がるのを防ぐ最も簡単な方法です。「手洗い」は、食事の前に必ず行いましょう。";
    String closing = "、。，．：；？！）」』”〕】》〉ー々ぁぃぅぇぉっゃゅょ";
    for (String[] c : new String[][] {{zh, "zh-Hans"}, {ja, "ja"}}) {
      for (float width = 30f; width <= 200f; width += 3f) {
        List<Line> lines = lines(c[0], c[1], false, width);
        StringBuilder all = new StringBuilder();
        for (Line line : lines) {
          String t = text(line);
          all.append(t);
          assertThat(closing.indexOf(t.charAt(0))).as("a line at %s pt: %s", width, t).isEqualTo(-1);
        }
        assertThat(all.toString()).isEqualTo(c[0]);
      }
    }
  }
}
