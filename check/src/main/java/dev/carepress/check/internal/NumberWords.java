package dev.carepress.check.internal;

/**
 * Numbers written out as they are read aloud, so that "2.5" counts the syllables of "two point
 * five" (the SMOG rule: numbers are counted as read aloud). English follows US usage without "and";
 * a four-digit number from 1100 to 1999 or 2010 to 2099 is read as a year ("nineteen ninety",
 * "twenty twenty-five").
 */
public final class NumberWords {
  private static final String[] EN_SMALL = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
  };
  private static final String[] EN_TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] ES_SMALL = {
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
    "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
    "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
    "veintinueve"
  };
  private static final String[] ES_TENS = {
    "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"
  };
  private static final String[] ES_HUNDREDS = {
    "", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
    "ochocientos", "novecientos"
  };

  private NumberWords() {}

  /** A whole number 0 or more in English words, e.g. {@code 125} → {@code one hundred twenty-five}. */
  public static String english(long n) {
    if ((n >= 1100 && n <= 1999 && n % 100 != 0) || (n >= 2010 && n <= 2099)) {
      return english(n / 100) + " " + (n % 100 < 10 ? "oh " + english(n % 100) : english(n % 100));
    }
    return englishCardinal(n);
  }

  private static String englishCardinal(long n) {
    if (n < 20) {
      return EN_SMALL[(int) n];
    }
    if (n < 100) {
      return EN_TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : "-" + EN_SMALL[(int) (n % 10)]);
    }
    long[] scales = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L, 100L};
    String[] names = {"trillion", "billion", "million", "thousand", "hundred"};
    for (int i = 0; i < scales.length; i++) {
      if (n >= scales[i]) {
        long rest = n % scales[i];
        return englishCardinal(n / scales[i]) + " " + names[i] + (rest == 0 ? "" : " " + englishCardinal(rest));
      }
    }
    throw new AssertionError(n);
  }

  /** A whole number 0 or more in Spanish words, e.g. {@code 125} → {@code ciento veinticinco}. */
  public static String spanish(long n) {
    if (n < 30) {
      return ES_SMALL[(int) n];
    }
    if (n < 100) {
      return ES_TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : " y " + ES_SMALL[(int) (n % 10)]);
    }
    if (n == 100) {
      return "cien";
    }
    if (n < 1000) {
      return ES_HUNDREDS[(int) (n / 100)] + (n % 100 == 0 ? "" : " " + spanish(n % 100));
    }
    if (n < 1_000_000) {
      long thousands = n / 1000;
      String head = thousands == 1 ? "mil" : spanish(thousands) + " mil";
      return head + (n % 1000 == 0 ? "" : " " + spanish(n % 1000));
    }
    long millions = n / 1_000_000;
    String head = millions == 1 ? "un millón" : spanish(millions) + " millones";
    return head + (n % 1_000_000 == 0 ? "" : " " + spanish(n % 1_000_000));
  }
}
