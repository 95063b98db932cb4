package dev.carepress.render.html.internal;

import java.util.Locale;
import java.util.Set;

/** Facts about languages pages need. */
public final class Languages {
  private static final Set<String> RIGHT_TO_LEFT =
      Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "ug", "ur", "yi");

  private Languages() {}

  /** {@code rtl} or {@code ltr} for a BCP 47 tag. */
  public static String direction(String languageTag) {
    return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(languageTag).getLanguage()) ? "rtl" : "ltr";
  }

  /** The Open Graph form of a tag: {@code en-US} becomes {@code en_US}. */
  public static String ogLocale(String languageTag) {
    Locale locale = Locale.forLanguageTag(languageTag);
    return locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + locale.getCountry();
  }
}
