package dev.carepress.importer.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages write them: ISO 8601 (with or without a time), {@code April 07, 2025}, {@code 7
 * April 2025}, {@code 2025/04/07} and US {@code 04/07/2025}; English, Spanish and Russian month names;
 * Chinese, Japanese and Korean {@code 2025年3月15日} ({@code 2025년 3월 15일}); Arabic month names of
 * both series ({@code ١٥ مارس ٢٠٢٥}, {@code 3 كانون الثاني 2025}); Vietnamese {@code 15 tháng 3, 2025}.
 */
public final class Dates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern SLASHED_YMD = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
  private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  /** {@code 12.03.2025}: day first, as in Russia, Germany and Vietnam (no one writes the month first with dots). */
  private static final Pattern DOTTED_DMY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?iu)\\b(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?iu)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
  /** {@code 2025年3月15日} (Chinese, Japanese), {@code 2025년 3월 15일} (Korean). */
  private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日号號일]");
  /** {@code 15 tháng 3, 2025}, {@code ngày 15 tháng 03 năm 2025} (Vietnamese). */
  private static final Pattern VIETNAMESE =
      Pattern.compile("(?iu)(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*,|\\s+năm)?\\s+(\\d{4})(?!\\d)");
  /**
   * Arabic month names: the Egyptian and Gulf series (يناير … ديسمبر) and the Levantine and Iraqi one
   * (كانون الثاني … كانون الأول), each with the spellings of its hamza, alif and final yā' that pages use.
   */
  private static final Map<String, Integer> ARABIC_MONTHS = Map.ofEntries(
      Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
      Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("يوليو", 7), Map.entry("يوليه", 7),
      Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10), Map.entry("نوفمبر", 11),
      Map.entry("ديسمبر", 12), Map.entry("كانون الثاني", 1), Map.entry("شباط", 2), Map.entry("اذار", 3),
      Map.entry("نيسان", 4), Map.entry("ايار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8),
      Map.entry("ايلول", 9), Map.entry("تشرين الاول", 10), Map.entry("تشرين الثاني", 11), Map.entry("كانون الاول", 12));
  private static final String ARABIC_MONTH = "(?:كانون|تشرين)\\s+ال(?:[اأإآ]ول|ثاني)|[\\p{IsArabic}&&\\p{L}]{2,7}";
  /** {@code ١٥ مارس ٢٠٢٥}, {@code 3 كانون الثاني، 2025م}: the month's name checked against the table. */
  private static final Pattern ARABIC = Pattern.compile(
      "(\\d{1,2})\\s+(" + ARABIC_MONTH + ")\\s*[،,]?\\s*(\\d{4})(?!\\d)");
  /** A date somewhere in a text, in any of the forms. */
  public static final Pattern ANY = Pattern.compile(
      "(?iu)\\d{4}\\s*[年년]\\s*\\d{1,2}\\s*[月월]\\s*\\d{1,2}\\s*[日号號일]"
          + "|(?:ngày\\s+)?\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s*,|\\s+năm)?\\s+\\d{4}(?!\\d)"
          + "|\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?!\\d)|\\d{1,2}\\s+(?:" + ARABIC_MONTH + ")\\s*[،,]?\\s*\\d{4}(?!\\d)|\\d{4}-\\d{1,2}-\\d{1,2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}"
          + "|\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?\\p{L}{3,10}\\.?,?\\s+(?:de\\s+)?\\d{4}");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8),
      Map.entry("dic", 12), Map.entry("set", 9), Map.entry("янв", 1), Map.entry("фев", 2), Map.entry("мар", 3),
      Map.entry("апр", 4), Map.entry("май", 5), Map.entry("мая", 5), Map.entry("июн", 6), Map.entry("июл", 7),
      Map.entry("авг", 8), Map.entry("сен", 9), Map.entry("окт", 10), Map.entry("ноя", 11), Map.entry("дек", 12));
  /** German and French month names and their abbreviations the three-letter table does not hold ("5. März 2025", "5 avril 2025"). */
  private static final Map<String, Integer> GERMAN_FRENCH = Map.ofEntries(Map.entry("märz", 3), Map.entry("mär", 3),
      Map.entry("maerz", 3), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("okt", 10),
      Map.entry("oktober", 10), Map.entry("dez", 12), Map.entry("dezember", 12), Map.entry("janvier", 1), Map.entry("janv", 1),
      Map.entry("février", 2), Map.entry("févr", 2), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
      Map.entry("avr", 4), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("août", 8),
      Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
      Map.entry("décembre", 12), Map.entry("déc", 12), Map.entry("decembre", 12));
  private static final Map<String, Integer> SPANISH = Map.of("enero", 1, "febrero", 2, "marzo", 3, "mayo", 5,
      "junio", 6, "julio", 7, "septiembre", 9, "octubre", 10, "noviembre", 11);

  private Dates() {}

  /** The first date the text starts with (after white space), if any. */
  public static Optional<LocalDate> parse(String text) {
    String ascii = asciiDigits(text);
    // a year of 13xx or 14xx in Arabic or Persian digits is the Hijri or Solar Hijri calendar's, not a
    // Gregorian date to keep
    return ascii == text ? gregorian(text) : gregorian(ascii).filter(d -> d.getYear() >= 1900);
  }

  private static Optional<LocalDate> gregorian(String text) {
    String t = text.strip();
    Matcher m = ISO.matcher(t);
    if (m.lookingAt()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = SLASHED_YMD.matcher(t);
    if (m.lookingAt()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = US.matcher(t);
    if (m.lookingAt()) { // 15/03/2025 has no month 15: it is day first
      Matcher us = m;
      return date(us.group(3), us.group(1), us.group(2)).or(() -> date(us.group(3), us.group(2), us.group(1)));
    }
    m = DOTTED_DMY.matcher(t);
    if (m.lookingAt()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    m = CJK.matcher(t);
    if (m.lookingAt()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = VIETNAMESE.matcher(t);
    if (m.lookingAt()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    Matcher ar = ARABIC.matcher(t);
    if (ar.lookingAt()) {
      return Optional.ofNullable(ARABIC_MONTHS.get(arabicLetters(ar.group(2))))
          .flatMap(mo -> date(ar.group(3), String.valueOf(mo), ar.group(1)));
    }
    Matcher md = MONTH_DAY_YEAR.matcher(t);
    if (md.lookingAt()) {
      return month(md.group(1)).flatMap(mo -> date(md.group(3), String.valueOf(mo), md.group(2)));
    }
    Matcher d = DAY_MONTH_YEAR.matcher(t);
    if (d.lookingAt()) {
      return month(d.group(2)).flatMap(mo -> date(d.group(3), String.valueOf(mo), d.group(1)));
    }
    return Optional.empty();
  }

  /**
   * The text with every decimal digit of another script (Arabic-Indic ٢٠٢٥, Persian ۱۴۰۳, Devanagari
   * २०२५, full-width ２０２５ …) written as an ASCII digit, so a date in them is read, not dropped.
   */
  static String asciiDigits(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7F && Character.isDigit(c)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The date the text starts with, reading {@code 05/03/2025} day first: for a label in a language
   * whose pages write the day first (Vietnamese, Russian, Spanish, Arabic …), never the US order.
   */
  public static Optional<LocalDate> parseDayFirst(String text) {
    Matcher m = DAY_FIRST.matcher(asciiDigits(text).strip());
    return m.lookingAt() ? date(m.group(3), m.group(2), m.group(1)) : parse(text);
  }

  /** An Arabic month's name with one spelling: alif without hamza or madda, one space. */
  private static String arabicLetters(String name) {
    return name.replaceAll("[\u0623\u0625\u0622]", "\u0627").replaceAll("\\s+", " ");
  }

  /** The first date found anywhere in the text. */
  public static Optional<LocalDate> find(String text) {
    Matcher m = ANY.matcher(asciiDigits(text));
    while (m.find()) {
      Optional<LocalDate> date = parse(m.group());
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> month(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    Integer spanish = SPANISH.get(lower);
    if (spanish != null) {
      return Optional.of(spanish);
    }
    Integer other = GERMAN_FRENCH.get(lower);
    if (other != null) {
      return Optional.of(other);
    }
    return lower.length() < 3 ? Optional.empty() : Optional.ofNullable(MONTHS.get(lower.substring(0, 3)));
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
