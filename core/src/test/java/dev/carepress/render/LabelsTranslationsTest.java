package dev.carepress.render;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import dev.carepress.text.PluralRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The label translations Carepress ships: each has exactly the keys of the English file plus the
 * plural forms its language needs, keeps the English text's arguments, and gives the counted
 * phrases, lists and dates each language's way.
 */
class LabelsTranslationsTest {
  /** CLDR 49's cardinal plural categories of each shipped language, written out by hand as the issue lists them. */
  private static final Map<String, List<String>> CATEGORIES = Map.ofEntries(
      entry("en", List.of("one", "other")),
      entry("es", List.of("one", "many", "other")),
      entry("fr", List.of("one", "many", "other")),
      entry("pt", List.of("one", "many", "other")),
      entry("ru", List.of("one", "few", "many", "other")),
      entry("uk", List.of("one", "few", "many", "other")),
      entry("pl", List.of("one", "few", "many", "other")),
      entry("ar", List.of("zero", "one", "two", "few", "many", "other")),
      entry("he", List.of("one", "two", "other")),
      entry("vi", List.of("one", "other")),
      entry("tl", List.of("one", "other")),
      entry("hi", List.of("one", "other")),
      entry("fa", List.of("one", "other")),
      entry("ur", List.of("one", "other")),
      entry("bn", List.of("one", "other")),
      entry("so", List.of("one", "other")),
      entry("ne", List.of("one", "other")),
      entry("am", List.of("one", "other")),
      entry("zh-Hans", List.of("other")),
      entry("zh-Hant", List.of("other")),
      entry("ja", List.of("other")),
      entry("ko", List.of("other")),
      entry("th", List.of("other")),
      entry("my", List.of("other")),
      entry("ht", List.of("other")));
  private static final List<String> COUNTED = List.of("views", "readingTime");
  private static final Set<String> NON_LATIN_SCRIPT = Set.of("ar", "fa", "he", "ur", "hi", "bn", "ne", "my", "am",
      "ru", "uk", "zh-Hans", "zh-Hant", "ja", "ko", "th");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
  // LRM, RLM, ALM, the embeddings and overrides, and the isolates: the renderers isolate text themselves
  private static final Pattern BIDI_CONTROL = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

  static Stream<String> translations() {
    return CATEGORIES.keySet().stream().filter(tag -> !tag.equals("en")).sorted();
  }

  @Test
  void translatedLanguagesListsEveryShippedLanguage() {
    assertThat(Labels.translatedLanguages()).containsExactlyElementsOf(new TreeSet<>(CATEGORIES.keySet()));
    for (String tag : CATEGORIES.keySet()) {
      assertThat(Labels.hasTranslation(tag)).as(tag).isTrue();
      assertThat(Labels.forLanguage(tag).isTranslated()).as(tag).isTrue();
    }
  }

