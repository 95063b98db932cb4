package dev.carepress.render.pdf.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.render.pdf.internal.FontCache;
import dev.carepress.render.pdf.internal.FontProgram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shaping engine against HarfBuzz itself: for words of each script the glyph ids, and where
 * each glyph is drawn, equal what {@code hb-shape} gives for the same font file and text.
 */
class ShapingTest {

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Arabic     | NotoSansArabic-Regular.ttf     | الدواء مرتين في اليوم
      Arabic     | NotoSansArabic-Bold.ttf        | ضغط الدم
      Arabic     | NotoSansArabic-Regular.ttf     | بِسْمِ اللّٰه
      Persian    | NotoSansArabic-Regular.ttf     | می‌خواهم دارو بخورم
      Urdu       | NotoSansArabic-Regular.ttf     | ڈاکٹر سے پوچھیں
      Hebrew     | NotoSansHebrew-Regular.ttf     | רְפוּאָה שְׁלֵמָה
      Hindi      | NotoSansDevanagari-Regular.ttf | स्वास्थ्य क्षत्रिय डॉक्टर दवाई
      Hindi      | NotoSansDevanagari-Bold.ttf    | कि र्क ज़्यादा
      Nepali     | NotoSansDevanagari-Regular.ttf | औषधि सेवन गर्नुहोस्
      Bengali    | NotoSansBengali-Regular.ttf    | স্বাস্থ্য ওষুধ কি
      Gurmukhi   | NotoSansGurmukhi-Regular.ttf   | ਦਵਾਈ ਸਿਹਤ
      Gujarati   | NotoSansGujarati-Regular.ttf   | દવા સ્વાસ્થ્ય
      Tamil      | NotoSansTamil-Regular.ttf      | மருந்து சிகிச்சை கொடு
      Tamil      | NotoSansTamil-Bold.ttf         | தமிழ் ஸ்ரீ
      Telugu     | NotoSansTelugu-Regular.ttf     | ఆరోగ్యం మందు
      Kannada    | NotoSansKannada-Regular.ttf    | ಆರೋಗ್ಯ ಔಷಧ
      Malayalam  | NotoSansMalayalam-Regular.ttf  | ആരോഗ്യം മരുന്ന്
      Sinhala    | NotoSansSinhala-Regular.ttf    | සෞඛ්‍යය ශ්‍රී
      Thai       | NotoSansThai-Regular.ttf       | ยาปฏิชีวนะที่นี่
      Lao        | NotoSansLao-Regular.ttf        | ສຸຂະພາບ ຢາ
      Khmer      | NotoSansKhmer-Regular.ttf      | សុខភាព ថ្នាំ ភាសាខ្មែរ
      Myanmar    | NotoSansMyanmar-Regular.ttf    | ကျန်းမာရေး မြန်မာ
      Amharic    | NotoSansEthiopic-Regular.ttf   | መድኃኒት ጤና
      Tibetan    | NotoSerifTibetan-Regular.ttf   | བོད་ཡིག་སྨན
      Latin      | NotoSans-Regular.ttf           | Tiếng Việt n̈ a̱ office
      """)
  void glyphsAndPositionsEqualHarfBuzz(String script, String file, String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    Path path = HarfBuzzOracle.font(file);
    // joiners (ZWJ, ZWNJ) are left out of the run: HarfBuzz draws them as an empty space glyph
    FontProgram font = load(path);
    List<HarfBuzzOracle.Glyph> expected = HarfBuzzOracle.shape(path, text).stream()
        .filter(g -> !(g.gid() == font.glyph(' ') && g.ax() == 0)).toList();
    boolean rtl = script.equals("Arabic") || script.equals("Persian") || script.equals("Urdu")
        || script.equals("Hebrew");
    ShapedRun run = Shaping.shape(font, 0, text.toCharArray(), 0, text.length(), rtl);

    List<Integer> gids = new ArrayList<>();
    for (int i = 0; i < run.glyphCount(); i++) {
      gids.add(run.glyph(i));
    }
    assertThat(gids).as("glyph ids of %s", text).isEqualTo(expected.stream().map(HarfBuzzOracle.Glyph::gid).toList());
    float pen = 0;
    List<HarfBuzzOracle.Glyph> all = HarfBuzzOracle.shape(path, text);
    int i = 0;
    for (HarfBuzzOracle.Glyph g : all) {
      if (!expected.contains(g)) {
        pen += g.ax();
        continue;
      }
      assertThat(run.x(i)).as("x of glyph %d", i).isCloseTo(pen + g.dx(), org.assertj.core.data.Offset.offset(0.51f));
      assertThat(run.y(i)).as("y of glyph %d", i).isCloseTo(g.dy(), org.assertj.core.data.Offset.offset(0.51f));
      pen += g.ax();
      i++;
    }
    assertThat(run.advance()).isCloseTo(pen, org.assertj.core.data.Offset.offset(0.51f));
  }

  static FontProgram load(Path path) {
    try {
      byte[] bytes = Files.readAllBytes(path);
      return FontCache.get("test:" + path, path.toString(), () -> bytes, Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
