package dev.carepress.render;

import java.time.LocalDate;
import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A date in a language's long form and in a calendar, for {@link Labels#date}: the calendars the
 * {@link Labels#CALENDAR} setting names, the one CLDR prefers for a language, and the long forms the
 * JDK lacks or writes without their era.
 */
final class LongDates {
  private static final Map<String, String> CALENDARS = Map.of("gregorian", "ISO", "gregory", "ISO",
      "islamic-umalqura", "Hijrah-umalqura", "buddhist", "ThaiBuddhist", "japanese", "Japanese", "roc", "Minguo",
      Labels.LANGUAGE_CALENDAR, "");

  /**
   * The long date of a calendar whose CLDR pattern leaves out the era where the language's
   * Gregorian date names its own: Thai writes "15 กันยายน ค.ศ. 2026" for the Gregorian date, and
   * CLDR's Buddhist "15 กันยายน 2569" would leave a reader of both to guess the era.
   */
  private static final Map<String, String> ERA_LONG_DATES = Map.of("th/ThaiBuddhist", "d MMMM G y");

  /**
   * The long date of a language Carepress has labels for whose dates the JDK does not know (it
   * would print its root form, "2026 Sep 15", with English month abbreviations): Haitian Creole
   * writes "15 septanm 2026".
   */
  private static final Map<String, DateTimeFormatter> OWN_LONG_DATES = Map.of("ht", longDate(List.of(
      "janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm")));

  private LongDates() {}

  /**
   * The calendar a {@link Labels#CALENDAR} value names for the language.
   *
   * @throws SettingsException for a calendar that is not one of them, naming those there are
   */
  static Chronology chronology(Locale locale, String calendar) {
    String id = CALENDARS.get(calendar.strip().toLowerCase(Locale.ROOT));
    if (id == null) {
      throw new SettingsException("calendar '" + calendar + "' is not supported; use one of "
          + String.join(", ", new TreeSet<>(CALENDARS.keySet())));
    }
    return id.isEmpty() ? languageChronology(locale) : Chronology.of(id);
  }

  /**
   * The calendar CLDR prefers for the language (its {@code calendarPreference} for the language's
   * likely region): the Buddhist one for Thai in Thailand; the Gregorian one otherwise. (CLDR prefers
   * the Solar Hijri calendar for Persian in Iran, which the JDK does not have: Persian stays
   * Gregorian, as before.)
   */
  static Chronology languageChronology(Locale locale) {
    String region = locale.getCountry();
    if (locale.getLanguage().equals("th") && (region.isEmpty() || region.equals("TH"))) {
      return Chronology.of("ThaiBuddhist");
    }
    return IsoChronology.INSTANCE;
  }

  /** The date in the language's long form, in the calendar, with the digits of {@code numberLocale}. */
  static String format(LocalDate date, Locale locale, Locale numberLocale, Chronology chronology) {
    DateTimeFormatter own = OWN_LONG_DATES.get(locale.getLanguage());
    if (own != null && chronology.equals(IsoChronology.INSTANCE)) {
      return own.withDecimalStyle(DecimalStyle.of(numberLocale)).format(date);
    }
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
        .withDecimalStyle(DecimalStyle.of(numberLocale));
    if (chronology.equals(IsoChronology.INSTANCE)) {
      return format.format(date);
    }
    String withEra = ERA_LONG_DATES.get(locale.getLanguage() + "/" + chronology.getId());
    if (withEra != null) {
      format = DateTimeFormatter.ofPattern(withEra, locale).withDecimalStyle(DecimalStyle.of(numberLocale));
    }
    return format.withChronology(chronology).format(chronology.date(date));
  }

  private static DateTimeFormatter longDate(List<String> months) {
    Map<Long, String> names = new HashMap<>();
    for (int m = 1; m <= 12; m++) {
      names.put((long) m, months.get(m - 1));
    }
    return new DateTimeFormatterBuilder()
        .appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(' ')
        .appendText(ChronoField.MONTH_OF_YEAR, names).appendLiteral(' ')
        .appendValue(ChronoField.YEAR_OF_ERA).toFormatter(Locale.ROOT);
  }
}
