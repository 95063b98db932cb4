package dev.carepress.check.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the checks know of a language: how to count syllables, read numbers, abbreviations and units
 * aloud, which words are everyday words, which are imperatives and which headings announce an action.
 * English and Spanish only; {@link #forTag} is empty for any other language.
 */
public enum TextLanguage {
  /** English. */
  ENGLISH("en", 3),
  /** Spanish. */
  SPANISH("es", 4);

  /** An abbreviation as written, what it stands for when read aloud, and whether it may end a sentence. */
  public record Abbreviation(String written, String spoken, boolean mayEndSentence) {}

  private final String code;
  private final int hardWordSyllables;
  private final List<Abbreviation> abbreviations;
  private final Map<String, String> units;
  private final Set<String> numberWords;
  private final Set<String> imperatives;
  private final Set<String> commonWords;
  private final Pattern actionHeading;
  private final Pattern directAddress;

  TextLanguage(String code, int hardWordSyllables) {
    this.code = code;
    this.hardWordSyllables = hardWordSyllables;
    boolean en = code.equals("en");
    this.abbreviations = en ? englishAbbreviations() : spanishAbbreviations();
    this.units = en ? englishUnits() : spanishUnits();
    this.numberWords = Set.of((en
        ? "zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            + "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
        : "cero dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
            + "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco "
            + "veintiséis veintisiete veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta ochenta "
            + "noventa cien ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
            + "ochocientos novecientos").split(" "));
    this.imperatives = Set.of((en
        ? "add apply ask attend avoid be book breathe bring call carry check choose clean contact continue "
            + "cough cover cut dial do don't drink dry eat email exercise fill find follow get give go have help "
            + "hold join keep learn leave let lie lift limit look lower make measure move never note open phone "
            + "place plan please prepare press protect put quit raise read record reduce remember repeat replace "
            + "report rest return rinse rub see seek share shake sit skip sleep sneeze soak speak spray start "
            + "stay stop store stretch swallow take talk tell test text throw tie tilt treat try turn twist use "
            + "visit wait walk wash watch wear wipe wrap write always"
        : "abra acuda agite anote aplique apunte asegúrese avise beba busque camine cierre coma consulte cubra "
            + "cuente deje descanse duerma enjuague evite guarde haga hable intente lave lávese lleve llame "
            + "mantenga mire nunca pida pregunte procure póngase quítese recuerde respire revise seque siga "
            + "siempre sople tape tenga tome tosa traiga use vaya vea limpie estornude lávate llama toma usa "
            + "bebe come evita pregunta descansa").split(" "));
    this.commonWords = loadWords(en ? "english-common-words.txt" : "spanish-common-words.txt");
    this.actionHeading = Pattern.compile(en
        ? "what (you|to|can i|should i|i can) (can )?do|how to |when to (see|get|call|contact|seek|go)|self[- ]care"
            + "|looking after yourself|things (you|to) |action plan|getting help|get help|home care|treatment at home"
            + "|steps|tips"
        : "qué (puede|debe|hacer|hago|puedo)|cómo |cuándo (consultar|ir|pedir|llamar|acudir|buscar)"
            + "|cuidados en casa|plan de acción|pasos|consejos",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.directAddress = Pattern.compile(en
        ? "\\byou (should|can|could|need to|must|may want to|might want to)\\b"
        : "\\busted (debe|puede|necesita|tiene que)\\b|\\b(debe|puede) usted\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The rules for a BCP 47 language tag ({@code en-GB}, {@code es-MX} …), if the checks know the language. */
  public static Optional<TextLanguage> forTag(String tag) {
    String language = Locale.forLanguageTag(tag).getLanguage();
    for (TextLanguage l : values()) {
      if (l.code.equals(language)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The two-letter code. */
  public String code() {
    return code;
  }

  /** The syllables of a word of letters (hyphens and apostrophes allowed). */
  public int syllables(String word) {
    return this == ENGLISH ? EnglishSyllables.count(word) : SpanishSyllables.count(word);
  }

  /** A whole number in words. */
  public String numberInWords(long n) {
    return this == ENGLISH ? NumberWords.english(n) : NumberWords.spanish(n);
  }

  /** The word read for the decimal separator. */
  public String decimalPoint() {
    return this == ENGLISH ? "point" : "coma";
  }

  /** The character that separates decimals in this language's usual writing. */
  public char decimalSeparator() {
    return this == ENGLISH ? '.' : ',';
  }

  /** Abbreviations with a period, longest first. */
  public List<Abbreviation> abbreviations() {
    return abbreviations;
  }

  /** Units written after a number, and how they are read ({@code mg} → milligrams). */
  public Map<String, String> units() {
    return units;
  }

  /**
   * Number words that would be clearer as numerals ("three" → 3). "One" is left out (mostly a
   * pronoun), and so are scale words ("million"), which are fine after a numeral: "38 million".
   */
  public boolean isNumberWord(String lowerCaseWord) {
    return numberWords.contains(lowerCaseWord);
  }

  /** Whether a sentence starting with this (lower-case) word is likely an instruction to the reader. */
  public boolean isImperative(String lowerCaseWord) {
    return imperatives.contains(lowerCaseWord);
  }

  /** Whether the sentence addresses the reader with advice ("you should", "usted debe"). */
  public boolean addressesReader(String sentence) {
    return directAddress.matcher(sentence).find();
  }

  /** Whether a heading announces what the reader can do ("What you can do", "When to see a doctor"). */
  public boolean isActionHeading(String heading) {
    return actionHeading.matcher(heading).find();
  }

  /** The syllables from which a word counts as hard: 3 in English (SMOG's polysyllable), 4 in Spanish. */
  public int hardWordSyllables() {
    return hardWordSyllables;
  }

  /** Whether a (lower-case) word is an everyday word despite its length. */
  public boolean isCommonWord(String lowerCaseWord) {
    return commonWords.contains(lowerCaseWord);
  }

  private static List<Abbreviation> englishAbbreviations() {
    Map<String, String> never = new LinkedHashMap<>();
    never.put("Dr.", "doctor");
    never.put("Drs.", "doctors");
    never.put("Mr.", "mister");
    never.put("Mrs.", "missus");
    never.put("Ms.", "miz");
    never.put("St.", "saint");
    never.put("No.", "number");
    never.put("Nos.", "numbers");
    never.put("vs.", "versus");
    never.put("e.g.", "for example");
    never.put("i.e.", "that is");
    never.put("Prof.", "professor");
    never.put("Sr.", "senior");
    never.put("approx.", "approximately");
    never.put("Fig.", "figure");
    never.put("Mt.", "mount");
    never.put("cf.", "compare");
    never.put("U.S.", "U S");
    never.put("U.K.", "U K");
    never.put("tsp.", "teaspoon");
    never.put("tbsp.", "tablespoon");
    never.put("Tel.", "telephone");
    never.put("tel.", "telephone");
    never.put("ext.", "extension");
    never.put("Dept.", "department");
    Map<String, String> mayEnd = new LinkedHashMap<>();
    mayEnd.put("etc.", "et cetera");
    mayEnd.put("a.m.", "A M");
    mayEnd.put("p.m.", "P M");
    mayEnd.put("A.M.", "A M");
    mayEnd.put("P.M.", "P M");
    mayEnd.put("Jr.", "junior");
    mayEnd.put("Inc.", "incorporated");
    mayEnd.put("Ltd.", "limited");
    mayEnd.put("Co.", "company");
    mayEnd.put("et al.", "et al");
    mayEnd.put("Ph.D.", "P H D");
    mayEnd.put("M.D.", "M D");
    mayEnd.put("R.N.", "R N");
    mayEnd.put("hrs.", "hours");
    mayEnd.put("hr.", "hour");
    mayEnd.put("min.", "minutes");
    mayEnd.put("oz.", "ounces");
    mayEnd.put("lbs.", "pounds");
    mayEnd.put("lb.", "pound");
    return abbreviations(never, mayEnd);
  }

  private static List<Abbreviation> spanishAbbreviations() {
    Map<String, String> never = new LinkedHashMap<>();
    never.put("Sr.", "señor");
    never.put("Sra.", "señora");
    never.put("Srta.", "señorita");
    never.put("Sres.", "señores");
    never.put("Dr.", "doctor");
    never.put("Dra.", "doctora");
    never.put("Dña.", "doña");
    never.put("D.", "don");
    never.put("Ud.", "usted");
    never.put("Uds.", "ustedes");
    never.put("Vd.", "usted");
    never.put("p. ej.", "por ejemplo");
    never.put("p.ej.", "por ejemplo");
    never.put("EE. UU.", "Estados Unidos");
    never.put("EE.UU.", "Estados Unidos");
    never.put("pág.", "página");
    never.put("núm.", "número");
    never.put("aprox.", "aproximadamente");
    never.put("tel.", "teléfono");
    never.put("Av.", "avenida");
    never.put("Avda.", "avenida");
    never.put("máx.", "máximo");
    never.put("mín.", "mínimo");
    Map<String, String> mayEnd = new LinkedHashMap<>();
    mayEnd.put("etc.", "etcétera");
    mayEnd.put("a. m.", "a eme");
    mayEnd.put("p. m.", "pe eme");
    mayEnd.put("a.m.", "a eme");
    mayEnd.put("p.m.", "pe eme");
    return abbreviations(never, mayEnd);
  }

  private static List<Abbreviation> abbreviations(Map<String, String> never, Map<String, String> mayEnd) {
    List<Abbreviation> all = new java.util.ArrayList<>();
    never.forEach((w, s) -> all.add(new Abbreviation(w, s, false)));
    mayEnd.forEach((w, s) -> all.add(new Abbreviation(w, s, true)));
    all.sort((a, b) -> Integer.compare(b.written().length(), a.written().length()));
    return List.copyOf(all);
  }

  private static Map<String, String> englishUnits() {
    return units(
        "mg milligrams|mcg micrograms|µg micrograms|g grams|kg kilograms|ml milliliters|mL milliliters"
            + "|l liters|L liters|dl deciliters|dL deciliters|mmol millimoles|cm centimeters|mm millimeters"
            + "|m meters|km kilometers|ft feet|lb pounds|lbs pounds|oz ounces|mmHg millimeters of mercury"
            + "|bpm beats per minute|IU international units|h hours|hr hours|hrs hours|min minutes"
            + "|kcal kilocalories|cal calories|°F degrees Fahrenheit|°C degrees Celsius|° degrees|% percent");
  }

  private static Map<String, String> spanishUnits() {
    return units(
        "mg miligramos|g gramos|kg kilogramos|ml mililitros|mL mililitros|l litros|L litros|cm centímetros"
            + "|mm milímetros|m metros|km kilómetros|mmHg milímetros de mercurio|lpm latidos por minuto"
            + "|UI unidades internacionales|h horas|min minutos|kcal kilocalorías|°C grados centígrados"
            + "|°F grados Fahrenheit|° grados|% por ciento");
  }

  private static Map<String, String> units(String spec) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : spec.split("\\|")) {
      int space = entry.indexOf(' ');
      map.put(entry.substring(0, space), entry.substring(space + 1));
    }
    return Map.copyOf(map);
  }

  private static Set<String> loadWords(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = TextLanguage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          words.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
