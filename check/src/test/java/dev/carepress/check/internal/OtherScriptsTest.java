package dev.carepress.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Sentences and words of languages the checks have no formulas for, in scripts with and without
 * spaces. The oracles are independent of the code under test: ICU4J's sentence iterator for the
 * sentences (the splitter does not use it), the JDK's word iterator for the words of languages
 * written with spaces, and a hand segmentation for Chinese, Japanese and Thai (the splitter uses
 * ICU's word iterator for those, so ICU cannot be their oracle).
 */
class OtherScriptsTest {
  static final String ZH = "勤洗手可以预防感冒和流感。请用肥皂和清水洗手至少二十秒！你今天洗手了吗？";
  static final String JA = "手洗いは風邪の予防になります。石けんで二十秒以上洗ってください。";
  static final String AR = "هل تغسل يديك؟ اغسل يديك بالماء والصابون لمدة عشرين ثانية. هذا يحميك من العدوى.";
  static final String HI = "हाथ धोना बहुत ज़रूरी है। साबुन और पानी से बीस सेकंड तक हाथ धोएँ। क्या आपने आज हाथ धोए?";
  static final String RU = "Мойте руки с мылом не меньше 20 секунд. Это защищает от простуды! Почему это важно?";
  static final String TH = "การล้างมือช่วยป้องกันไข้หวัด ควรล้างมือด้วยสบู่อย่างน้อยยี่สิบวินาที";

  private static List<Sentence> split(String tag, String text) {
    return TextAnalyzer.of(TextLanguage.forTag(tag).orElse(TextLanguage.ENGLISH), tag).sentences(text);
  }

  private static List<String> sentenceTexts(String tag, String text) {
    return split(tag, text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  private static List<String> words(String tag, String text) {
    return split(tag, text).stream().flatMap(s -> s.words().stream()).map(Word::text).toList();
  }

  /** ICU4J's UAX #29 sentence segmentation, trimmed. */
  private static List<String> icuSentences(String tag, String text) {
    var it = com.ibm.icu.text.BreakIterator.getSentenceInstance(com.ibm.icu.util.ULocale.forLanguageTag(tag));
    it.setText(text);
    List<String> out = new ArrayList<>();
    int from = it.first();
    for (int to = it.next(); to != com.ibm.icu.text.BreakIterator.DONE; from = to, to = it.next()) {
      out.add(text.substring(from, to).strip());
    }
    return out;
  }

  /** The JDK's word segments that start with a letter or a digit. */
  private static List<String> jdkWords(String tag, String text) {
    BreakIterator it = BreakIterator.getWordInstance(Locale.forLanguageTag(tag));
    it.setText(text);
    List<String> out = new ArrayList<>();
    int from = it.first();
    for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
      if (Character.isLetterOrDigit(text.codePointAt(from))) {
        out.add(text.substring(from, to));
      }
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource({"zh", "ja", "ar", "hi", "ru"})
  void sentencesEndAtEachScriptsOwnMarksAsIcuSplitsThem(String tag) {
    String text = switch (tag) {
      case "zh" -> ZH;
      case "ja" -> JA;
      case "ar" -> AR;
      case "hi" -> HI;
      default -> RU;
    };
    assertThat(sentenceTexts(tag, text)).containsExactlyElementsOf(icuSentences(tag, text));
  }

  @Test
  void theArabicQuestionMarkAndTheDandaEndSentences() {
    assertThat(sentenceTexts("ar", AR)).hasSize(3).first().asString().endsWith("؟");
    assertThat(sentenceTexts("hi", HI)).hasSize(3).first().asString().endsWith("।");
    assertThat(sentenceTexts("zh", ZH)).containsExactly(
        "勤洗手可以预防感冒和流感。", "请用肥皂和清水洗手至少二十秒！", "你今天洗手了吗？");
  }

  @ParameterizedTest
  @CsvSource({"ar", "hi", "ru"})
  void wordsOfScriptsWithSpacesAreTheWordsTheJdkFinds(String tag) {
    String text = tag.equals("ar") ? AR : tag.equals("hi") ? HI : RU;
    List<String> expected = jdkWords(tag, text).stream().map(w -> w.replace("।", "")).toList();
    assertThat(words(tag, text)).containsExactlyElementsOf(expected);
  }

  @Test
  void aDevanagariVowelSignStaysInsideItsWord() {
    // ि (U+093F) and ी (U+0940) are spacing marks, not letters; ़ (nukta) is a non-spacing one
    assertThat(words("hi", "ज़रूरी किताब")).containsExactly("ज़रूरी", "किताब");
  }

  @Test
  void chineseWordsAreDictionaryWordsNotWholeClauses() {
    // hand segmentation (the Peking University standard would cut it the same way)
    assertThat(words("zh", "洗手可以预防感冒和流感。")).containsExactly("洗手", "可以", "预防", "感冒", "和", "流感");
    assertThat(split("zh", ZH)).extracting(s -> s.words().size())
        .allSatisfy(n -> assertThat(n).isBetween(4, 10));
  }

  @Test
  void japaneseWordsAreWordsAndParticles() {
    // as a morphological analyser (MeCab with IPAdic) cuts it
    assertThat(words("ja", "手洗いは風邪の予防になります。"))
        .containsExactly("手洗い", "は", "風邪", "の", "予防", "に", "なり", "ます");
  }

  @Test
  void thaiWordsAreFoundAndASpaceBetweenThaiWordsEndsASentence() {
    // by hand: การ ล้าง มือ ช่วย ป้องกัน ไข้หวัด | ควร ล้าง มือ ด้วย สบู่ อย่าง น้อย ยี่สิบ วินาที
    List<Sentence> sentences = split("th", TH);
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).words().size()).isBetween(6, 7);
    assertThat(sentences.get(1).words().size()).isBetween(8, 9);
  }

  @Test
  void khmerLaoAndMyanmarAreSegmentedToo() {
    assertThat(words("km", "ការលាងដៃជួយការពារជំងឺផ្តាសាយ។").size()).isGreaterThan(3);
    assertThat(words("lo", "ການລ້າງມືຊ່ວຍປ້ອງກັນໄຂ້ຫວັດ").size()).isGreaterThan(3);
    assertThat(words("my", "လက်ဆေးခြင်းသည် အအေးမိခြင်းကို ကာကွယ်ပေးသည်။").size()).isGreaterThan(3);
  }

  @Test
  void latinWordsInsideChineseAreOneWordAndNumbersInOtherDigitsAreNumbers() {
    assertThat(words("zh", "做PCR检测。")).containsExactly("做", "PCR", "检测");
    List<Sentence> arabic = split("ar", "اغسل يديك ٢٠ ثانية.");
    assertThat(arabic.get(0).words()).extracting(Word::kind)
        .containsExactly(Word.Kind.WORD, Word.Kind.WORD, Word.Kind.NUMBER, Word.Kind.WORD);
  }

  @Test
  void theJdkWordIteratorIsNotEnoughForChinese() {
    // why the splitter uses ICU4J: the JDK returns the whole clause as one word
    assertThat(jdkWords("zh", "洗手可以预防感冒和流感。")).containsExactly("洗手可以预防感冒和流感");
  }
}
