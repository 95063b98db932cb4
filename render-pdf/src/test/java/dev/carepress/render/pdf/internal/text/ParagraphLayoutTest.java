package dev.carepress.render.pdf.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.render.pdf.internal.Fonts;
import dev.carepress.render.pdf.internal.text.ParagraphLayout.Direction;
import dev.carepress.render.pdf.internal.text.ParagraphLayout.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bidi, font fallback by script, line breaking and visual order of the paragraph layout. */
class ParagraphLayoutTest {
  /** The test's style: a role and a size. */
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
  static final Fonts FONTS = new Fonts(List.of(), List.of()); // finds carepress-fonts-world on the class path
  static final S BODY = new S(Fonts.REGULAR, 12f);

  static ParagraphLayout<S> layout(String text, Direction direction, String language, List<Integer> missing) {
    return ParagraphLayout.of(FONTS, STYLES, List.of(new Span<>(text, BODY)), direction, language, missing::add);
  }

  static ParagraphLayout<S> layout(String text, Direction direction, String language) {
    return layout(text, direction, language, new ArrayList<>());
  }

  /** The run of the line whose logical text contains the string. */
  static GlyphRun<S> runWith(VisualLine<S> line, String part) {
    return line.runs().stream().filter(r -> r.text().contains(part)).findFirst().orElseThrow();
  }

  @Test
  void anRtlParagraphsFirstWordSitsAtTheRightEnd() {
    ParagraphLayout<S> p = layout("الدواء مرتين في اليوم", Direction.RTL, "ar");
    List<VisualLine<S>> lines = p.lines(500f);
    assertThat(lines).hasSize(1);
    VisualLine<S> line = lines.get(0);
    assertThat(line.rtl()).isTrue();
    GlyphRun<S> run = line.runs().get(line.runs().size() - 1);
    assertThat(run.font().postScriptName()).startsWith("NotoSansArabic");
    // the first word's first letter is the right-most glyph of the line
    assertThat(run.glyphText()[run.glyphs().length - 1]).isEqualTo("ا");
    assertThat(run.offset() + run.x()[run.glyphs().length - 1]).isGreaterThan(line.width() * 0.9f);
  }

  @Test
  void anEnglishDrugNameInArabicReadsLeftToRightInsideTheRightToLeftLine() {
    ParagraphLayout<S> p = layout("خذ Paracetamol 500 mg مرتين", Direction.RTL, "ar");
    VisualLine<S> line = p.lines(500f).get(0);
    List<String> visual = line.runs().stream().map(GlyphRun::text).toList();
    // visually, from the left: the last Arabic word, then the English in its own order, then the first Arabic word
    int english = visual.indexOf(visual.stream().filter(t -> t.contains("Paracetamol")).findFirst().orElseThrow());
    int first = visual.indexOf(visual.stream().filter(t -> t.contains("خذ")).findFirst().orElseThrow());
    int last = visual.indexOf(visual.stream().filter(t -> t.contains("مرتين")).findFirst().orElseThrow());
    assertThat(last).isLessThan(english);
    assertThat(english).isLessThan(first);
    GlyphRun<S> latin = runWith(line, "Paracetamol");
    assertThat(latin.rtl()).isFalse();
    assertThat(latin.glyphText()[0]).isEqualTo("P");
  }

  @Test
  void bracketsInRightToLeftTextAreMirrored() {
    ParagraphLayout<S> p = layout("الدواء (دواء) اليوم", Direction.RTL, "ar");
    VisualLine<S> line = p.lines(500f).get(0);
    // the logical "(" opens the parenthesis on the right: it is drawn with the glyph of ")"
    GlyphRun<S> open = line.runs().stream().filter(r -> r.text().strip().equals("(")).findFirst().orElseThrow();
    assertThat(open.glyphs()).contains(open.font().glyph(')')).doesNotContain(open.font().glyph('('));
    GlyphRun<S> close = line.runs().stream().filter(r -> r.text().strip().equals(")")).findFirst().orElseThrow();
    assertThat(close.glyphs()).contains(close.font().glyph('(')).doesNotContain(close.font().glyph(')'));
    assertThat(line.runs().indexOf(close)).isLessThan(line.runs().indexOf(open));
  }

  @Test
  void isolatesKeepTheirOwnDirectionAndUnterminatedOverridesEndWithTheirParagraph() {
    // an isolated Arabic name inside English keeps the English around it in order
    ParagraphLayout<S> p = layout("Ask \u2067الطبيب\u2069 today", Direction.LTR, "en");
    VisualLine<S> line = p.lines(500f).get(0);
    assertThat(line.runs().get(0).text()).startsWith("Ask");
    assertThat(line.runs().get(line.runs().size() - 1).text()).contains("today");
    // a right-to-left override left open does not reach past the paragraph separator
    ParagraphLayout<S> q = layout("\u202Eabc\u2029def", Direction.LTR, "en");
    List<VisualLine<S>> lines = q.lines(500f);
    assertThat(lines).hasSize(2);
    GlyphRun<S> overridden = runWith(lines.get(0), "abc");
    assertThat(overridden.rtl()).isTrue();
    assertThat(overridden.glyphText()[0]).isEqualTo("c");
    GlyphRun<S> plain = runWith(lines.get(1), "def");
    assertThat(plain.rtl()).isFalse();
    assertThat(plain.glyphText()[0]).isEqualTo("d");
  }

