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
 * April 2025}, {@code 2025/04/07} and US {@code 04/07/2025}; English and Spanish month names.
 */
public final class Dates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern SLASHED_YMD = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
  private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?iu)\\b(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?iu)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
  /** A date somewhere in a text, in any of the forms. */
  public static final Pattern ANY = Pattern.compile(
      "(?iu)\\d{4}-\\d{1,2}-\\d{1,2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}"
          + "|\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?\\p{L}{3,10}\\.?,?\\s+(?:de\\s+)?\\d{4}");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8),
      Map.entry("dic", 12), Map.entry("set", 9));
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
    if (m.lookingAt()) {
      return date(m.group(3), m.group(1), m.group(2));
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
