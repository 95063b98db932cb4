package dev.carepress.importer.internal;

import dev.carepress.model.Person;
import java.util.Optional;
import java.util.regex.Pattern;

/** A person's name as a page writes it, with credentials after a comma ({@code Dana Okafor, MD, MPH}). */
final class Persons {
  /**
   * A known credential (mixed case as {@code PharmD} or {@code MBChB} is only read from this list).
   */
  private static final String KNOWN = "MD|M\\.D\\.|DO|PhD|Ph\\.D\\.|RN|BSN|MSN|NP|APRN|FNP|PA-C|PA|PharmD|RD|RDN|MPH"
      + "|MS|MSc|MA|BA|BS|BSc|FACP|FAAP|FACS|DNP|LCSW|CNM|IBCLC|CDCES|MBBS|MRCP|FRCP|DDS|DMD|OD|DPM|LPN|CNA|MBA|JD|ScD"
      + "|DrPH|EdD|PsyD|DPhil|MBChB|MB ChB|MBBCh|BMBS|BChir|MCh|ChB|BPharm|MPharm|MRCPsych|FRCPsych|FRCSEd|MRCGP|Dip|DC|PT|OT|DM";
  /**
   * Any other abbreviation in capitals (3 to 8 letters, with or without dots: {@code FRCPC}, {@code
   * F.R.C.S.}; two are a name's: "Lee, NG", "Roe, J.R."); capitals that are a place or body rather
   * than a degree ({@code USA}, {@code NHS}) are not one.
   */
  private static final String CAPITALS =
      "(?!(?:USA|NHS|CDC|WHO|NIH|FDA|III)\\b)(?:\\p{Lu}{3,8}|(?:\\p{Lu}\\.){3,8})(?![\\p{L}.])";
  /** Credentials after a name: known ones or capitals, each with an optional qualifier ({@code FRCS (Orth)}). */
  private static final Pattern CREDENTIALS = credentials(KNOWN + "|" + CAPITALS);
  /**
   * Credentials after a name written in capitals ("SMITH, JOHN", "GARCÍA LÓPEZ, MARÍA"): known ones
   * only, since a given name in capitals looks like an abbreviation.
   */
  private static final Pattern KNOWN_CREDENTIALS = credentials(KNOWN);

  private static final String PREFIX = "(by|written by|author:|reviewed by|medically reviewed by)";

  private Persons() {}

  private static Pattern credentials(String one) {
    return Pattern.compile("(?:\\s*,?\\s*(?:(?:" + one + ")(?:\\s*\\([\\p{L}. ]{1,12}\\))?(?![\\p{L}]))\\.?)+\\s*");
  }

  /**
   * The person, credentials split off the name when they follow a comma; none when the text names no
   * one (empty, white space, a lone "by" or a lone comma, as empty links and meta tags give).
   */
  static Optional<Person> parse(String text, Optional<String> url) {
    String clean = Chars.clean(text).replaceFirst("(?i)^" + PREFIX + "\\s+", "");
    if (clean.isBlank() || clean.matches("(?i)" + PREFIX) || clean.chars().allMatch(c -> c == ',' || Chars.isBlank(c))) {
      return Optional.empty();
    }
    for (int comma = clean.indexOf(','); comma > 0; comma = clean.indexOf(',', comma + 1)) {
      String name = clean.substring(0, comma);
      if (looksLikeCredentials(name, clean.substring(comma + 1))) { // "Roe, Jane, MD": the first comma is the name's
        return Optional.of(new Person(name.strip(), Optional.of(clean.substring(comma + 1).strip()), url));
      }
    }
    return Optional.of(new Person(clean, Optional.empty(), url));
  }

  /** Whether the text is a list of credentials such as {@code MD, MPH}. */
  static boolean looksLikeCredentials(String text) {
    return !text.isBlank() && CREDENTIALS.matcher(text).matches();
  }

  /**
   * Whether the text after a name's comma is a list of credentials; after a name in capitals only
   * known credentials count ("SMITH, JOHN" is a surname and a given name, "SMITH, MD" a doctor).
   */
  static boolean looksLikeCredentials(String name, String text) {
    boolean inCapitals = name.codePoints().anyMatch(Character::isUpperCase)
        && name.codePoints().noneMatch(Character::isLowerCase);
    return !text.isBlank() && (inCapitals ? KNOWN_CREDENTIALS : CREDENTIALS).matcher(text).matches();
  }
}
