package dev.carepress.check;

import java.util.Locale;

/** A readability formula the checks compute, with the publication its constants come from. */
public enum Formula {
  /** Flesch Reading Ease: 0–100, higher is easier; 60–70 is "standard" (English). */
  FLESCH_READING_EASE(
      "Flesch Reading Ease", "en", true,
      "Flesch R. A new readability yardstick. J Appl Psychol 1948;32(3):221-233"),
  /** Flesch–Kincaid Grade Level: the US school grade (English). */
  FLESCH_KINCAID_GRADE(
      "Flesch-Kincaid Grade Level", "en", false,
      "Kincaid JP, Fishburne RP, Rogers RL, Chissom BS. Derivation of new readability formulas for Navy enlisted"
          + " personnel. Research Branch Report 8-75, Naval Technical Training Command, 1975"),
  /** SMOG grade: the US school grade needed for full comprehension (English). */
  SMOG(
      "SMOG grade", "en", false,
      "McLaughlin GH. SMOG grading: a new readability formula. J Reading 1969;12(8):639-646"),
  /** Fernández-Huerta readability: 0–100, higher is easier; 60–70 is "normal", 7th–8th grade (Spanish). */
  FERNANDEZ_HUERTA(
      "Fernández-Huerta readability", "es", true,
      "Fernández Huerta J. Medidas sencillas de lecturabilidad. Consigna 1959;214:29-32 (as corrected by"
          + " G. Law, LINGUIST List 22.2332, 2011)"),
  /** Szigriszt-Pazos perspicuity read on the INFLESZ scale: 0–100, higher is easier; 55–65 is "normal" (Spanish). */
  SZIGRISZT_PAZOS(
      "Szigriszt-Pazos perspicuity (INFLESZ scale)", "es", true,
      "Szigriszt Pazos F. Sistemas predictivos de legibilidad del mensaje escrito: fórmula de perspicuidad."
          + " Doctoral thesis, Universidad Complutense de Madrid, 1993; INFLESZ scale: Barrio-Cantalejo IM et al."
          + " An Sist Sanit Navar 2008;31(2):135-152");

  private final String displayName;
  private final String language;
  private final boolean higherIsEasier;
  private final String source;

  Formula(String displayName, String language, boolean higherIsEasier, String source) {
    this.displayName = displayName;
    this.language = language;
    this.higherIsEasier = higherIsEasier;
    this.source = source;
  }

  /** The stable id used in JSON: {@code flesch-kincaid-grade}, {@code smog} … */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The formula's usual name. */
  public String displayName() {
    return displayName;
  }

  /** The language it was made for: {@code en} or {@code es}. */
  public String language() {
    return language;
  }

  /** Whether a higher value means easier text (reading-ease scales) rather than harder (grades). */
  public boolean higherIsEasier() {
    return higherIsEasier;
  }

  /** The publication its constants come from. */
  public String source() {
    return source;
  }
}
