package dev.carepress.importer.internal;

import dev.carepress.model.Person;
import java.util.Optional;
import java.util.regex.Pattern;

/** A person's name as a page writes it, with credentials after a comma ({@code Dana Okafor, MD, MPH}). */
final class Persons {
  /**
   * One credential: a known one (mixed case as {@code PharmD} or {@code MBChB} is only read from this
   * list), else an abbreviation in capitals (3 to 8 letters, with or without dots: {@code FRCPC},
   * {@code F.R.C.S.}; two are a name's: "Lee, NG", "Roe, J.R."), either with a qualifier in brackets ({@code FRCS (Orth)}, {@code FRCP(C)}).
   * Capitals that are a place or body rather than a degree ({@code USA}, {@code NHS}) are not one.
   */
  private static final String CREDENTIAL = "(?:(?:MD|M\\.D\\.|DO|PhD|Ph\\.D\\.|RN|BSN|MSN|NP|APRN|FNP|PA-C|PA|PharmD|RD|RDN|MPH"
      + "|MS|MSc|MA|BA|BS|BSc|FACP|FAAP|FACS|DNP|LCSW|CNM|IBCLC|CDCES|MBBS|MRCP|FRCP|DDS|DMD|OD|DPM|LPN|CNA|MBA|JD|ScD"
      + "|DrPH|EdD|PsyD|DPhil|MBChB|MB ChB|MBBCh|BMBS|BChir|MCh|ChB|BPharm|MPharm|MRCPsych|FRCPsych|FRCSEd|MRCGP|Dip|DC|PT|OT|DM"
      + "|(?!(?:USA|NHS|CDC|WHO|NIH|FDA|III)\\b)(?:\\p{Lu}{3,8}|(?:\\p{Lu}\\.){3,8})(?![\\p{L}.]))"
      + "(?:\\s*\\([\\p{L}. ]{1,12}\\))?(?![\\p{L}]))";
  private static final Pattern CREDENTIALS = Pattern.compile(
      "(?:\\s*,?\\s*" + CREDENTIAL + "\\.?)+\\s*");

  private static final String PREFIX = "(by|written by|author:|reviewed by|medically reviewed by)";

  private Persons() {}

  /**
   * The person, credentials split off the name when they follow a comma; none when the text names no
   * one (empty, white space, a lone "by" or a lone comma, as empty links and meta tags give).
   */
  static Optional<Person> parse(String text, Optional<String> url) {
    String clean = Chars.clean(text).replaceFirst("(?i)^" + PREFIX + "\\s+", "");
    if (clean.isBlank() || clean.matches("(?i)" + PREFIX) || clean.chars().allMatch(c -> c == ',' || Chars.isBlank(c))) {
      return Optional.empty();
    }
    int comma = clean.indexOf(',');
    if (comma > 0 && looksLikeCredentials(clean.substring(comma + 1))) {
      return Optional.of(new Person(clean.substring(0, comma).strip(), Optional.of(clean.substring(comma + 1).strip()), url));
    }
    return Optional.of(new Person(clean, Optional.empty(), url));
  }

  /** Whether the text is a list of credentials such as {@code MD, MPH}. */
  static boolean looksLikeCredentials(String text) {
    return !text.isBlank() && CREDENTIALS.matcher(text).matches();
  }
}
