package dev.carepress.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns titles into slugs: the anchors of sections and the default names of articles.
 *
 * <p>{@code "Relapses & remission"} becomes {@code relapses-remission}, {@code "Qué es la EM"}
 * becomes {@code que-es-la-em}: lower case, accents removed, every run of other characters one
 * {@code -}. Letters of other scripts are kept with their vowel signs, viramas and other marks, in
 * Unicode's composed form ({@code "संक्रमण"} stays {@code संक्रमण}, {@code "Мой врач"} becomes
 * {@code мой-врач}, {@code "ガイド"} stays {@code ガイド}). {@link #unique} keeps ids unique within an article
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

  /**
   * The longest slug, in bytes of UTF-8, that names an output file: a file name holds 255 bytes on
   * common file systems, and the slug needs room for its extension and a renderer's temporary name.
   */
  public static final int MAX_BYTES = 200;

  private Slugs() {}

  /**
   * The slug cut to at most {@link #MAX_BYTES} bytes of UTF-8, at its last {@code -} within them when
   * that keeps at least half; itself when it fits.
   */
  public static String shorten(String slug) {
    if (utf8Length(slug) <= MAX_BYTES) {
      return slug;
    }
    int bytes = 0;
    int end = 0;
    while (end < slug.length()) {
      int cp = slug.codePointAt(end);
      int size = utf8Length(Character.toString(cp));
      if (bytes + size > MAX_BYTES) {
        break;
      }
      bytes += size;
      end += Character.charCount(cp);
    }
    String cut = slug.substring(0, end);
    int dash = cut.lastIndexOf('-');
    if (dash >= cut.length() / 2) {
      cut = cut.substring(0, dash);
    }
    return cut.replaceAll("[-_.]+$", "");
  }

  private static int utf8Length(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

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
    // ASCII has no decompositions and no marks: most headings skip the normalizer
    boolean ascii = isAscii(text);
    String plain = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder slug = new StringBuilder(plain.length());
    boolean dash = false;
    boolean afterLetter = false; // the last code point kept was a letter or digit (or a mark on one)
    boolean dropMarks = false; // the last letter was Latin or Greek: its accents go
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (dash && slug.length() > 0) {
          slug.append('-');
        }
        dash = false;
        afterLetter = true;
        dropMarks = ascii || accentsGo(cp);
        slug.appendCodePoint(Character.toLowerCase(cp));
      } else if (isMark(cp)) {
        // a vowel sign, virama, tone mark or voicing mark is part of its letter in most scripts
        // (Devanagari, Thai, Arabic, Japanese kana, Cyrillic й): kept; a Latin or Greek accent goes
        if (afterLetter && !dash && !dropMarks) {
          slug.appendCodePoint(cp);
        }
      } else if (cp != '\'' && cp != '\u2019' && cp != '\u200c' && cp != '\u200d') {
        dash = true; // apostrophes and zero-width (non-)joiners join words: "what's" -> "whats"
        afterLetter = false;
      }
    }
    if (slug.length() == 0) {
      return "section";
    }
    String lower = slug.toString().toLowerCase(Locale.ROOT);
    return ascii ? lower : Normalizer.normalize(lower, Normalizer.Form.NFC);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean accentsGo(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
        || script == Character.UnicodeScript.COMMON;
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
