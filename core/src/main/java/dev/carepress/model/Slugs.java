package dev.carepress.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns titles into slugs: the anchors of sections and the default names of articles.
 *
 * <p>{@code "Relapses & remission"} becomes {@code relapses-remission}, {@code "Qué es la EM"}
 * becomes {@code que-es-la-em}: lower case, accents removed, every run of other characters one
 * {@code -}. Letters of other scripts are kept. {@link #unique} keeps ids unique within an article
 * and away from the ids renderers use for their own parts ({@link #RESERVED}).
 */
public final class Slugs {

  /**
   * Ids renderers give to the parts of an article they generate; a section never gets one of
   * them, nor an id starting with {@code fn-}, {@code fnref-}, {@code term-} or {@code cp-}.
   */
  public static final Set<String> RESERVED =
      Set.of(
          "top", "main", "content", "contents", "toc", "summary", "key-points", "introduction", "glossary",
          "footnotes", "references", "related", "review", "disclaimer", "metadata", "breadcrumb", "title");

  private static final String[] RESERVED_PREFIXES = {"fn-", "fnref-", "term-", "cp-"};

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Slugs() {}

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The slug of the text; {@code section} if the text has no letter or digit. */
  public static String slugify(String text) {
    // ASCII has no decompositions and no marks: most headings skip the normalizer and the regex
    String plain =
        isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    StringBuilder slug = new StringBuilder(plain.length());
    boolean dash = false;
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (dash && slug.length() > 0) {
          slug.append('-');
        }
        dash = false;
        slug.appendCodePoint(Character.toLowerCase(cp));
      } else if (cp != '\'' && cp != '\u2019') {
        dash = true; // apostrophes join words: "what's" -> "whats"
      }
    }
    return slug.length() == 0 ? "section" : slug.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether renderers keep this id for themselves. */
  public static boolean isReserved(String id) {
    if (RESERVED.contains(id)) {
      return true;
    }
    for (String prefix : RESERVED_PREFIXES) {
      if (id.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The slug of the text, made unique against {@code taken} (which it is added to): {@code base},
   * else {@code base-2}, {@code base-3} … Reserved ids are treated as taken; a slug starting with a
   * reserved prefix ({@code "Term limits"}) gets {@code section-} in front, since no number after
   * it could free it.
   */
  public static String unique(String text, Set<String> taken) {
    String base = slugify(text);
    for (String prefix : RESERVED_PREFIXES) {
      if (base.startsWith(prefix)) {
        base = "section-" + base;
        break;
      }
    }
    String id = base;
    for (int n = 2; isReserved(id) || taken.contains(id); n++) {
      id = base + "-" + n;
    }
    taken.add(id);
    return id;
  }
}