  @Test
  void everyLabelsFileIsAShippedLanguage() throws IOException, URISyntaxException {
    Path dir = Path.of(Labels.class.getResource("labels_en.properties").toURI()).getParent();
    try (Stream<Path> files = Files.list(dir)) {
      Set<String> tags = files.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("labels_") && name.endsWith(".properties"))
          .map(name -> name.substring("labels_".length(), name.length() - ".properties".length()).replace('_', '-'))
          .collect(Collectors.toSet());
      assertThat(tags).containsExactlyInAnyOrderElementsOf(CATEGORIES.keySet());
    }
  }

  @ParameterizedTest
  @MethodSource("translations")
  void pluralCategoriesAgreeWithCarepressRulesAndIcu(String tag) {
    assertThat(PluralRules.forLanguage(tag).categories()).isEqualTo(CATEGORIES.get(tag));
    assertThat(com.ibm.icu.text.PluralRules.forLocale(ULocale.forLanguageTag(tag)).getKeywords())
        .containsExactlyInAnyOrderElementsOf(CATEGORIES.get(tag));
  }

  @ParameterizedTest
  @MethodSource("translations")
  void hasEveryEnglishKeyAndEveryPluralFormOfItsLanguageAndNothingElse(String tag) throws IOException {
    Map<String, String> english = load("en");
    Set<String> expected = new HashSet<>(english.keySet());
    for (String key : COUNTED) {
      CATEGORIES.get(tag).forEach(category -> expected.add(key + "." + category));
    }
    assertThat(load(tag).keySet()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void keepsTheArgumentsOfTheEnglishText(String tag) throws IOException {
    Map<String, String> english = load("en");
    List<String> wrong = new ArrayList<>();
    load(tag).forEach((key, text) -> {
      String englishKey = english.containsKey(key) ? key : key.substring(0, key.lastIndexOf('.')) + ".other";
      if (!placeholders(text).equals(placeholders(english.get(englishKey)))) {
        wrong.add(key + "=" + text + " (English: " + english.get(englishKey) + ")");
      }
    });
    assertThat(wrong).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("translations")
  void fileIsPlainUtf8WithoutBidiControlsAndAsksForReview(String tag) throws IOException {
    String raw = raw(tag);
    assertThat(raw).startsWith("# Carepress labels").contains("native speaker").contains("medical translator");
    assertThat(raw).as("written as characters, not \\u escapes").doesNotContain("\\u").doesNotStartWith("\uFEFF");
    assertThat(BIDI_CONTROL.matcher(raw).find()).as("bidi control characters").isFalse();
  }

  @ParameterizedTest
  @MethodSource("translations")
  void valuesAreTrimmedAndTranslated(String tag) throws IOException {
    Map<String, String> english = load("en");
    Map<String, String> texts = load(tag);
    List<String> wrong = new ArrayList<>();
    texts.forEach((key, text) -> {
      if (text.isBlank() || !text.equals(text.strip()) || text.contains("  ")) {
        wrong.add(key + " has stray white space: '" + text + "'");
      }
      // a value of a non-Latin script written only in ASCII letters is English left behind
      boolean hasLetters = text.replaceAll("\\{\\d}|WCAG|AA", "").codePoints().anyMatch(Character::isLetter);
      if (NON_LATIN_SCRIPT.contains(tag) && hasLetters
          && text.codePoints().noneMatch(c -> Character.isLetter(c) && c > 0x7F)) {
        wrong.add(key + " is not translated: '" + text + "'");
      }
    });
    assertThat(wrong).isEmpty();
    assertThat(texts.get("keyPoints")).isNotEqualTo(english.get("keyPoints"));
    assertThat(texts.get("epub.accessibilitySummary")).contains("WCAG 2.1").contains("AA");
  }

  @ParameterizedTest
  @MethodSource("translations")
  void countedPhrasesAlwaysShowTheNumber(String tag) {
    Labels labels = Labels.forLanguage(tag);
    for (long n : new long[] {0, 1, 2, 3, 4, 5, 6, 9, 11, 12, 14, 21, 22, 25, 100, 101, 102, 103, 111, 1000, 1_000_000}) {
      assertThat(labels.views(n)).as(tag + " views " + n).contains(labels.number(n));
      assertThat(labels.readingTime((int) n)).as(tag + " readingTime " + n).contains(labels.number(n));
    }
  }

  @ParameterizedTest
  @MethodSource("translations")
  void joinsNamesInTheirOrder(String tag) {
    String joined = Labels.forLanguage(tag).joinNames(List.of("Ana", "Ben", "Chen", "Dara"));
    assertThat(joined).containsSubsequence("Ana", "Ben", "Chen", "Dara");
    assertThat(Labels.forLanguage(tag).joinNames(List.of("Ana"))).isEqualTo("Ana");
  }

  @Test
  void russianUkrainianAndPolishViewsTakeTheirThreeForms() {
    Labels ru = Labels.forLanguage("ru");
    assertThat(ru.views(1)).isEqualTo("1 просмотр");
    assertThat(ru.views(2)).isEqualTo("2 просмотра");
    assertThat(ru.views(5)).isEqualTo("5 просмотров");
    assertThat(ru.views(21)).isEqualTo("21 просмотр");
    assertThat(ru.views(11)).isEqualTo("11 просмотров");
    assertThat(ru.views(22)).isEqualTo("22 просмотра");
    assertThat(ru.views(0)).isEqualTo("0 просмотров");
    Labels uk = Labels.forLanguage("uk");
    assertThat(List.of(uk.views(1), uk.views(3), uk.views(12), uk.views(21)))
        .containsExactly("1 перегляд", "3 перегляди", "12 переглядів", "21 перегляд");
    Labels pl = Labels.forLanguage("pl");
    assertThat(List.of(pl.views(1), pl.views(2), pl.views(5), pl.views(21), pl.views(22)))
        .containsExactly("1 wyświetlenie", "2 wyświetlenia", "5 wyświetleń", "21 wyświetleń", "22 wyświetlenia");
  }

  @Test
  void arabicViewsTakeTheirSixForms() {
    Labels ar = Labels.forLanguage("ar");
    assertThat(ar.views(0)).isEqualTo("0 مشاهدة");
    assertThat(ar.views(1)).isEqualTo("1 مشاهدة");
    assertThat(ar.views(2)).isEqualTo("2 مشاهدتان");
    assertThat(ar.views(3)).isEqualTo("3 مشاهدات");
    assertThat(ar.views(11)).isEqualTo("11 مشاهدة");
    assertThat(ar.views(100)).isEqualTo("100 مشاهدة");
    assertThat(ar.views(103)).isEqualTo("103 مشاهدات");
    assertThat(ar.readingTime(2)).isEqualTo("2 دقيقتان للقراءة");
    assertThat(ar.readingTime(5)).isEqualTo("5 دقائق للقراءة");
    assertThat(ar.withDigits("native").views(3)).isEqualTo("٣ مشاهدات");
  }

  @Test
  void hebrewViewsTakeTheirThreeForms() {
    Labels he = Labels.forLanguage("he");
    assertThat(List.of(he.views(1), he.views(2), he.views(3), he.views(10), he.views(11), he.views(20)))
        .containsExactly("1 צפייה", "2 צפיות", "3 צפיות", "10 צפיות", "11 צפיות", "20 צפיות");
    assertThat(List.of(he.readingTime(1), he.readingTime(2), he.readingTime(3), he.readingTime(10),
        he.readingTime(11), he.readingTime(20))).containsExactly("1 דקת קריאה", "2 דקות קריאה", "3 דקות קריאה",
        "10 דקות קריאה", "11 דקות קריאה", "20 דקות קריאה");
    assertThat(he.views(0)).isEqualTo("0 צפיות");
    assertThat(Labels.forLanguage("iw").get("keyPoints")).isEqualTo(he.get("keyPoints"));
    assertThat(he.joinNames(List.of("אנה", "בן", "דנה"))).isEqualTo("אנה, בן ודנה");
    assertThat(he.format("pageOf", 2, 5)).isEqualTo("עמוד 2 מתוך 5");
    assertThat(he.date(LocalDate.of(2025, 3, 3))).isEqualTo("3 במרץ 2025");
  }

  @Test
  void spanishFrenchAndPortugueseSayDeBeforeExactMillions() {
    assertThat(Labels.forLanguage("es").views(1_000_000)).isEqualTo("1.000.000 de visitas");
    assertThat(Labels.forLanguage("es").views(1_000_001)).isEqualTo("1.000.001 visitas");
    Labels fr = Labels.forLanguage("fr");
    assertThat(fr.views(2_000_000)).isEqualTo(fr.number(2_000_000) + " de vues");
    assertThat(List.of(fr.views(0), fr.views(1), fr.views(2))).containsExactly("0 vue", "1 vue", "2 vues");
    assertThat(Labels.forLanguage("pt-BR").views(1_000_000)).isEqualTo("1.000.000 de visualizações");
    assertThat(Labels.forLanguage("pt-BR").readingTime(5)).isEqualTo("5 min de leitura");
  }

  @Test
  void tagalogWritesTheLinkerNaAfterNumbersEndingInFourSixOrNine() {
    Labels tl = Labels.forLanguage("tl");
    assertThat(List.of(tl.views(1), tl.views(5), tl.views(4), tl.views(16), tl.views(29)))
        .containsExactly("1 pagtingin", "5 pagtingin", "4 na pagtingin", "16 na pagtingin", "29 na pagtingin");
    assertThat(tl.readingTime(6)).isEqualTo("6 na minutong pagbasa");
  }

  @Test
  void listsAreJoinedInEachLanguagesWay() {
    List<String> three = List.of("A", "B", "C");
    assertThat(Labels.forLanguage("zh-Hans").joinNames(List.of("张三", "李四", "王五"))).isEqualTo("张三、李四和王五");
    assertThat(Labels.forLanguage("zh-Hant").joinNames(List.of("張三", "李四"))).isEqualTo("張三和李四");
    assertThat(Labels.forLanguage("ja").joinNames(List.of("佐藤", "鈴木", "高橋"))).isEqualTo("佐藤、鈴木と高橋");
    assertThat(Labels.forLanguage("ar").joinNames(List.of("أحمد", "سارة", "ليلى"))).isEqualTo("أحمد وسارة وليلى");
    assertThat(Labels.forLanguage("fa").joinNames(three)).isEqualTo("A، B و C");
    assertThat(Labels.forLanguage("ko").joinNames(three)).isEqualTo("A, B 및 C");
    assertThat(Labels.forLanguage("ru").joinNames(three)).isEqualTo("A, B и C");
    assertThat(Labels.forLanguage("am").joinNames(three)).isEqualTo("A፣ B እና C");
    assertThat(Labels.forLanguage("my").joinNames(three)).isEqualTo("A၊ B နှင့် C");
    assertThat(Labels.forLanguage("th").joinNames(three)).isEqualTo("A, B และ C");
  }

  @Test
  void thaiNamesInAListAreApartByCommasSinceEachNameHoldsASpace() {
    // CLDR joins Thai items with a space ("A B และC"), which makes "สมชาย ใจดี สมหญิง รักดี" two names or four
    assertThat(Labels.forLanguage("th").joinNames(List.of("สมชาย ใจดี", "สมหญิง รักดี", "John Smith")))
        .isEqualTo("สมชาย ใจดี, สมหญิง รักดี และ John Smith");
  }

  @Test
  void thaiDatesAreInTheBuddhistEraUnlessTheGregorianCalendarIsAskedFor() {
    LocalDate date = LocalDate.of(2026, 9, 15);
    assertThat(Labels.forLanguage("th").date(date)).isEqualTo("15 กันยายน พ.ศ. 2569");
    assertThat(Labels.forLanguage("th-TH").date(date)).isEqualTo("15 กันยายน พ.ศ. 2569");
    assertThat(Labels.forLanguage("th").withCalendar(Labels.CALENDAR.defaultValue()).date(date))
        .isEqualTo("15 กันยายน พ.ศ. 2569");
    assertThat(Labels.forLanguage("th").withCalendar("gregorian").date(date)).isEqualTo("15 กันยายน ค.ศ. 2026");
    assertThat(Labels.forLanguage("th-u-ca-gregory").date(date)).isEqualTo("15 กันยายน ค.ศ. 2026");
    // every other language keeps the Gregorian calendar, with or without the setting's default
    assertThat(Labels.forLanguage("en").withCalendar("language").date(date)).isEqualTo("September 15, 2026");
    assertThat(Labels.forLanguage("fa").date(date)).isEqualTo(Labels.forLanguage("fa").withCalendar("gregorian").date(date));
    assertThat(Labels.forLanguage("th").withCalendar("buddhist").withCalendar("language").date(date))
        .isEqualTo("15 กันยายน พ.ศ. 2569");
  }

  @Test
  void sentencesReadWithTheirArguments() {
    assertThat(Labels.forLanguage("ru").format("pageOf", 2, 5)).isEqualTo("Страница 2 из 5");
    assertThat(Labels.forLanguage("zh-Hans").format("pageOf", 2, 5)).isEqualTo("第2页，共5页");
    assertThat(Labels.forLanguage("ko").format("pageOf", 2, 5)).isEqualTo("5쪽 중 2쪽");
    assertThat(Labels.forLanguage("th").format("pageOf", 2, 5)).isEqualTo("หน้า 2 จาก 5");
    Labels ja = Labels.forLanguage("ja");
    assertThat(ja.format("reviewedBy", "山田花子", ja.date(LocalDate.of(2025, 3, 3))))
        .isEqualTo("医学監修：山田花子（2025年3月3日）");
    Labels fr = Labels.forLanguage("fr");
    assertThat(fr.format("source", "OMS")).isEqualTo("Source\u00a0: OMS");
    assertThat(fr.format("reviewedBy", "Dr Martin", fr.date(LocalDate.of(2025, 3, 3))))
        .isEqualTo("Vérifié médicalement par Dr Martin le 3 mars 2025");
  }

  @Test
  void arabicDatesUseWesternDigitsUnlessAskedForTheNativeOnes() {
    LocalDate date = LocalDate.of(2025, 3, 3);
    assertThat(Labels.forLanguage("ar").date(date)).isEqualTo("3 مارس 2025");
    assertThat(Labels.forLanguage("ar").withDigits("native").date(date)).isEqualTo("٣ مارس ٢٠٢٥");
    assertThat(Labels.forLanguage("ar-u-nu-arab").date(date)).isEqualTo("٣ مارس ٢٠٢٥");
    assertThat(Labels.forLanguage("fa").date(date)).doesNotContainPattern("[۰-۹]");
    assertThat(Labels.forLanguage("fa").withDigits("native").date(date)).isEqualTo("۳ مارس ۲۰۲۵");
  }

  @Test
  void datesFollowTheLanguage() {
    LocalDate date = LocalDate.of(2025, 3, 3);
    assertThat(Labels.forLanguage("ru").date(date)).isEqualTo("3 марта 2025 г.");
    assertThat(Labels.forLanguage("ja").date(date)).isEqualTo("2025年3月3日");
    assertThat(Labels.forLanguage("zh-Hant").date(date)).isEqualTo("2025年3月3日");
    assertThat(Labels.forLanguage("ko").date(date)).isEqualTo("2025년 3월 3일");
    assertThat(Labels.forLanguage("fr").date(date)).isEqualTo("3 mars 2025");
    assertThat(Labels.forLanguage("pt-BR").date(date)).isEqualTo("3 de março de 2025");
    assertThat(Labels.forLanguage("hi").date(date)).isEqualTo("3 मार्च 2025");
  }

  @Test
  void chineseScriptOrRegionPicksSimplifiedOrTraditional() {
    for (String tag : List.of("zh-Hant", "zh-TW", "zh-HK", "zh-MO", "zh-Hant-TW")) {
      assertThat(Labels.forLanguage(tag).get("keyPoints")).as(tag).isEqualTo("要點");
    }
    for (String tag : List.of("zh", "zh-CN", "zh-Hans", "zh-SG", "zh-Hans-CN")) {
      assertThat(Labels.forLanguage(tag).get("keyPoints")).as(tag).isEqualTo("要点");
    }
  }

  @Test
  void portugueseOfBrazilAndOfPortugalReadThePortugueseFile() {
    assertThat(Labels.forLanguage("pt-BR").get("keyPoints")).isEqualTo("Pontos principais");
    assertThat(Labels.forLanguage("pt-PT").isTranslated()).isTrue();
  }

  @Test
  void aLanguageWithoutAFileIsNotTranslatedAndFallsBackToEnglish() {
    Labels de = Labels.forLanguage("de");
    assertThat(de.isTranslated()).isFalse();
    assertThat(Labels.hasTranslation("de")).isFalse();
    assertThat(de.get("keyPoints")).isEqualTo("Key points");
    assertThat(de.views(2)).isEqualTo("2 views");
    assertThat(de.date(LocalDate.of(2025, 3, 3))).isEqualTo("3. März 2025");
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static Map<String, String> load(String tag) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(raw(tag)));
    return properties.stringPropertyNames().stream().collect(Collectors.toMap(k -> k, properties::getProperty));
  }

  // the file's text, failing on any byte sequence that is not UTF-8
  private static String raw(String tag) throws IOException {
    String name = "labels_" + tag.replace('-', '_') + ".properties";
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      byte[] bytes = in.readAllBytes();
      try {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw new AssertionError(name + " is not UTF-8", e);
      }
    }
  }
}