  @Test
  void eachScriptTakesTheFontOfItsPackAndBoldTakesTheBoldFace() {
    String[][] cases = {{"नमस्ते", "NotoSansDevanagari"}, {"வணக்கம்", "NotoSansTamil"}, {"สวัสดี", "NotoSansThai"},
        {"שלום", "NotoSansHebrew"}, {"ሰላም", "NotoSansEthiopic"}, {"မင်္ဂလာပါ", "NotoSansMyanmar"},
        {"សួស្តី", "NotoSansKhmer"}, {"হ্যালো", "NotoSansBengali"}};
    for (String[] c : cases) {
      List<Integer> missing = new ArrayList<>();
      VisualLine<S> line = layout(c[0], Direction.AUTO, "", missing).lines(500f).get(0);
      assertThat(line.runs()).singleElement().satisfies(r -> assertThat(r.font().postScriptName()).startsWith(c[1]));
      assertThat(missing).isEmpty();
    }
    ParagraphLayout<S> bold = ParagraphLayout.of(FONTS, STYLES, List.of(new Span<>("दवा", new S(Fonts.BOLD, 12f))),
        Direction.LTR, "hi", i -> { });
    assertThat(bold.lines(100f).get(0).runs().get(0).font().postScriptName()).isEqualTo("NotoSansDevanagari-Bold");
  }

  @Test
  void anArabicCommaAfterALatinWordTakesTheArabicFaceInsteadOfBecomingABox() {
    // the review line of an Arabic handout: "ليلى حداد, MD، بتاريخ"; Noto Sans has no U+060C
    for (String text : new String[] {"المراجعة: ليلى حداد MD، بتاريخ 1 يونيو", "بتاريخ 1 يونيو MD،"}) {
      List<Integer> missing = new ArrayList<>();
      VisualLine<S> line = layout(text, Direction.RTL, "ar", missing).lines(500f).get(0);
      assertThat(missing).as(text).isEmpty();
      assertThat(line.runs()).as(text).noneSatisfy(r -> assertThat(r.placeholder()).isTrue());
    }
  }

  @Test
  void aCharacterNoFontHasIsAPlaceholderAndReported() {
    List<Integer> missing = new ArrayList<>();
    VisualLine<S> line = layout("Take \uD83D\uDE00 daily", Direction.LTR, "en", missing).lines(500f).get(0);
    assertThat(missing).containsExactly(0x1F600);
    assertThat(line.runs()).anySatisfy(r -> {
      assertThat(r.placeholder()).isTrue();
      assertThat(r.text()).isEqualTo("\uD83D\uDE00");
    });
  }

  @Test
  void thaiLinesEndOnlyAtWordBoundaries() {
    // words both dictionaries agree on (the JDK's splits "ไวรัส", virus, wrongly; ICU splits "รับ|ประทาน")
    String thai = "ยาปฏิชีวนะใช้รักษาโรคติดเชื้อแบคทีเรียเท่านั้นไม่ควรใช้รักษาไข้หวัดหรือโรคที่เกิดจากอาหาร"
        + "ควรกินยาให้ครบตามที่แพทย์สั่งแม้อาการจะดีขึ้นแล้ว";
    ParagraphLayout<S> p = layout(thai, Direction.LTR, "th");
    // the JDK's own Thai dictionary is an independent oracle for where Thai words end
    java.text.BreakIterator words = java.text.BreakIterator.getWordInstance(new Locale("th"));
    words.setText(thai);
    for (float width : new float[] {60f, 90f, 140f}) {
      List<VisualLine<S>> lines = p.lines(width);
      assertThat(lines.size()).isGreaterThan(2);
      for (VisualLine<S> line : lines.subList(0, lines.size() - 1)) {
        assertThat(words.isBoundary(line.end())).as("line end %d at width %s", line.end(), width).isTrue();
        assertThat(line.width()).isLessThanOrEqualTo(width);
      }
    }
  }

  @Test
  void khmerLaoAndMyanmarBreakBetweenWordsNeverInsideAClusterEvenWhenALineMustBeCut() {
    String[] texts = {"ភាសាខ្មែរសុខភាពថ្នាំពេទ្យមន្ទីរពេទ្យ", "ສຸຂະພາບຢາທ່ານໝໍໂຮງໝໍ", "ကျန်းမာရေးဆေးရုံဆရာဝန်ဆေးဝါး",
        "स्वास्थ्यक्षत्रियडॉक्टरदवाई"};
    java.text.BreakIterator graphemes = java.text.BreakIterator.getCharacterInstance();
    for (String text : texts) {
      ParagraphLayout<S> p = layout(text, Direction.LTR, "");
      graphemes.setText(text);
      for (float width : new float[] {12f, 30f, 50f}) {
        List<VisualLine<S>> lines = p.lines(width);
        StringBuilder joined = new StringBuilder();
        for (VisualLine<S> line : lines) {
          assertThat(graphemes.isBoundary(line.start())).as("%s: a line starts inside a cluster", text).isTrue();
          joined.append(text, line.start(), line.end());
        }
        assertThat(joined.toString()).isEqualTo(text);
      }
      assertThat(p.lines(60f).size()).as("%s breaks", text).isGreaterThan(1);
    }
  }
}
