package dev.carepress.importer.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Bylines written as a plain line, without byline markup: "By NAME" ("Written by", "Por", "Escrito
 * por"). A capitalised name is a byline wherever the line is; a name in lower case ("By ana lópez",
 * which the page's CSS may capitalise with {@code text-transform}) only where bylines sit: in the
 * article's header, in an element named for authors or post meta, or among the first lines under
 * the title. Either way a sentence is not a name: "By age 50, most adults…", "by the way, …",
 * "por favor, …".
 */
final class Bylines {
  /** A line that starts as a byline does; group 1 is what follows the opening words. */
  static final Pattern LINE = Pattern.compile("(?iu)^\\s*(?:by|written\\s+by|por|escrito\\s+por|author:)\\s+(.+)$");

  private static final Set<String> PARTICLES = Set.of("de", "del", "della", "da", "di", "do", "dos", "das", "van",
      "von", "der", "den", "la", "le", "du", "bin", "ibn", "al", "y", "e");
  /** Words that open a phrase after "by" or "por", never a name: "by the way", "by far", "por favor". */
  private static final Set<String> PHRASE_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "it",
      "its", "itself", "your", "yourself", "my", "our", "their", "his", "her", "all", "any", "each", "every", "some",
      "no", "now", "then", "far", "el", "los", "las", "un", "una", "unos", "unas", "lo", "eso", "esto", "ello", "favor",
      "ejemplo", "supuesto", "último", "ultimo", "qué", "que", "tanto", "cierto");
  /** Lower-case words after "by" or "por" that make an ordinary phrase: "by mouth", "by hand", "por la noche". */
  private static final Set<String> COMMON_WORDS = Set.of("way", "default", "contrast", "comparison", "hand", "mouth",
      "law", "phone", "mail", "email", "age", "chance", "mistake", "means", "night", "day", "week", "month", "year",
      "time", "themselves", "most", "much", "more", "less", "and", "or", "of", "to", "in", "on", "at",
      "with", "for", "from", "is", "are", "was", "be", "can", "will", "not", "noche", "mañana", "tarde", "día", "fin",
      "suerte", "desgracia", "ciento", "otro", "otra", "su", "sus", "mi", "tu", "es", "son", "con", "para", "en");
  private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}'’.-]*");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;…]$");
  /** Class or id words of the elements that hold a post's author and date. */
  private static final Pattern META_NAME =
      Pattern.compile("(?i)byline|by-line|author|writer|credit|contributor|attribution|posted|\\bmeta\\b|post-info|"
          + "entry-info");

  private Bylines() {}

  /**
   * Whether the text after "By" in a line with no byline markup reads as a capitalised name (up to
   * six words, each starting with a capital or a letter of a script without case, or a particle
   * such as "de" or "van"; no digits; credentials after a comma). Capitalised words are taken as
   * they are: "By The Associated Press" is a byline.
   */
  static boolean looksLikeName(String text) {
    String name = beforeComma(text);
    String[] words = name.split("\\s+");
    if (name.isEmpty() || words.length > 6 || name.endsWith(".") || name.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    for (String word : words) {
      int first = word.codePointAt(0);
      boolean capital = Character.isLetter(first) && !Character.isLowerCase(first);
      if (!capital && !PARTICLES.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text after "By" is a name written in lower case: two to six words of lower-case
   * letters (a particle neither first nor alone), none a word that makes an ordinary phrase, nothing
   * after a comma but credentials, no sentence punctuation at the end.
   */
  static boolean looksLikeLowerCaseName(String text) {
    int comma = text.indexOf(',');
    if (comma >= 0 && !Persons.looksLikeCredentials(text.substring(comma + 1))) {
      return false;
    }
    String name = beforeComma(text);
    String[] words = name.split("\\s+");
    if (words.length < 2 || words.length > 6 || SENTENCE_END.matcher(name).matches()
        || PARTICLES.contains(words[0]) || words[0].length() > 5 && words[0].endsWith("ing")) {
      return false;
    }
    int named = 0;
    for (String word : words) {
      if (!LOWER_WORD.matcher(word).matches() || PHRASE_WORDS.contains(word) || COMMON_WORDS.contains(word)) {
        return false;
      }
      named += PARTICLES.contains(word) ? 0 : 1;
    }
    return named >= 2;
  }

  /** A byline found in a line: the name, and whether it was written in lower case (so capitalised here). */
  record Found(String name, boolean lowerCase) {}

  /**
   * The name a line with no byline markup gives, if it is a byline: capitalised anywhere, in lower
   * case (then capitalised as the page shows it) only where bylines sit.
   */
  static Optional<Found> find(Element line, Document page) {
    Matcher m = LINE.matcher(Chars.text(line));
    if (!m.matches() || m.group(1).length() >= 80) {
      return Optional.empty();
    }
    String rest = m.group(1).strip();
    if (line.hasClass("byline") || looksLikeName(rest)) {
      return Optional.of(new Found(rest, false));
    }
    if (looksLikeLowerCaseName(rest) && sitsWhereBylinesSit(line, page)) {
      return Optional.of(new Found(capitalised(rest), true));
    }
    return Optional.empty();
  }

  /** Whether a short line of the body only repeats a byline: "By Ana López", "by ana lópez" (an author's). */
  static boolean isBylineLine(String line, Set<String> authors) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      return false;
    }
    String rest = m.group(1).strip();
    return looksLikeName(rest)
        || Persons.parse(capitalised(rest), Optional.empty()).filter(p -> authors.contains(p.name().toLowerCase(Locale.ROOT))).isPresent();
  }

  /**
   * Whether the line sits where bylines sit: in the article's {@code header}, in an element whose
   * class or id names authors or post meta, or among the first three blocks under the title, before
   * any heading.
   */
  static boolean sitsWhereBylinesSit(Element line, Document page) {
    for (Element e = line; e != null; e = e.parent()) {
      if (e.is("header") || META_NAME.matcher(e.className() + " " + e.id()).find()) {
        return true;
      }
    }
    Element title = page.selectFirst("main h1, article h1, [role=main] h1, h1");
    if (title == null) {
      return false;
    }
    List<Element> around = line.parents();
    boolean after = false;
    int blocks = 0;
    for (Element e : page.getAllElements()) {
      if (e == title) {
        after = true;
      } else if (e == line) {
        return after;
      } else if (after && e.is("p, li, blockquote, pre, table, figure, " + Blocks.HEADINGS)
          && !around.contains(e) && !e.parents().contains(title)) {
        if (e.is(Blocks.HEADINGS) || ++blocks > 2) {
          return false;
        }
      }
    }
    return false;
  }

  /** Each word of the name with a capital, as CSS {@code text-transform: capitalize} shows it; particles stay. */
  private static String capitalised(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split(" ", -1)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      boolean keep = word.isEmpty() || out.length() > 0 && PARTICLES.contains(word)
          || !word.equals(word.toLowerCase(Locale.ROOT));
      out.append(keep ? word : new StringBuilder().appendCodePoint(Character.toTitleCase(word.codePointAt(0)))
          .append(word.substring(Character.charCount(word.codePointAt(0)))));
    }
    return out.toString();
  }

  private static String beforeComma(String text) {
    int comma = text.indexOf(',');
    return (comma < 0 ? text : text.substring(0, comma)).strip();
  }
}
