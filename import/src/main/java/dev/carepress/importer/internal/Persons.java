package dev.carepress.importer.internal;

import dev.carepress.model.Person;
import java.util.Optional;
import java.util.regex.Matcher;
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

  /**
   * A specialty or job title as pages write it after a name ("Dra. Ana Gómez, Gastroenteróloga",
   * "Dr. med. Hans Müller, Facharzt für Innere Medizin", "BS. Nguyễn Văn An – Khoa Nội"): a word of
   * the trade first, then what qualifies it ("für Innere Medizin"). A courtesy title before the name
   * (Dr., Dra., Dr. med., BS., ThS.BS) is the name's, as "Dr." is in English.
   */
  private static final Pattern SPECIALTY = Pattern.compile("(?iu)(?:"
      // English
      + "physician|doctor|nurse|pharmacist|dietitian|nutritionist|surgeon|specialist|consultant|general practitioner"
      + "|\\p{L}+olog(?:ist|ista|[oa]|ue|e|in)|\\p{L}+ólog[oa]|p(?:a)?ediatrician|psychiatrist|midwife|physiotherapist"
      + "|health (?:writer|editor|journalist)|medical (?:writer|editor|journalist)"
      // Spanish, Portuguese, Italian
      + "|m[ée]dic[oa]|enfermer[oa]|enfermeira|farmac[ée]utic[oa]|nutricionista|dietista|pediatra|psiquiatra|fisioterapeuta"
      + "|cirujan[oa]|internista|especialista|licenciad[oa]|residente|odont[óo]log[oa]|matrona"
      // German
      + "|fach(?:arzt|ärztin)|(?:ober|chef|assistenz|zahn|haus|kinder|frauen)?(?:arzt|ärztin)|allgemeinmediziner(?:in)?"
      + "|internist(?:in)?|apotheker(?:in)?|psychotherapeut(?:in)?|heilpraktiker(?:in)?|hebamme|(?:medizin|wissenschafts)journalist(?:in)?"
      + "|ernährungs(?:berater|wissenschaftler|mediziner)(?:in)?|gesundheits- und krankenpfleger(?:in)?|krankenpfleger(?:in)?|pflegefachkraft"
      // French
      + "|médecin|docteure? en|p[ée]diatre|psychiatre|infirmi(?:er|ère)|pharmacien(?:ne)?|chirurgien(?:ne)?"
      + "|diététicien(?:ne)?|généraliste|spécialiste|sage-femme|kinésithérapeute|nutritionniste|rédact(?:eur|rice)"
      // Russian
      + "|врач|доктор медицинских наук|кандидат медицинских наук|к\\.\\s?м\\.\\s?н\\.?|д\\.\\s?м\\.\\s?н\\.?|профессор|доцент"
      + "|заведующ\\p{L}*|\\p{IsCyrillic}*(?:лог|логиня|терапевт|педиатр|хирург|психиатр|инфекционист|акушер|ортопед)"
      + "|медсестра|медицинская сестра|фармацевт|провизор"
      // Vietnamese
      + "|khoa|trưởng khoa|phó (?:trưởng )?khoa|chuyên khoa|bác sĩ chuyên khoa|trung tâm|bệnh viện|giám đốc"
      + ")(?![\\p{L}])(?:[-‑][\\p{L}]+)*(?:[\\s,.]+[^,()]*)?");
  /** A specialty written before the name on Russian pages: "врач-кардиолог Петров А. В.", "Врач высшей категории …". */
  private static final Pattern SPECIALTY_FIRST = Pattern.compile("^((?:[Вв]рач|[А-ЯЁа-яё]*(?:лог|терапевт|педиатр|хирург"
      + "|психиатр|инфекционист|акушер|ортопед)|[Мм]едсестра|[Фф]армацевт|[Пп]ровизор)(?:[-‑][а-яё]+)*(?:\\s+[а-яё]+)*)"
      + "\\s+(\\p{Lu}.*)$");
  /** A spaced dash or a bracket before a specialty: "BS. Nguyễn Văn An – Khoa Nội", "Ana Gómez (Pediatra)". */
  private static final Pattern DASHED = Pattern.compile("^(.+?)\\s+[-–—]\\s+(.+)$|^(.+?)\\s*\\(([^()]+)\\)$");
  /** Courtesy and academic titles before a name, left out only to tell two spellings of one person apart. */
  private static final Pattern TITLES = Pattern.compile("^(?:(?:Bác sĩ|Dược sĩ|ThS|TS|PGS|GS|BSCKI{1,2}|BS|CKI{1,2}|Dr|Dra"
      + "|Prof|med|Pr|Dott|Dottssa|д\\.?\\s?м\\.?\\s?н|к\\.?\\s?м\\.?\\s?н|د)\\.?(?:\\s+|(?<=\\.)|$))+");

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
    Optional<String> before = Optional.empty();
    Matcher first = SPECIALTY_FIRST.matcher(clean);
    if (first.matches() && first.group(2).codePoints().filter(Character::isLetter).count() >= 2) {
      before = Optional.of(first.group(1)); // "врач-кардиолог Петров А. В.": the name is what follows
      clean = first.group(2);
    }
    for (int comma = clean.indexOf(','); comma > 0; comma = clean.indexOf(',', comma + 1)) {
      String name = clean.substring(0, comma);
      String rest = clean.substring(comma + 1).strip();
      // "Roe, Jane, MD": the first comma is the name's
      if (looksLikeCredentials(name, rest) || isQualifications(name, rest) && !name.isBlank()) {
        return Optional.of(new Person(name.strip(), Optional.of(before.map(b -> b + ", " + rest).orElse(rest)), url));
      }
    }
    Matcher dashed = DASHED.matcher(clean);
    if (dashed.matches()) {
      String name = dashed.group(1) != null ? dashed.group(1) : dashed.group(3);
      String rest = (dashed.group(2) != null ? dashed.group(2) : dashed.group(4)).strip();
      if (isQualifications(name, rest) && !name.isBlank()) {
        return Optional.of(new Person(name.strip(), Optional.of(before.map(b -> b + ", " + rest).orElse(rest)), url));
      }
    }
    return Optional.of(new Person(clean, before, url));
  }

  /**
   * Whether the text after a name's comma or dash lists qualifications only: credentials
   * ({@code MD, MPH}; after a name in capitals known ones only) and specialties or job titles ("Facharzt für Innere Medizin", "Khoa Nội").
   */
  static boolean isQualifications(String name, String text) {
    if (text.isBlank() || text.length() > 100) {
      return false;
    }
    Pattern credentials = credentialsAfter(name);
    for (String part : text.split(",")) {
      String item = part.strip();
      if (item.isEmpty() || !credentials.matcher(item).matches()
          && !SPECIALTY.matcher(item).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Whether two names are one person's, written with or without a title ("Bác sĩ Nguyễn Văn An", "BS. Nguyễn Văn An"). */
  static boolean sameName(String a, String b) {
    return a.equals(b) || withoutTitles(a).equalsIgnoreCase(withoutTitles(b)) && !withoutTitles(a).isBlank();
  }

  private static String withoutTitles(String name) {
    return TITLES.matcher(Chars.clean(name)).replaceFirst("").strip();
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
    return !text.isBlank() && credentialsAfter(name).matcher(text).matches();
  }

  /** The credentials that may follow the name: after a name in capitals, known ones only. */
  private static Pattern credentialsAfter(String name) {
    boolean inCapitals = name.codePoints().anyMatch(Character::isUpperCase)
        && name.codePoints().noneMatch(Character::isLowerCase);
    return inCapitals ? KNOWN_CREDENTIALS : CREDENTIALS;
  }
}
