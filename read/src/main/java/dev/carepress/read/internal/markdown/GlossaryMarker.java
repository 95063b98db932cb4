package dev.carepress.read.internal.markdown;

import dev.carepress.model.Emphasis;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Inline;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the first use of each glossary term in the body as a {@link GlossaryTerm}: ignoring case,
 * whole words only, in reading order, never inside links, code or headings (the caller does not
 * pass those). Stateful: a term once marked is not marked again.
 *
 * <p>A term matches where its pattern (the words, any run of blanks between them, no letter or
 * digit on either side, case ignored the way {@link Pattern#UNICODE_CASE} does) matches. The
 * pattern is only tried where the text has a character that can start a match, so that the text
 * of an article is scanned once per term rather than searched with a regular expression.
 */
final class GlossaryMarker {
  /** Compiled patterns by term, shared: the same glossary terms come back article after article. */
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 4096;

  /** The terms not yet marked, in glossary order. */
  private final List<Term> pending = new ArrayList<>();

  GlossaryMarker(List<GlossaryEntry> glossary) {
    Set<String> terms = new HashSet<>();
    for (GlossaryEntry entry : glossary) {
      // a term listed twice is one term, at its first place (the reader strips terms after checking them)
      if (terms.add(entry.term())) {
        pending.add(new Term(entry.term(), pattern(entry.term())));
      }
    }
  }

  /** The term's pattern: its words (split at blanks), any blanks between them, whole words, any case. */
  static Pattern pattern(String term) {
    Pattern cached = PATTERNS.get(term);
    if (cached != null) {
      return cached;
    }
    String[] words = term.strip().split("\\s+");
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    for (int i = 0; i < words.length; i++) {
      regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    regex.append("(?![\\p{L}\\p{N}])");
    Pattern pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    if (PATTERNS.size() < MAX_CACHED) {
      PATTERNS.putIfAbsent(term, pattern);
    }
    return pattern;
  }

  /** The inlines with the first use of each term not yet seen marked. */
  List<Inline> mark(List<Inline> inlines) {
    if (pending.isEmpty()) {
      return inlines;
    }
    List<Inline> out = new ArrayList<>(inlines.size());
    for (Inline inline : inlines) {
      if (inline instanceof Text) {
        markText(((Text) inline).text(), out);
      } else if (inline instanceof Emphasis) {
        out.add(new Emphasis(mark(((Emphasis) inline).content())));
      } else if (inline instanceof Strong) {
        out.add(new Strong(mark(((Strong) inline).content())));
      } else if (inline instanceof Strikethrough) {
        out.add(new Strikethrough(mark(((Strikethrough) inline).content())));
      } else {
        out.add(inline); // links, code, footnote references, terms: left alone
      }
    }
    return out;
  }

  /**
   * Splits the text at the first match of any pending term (the earliest; of two starting at the
   * same place the longer; of two equal ones the first in the glossary), marks it, and goes on
   * after it with the terms still pending.
   */
  private void markText(String text, List<Inline> out) {
    String rest = text;
    while (!rest.isEmpty() && !pending.isEmpty()) {
      int bestIndex = -1;
      int bestStart = Integer.MAX_VALUE;
      int bestEnd = 0;
      for (int t = 0; t < pending.size(); t++) {
        Term term = pending.get(t);
        // a match starting after the best one so far cannot win; one starting there still can, if longer
        int limit = Math.min(rest.length() - 1, bestStart);
        for (int i = term.nextCandidate(rest, 0, limit); i >= 0; i = term.nextCandidate(rest, i + 1, limit)) {
          Matcher m = term.matcherAt(rest, i);
          if (m != null) {
            if (i < bestStart || m.end() > bestEnd) {
              bestIndex = t;
              bestStart = i;
              bestEnd = m.end();
            }
            break;
          }
        }
      }
      if (bestIndex < 0) {
        break;
      }
      if (bestStart > 0) {
        out.add(new Text(rest.substring(0, bestStart)));
      }
      out.add(GlossaryTerm.of(pending.remove(bestIndex).term, rest.substring(bestStart, bestEnd)));
      rest = rest.substring(bestEnd);
    }
    if (!rest.isEmpty()) {
      out.add(new Text(rest));
    }
  }

  /** A term, its pattern and the characters a match of it can start with. */
  private static final class Term {
    final String term;
    final Pattern pattern;
    /** The pattern's first character, and that character with its case folded as the pattern does. */
    final char first;
    final char folded;
    /** False when the term has surrogates: every position is then a candidate. */
    final boolean filter;
    private Matcher matcher;
    private String matched;

    Term(String term, Pattern pattern) {
      this.term = term;
      this.pattern = pattern;
      String stripped = term.strip();
      boolean surrogates = false;
      for (int i = 0; i < stripped.length(); i++) {
        surrogates |= Character.isSurrogate(stripped.charAt(i));
      }
      this.filter = !stripped.isEmpty() && !surrogates;
      this.first = filter ? stripped.charAt(0) : 0;
      this.folded = filter ? fold(first) : 0;
    }

    /**
     * The first index from {@code from} to {@code limit} (inclusive) where a match could start,
     * or -1. A superset of the pattern's rule for its first (non-surrogate) character: the text's
     * character equals it or its folded form, or folds to the same; a surrogate always could.
     */
    int nextCandidate(String text, int from, int limit) {
      if (!filter) {
        // a pattern with surrogates never starts a match inside a surrogate pair (Pattern's StartS)
        for (int i = from; i <= limit; i++) {
          if (i == 0 || !Character.isLowSurrogate(text.charAt(i)) || !Character.isHighSurrogate(text.charAt(i - 1))) {
            return i;
          }
        }
        return -1;
      }
      for (int i = from; i <= limit; i++) {
        char c = text.charAt(i);
        if (c == first || c == folded || Character.isSurrogate(c) || fold(c) == folded) {
          return i;
        }
      }
      return -1;
    }

    /** The matcher after a match of the pattern starting exactly at {@code start}, or null. */
    Matcher matcherAt(String text, int start) {
      if (matcher == null) {
        matcher = pattern.matcher(text);
        matcher.useTransparentBounds(true); // the look-behind sees the text before the start
        matched = text;
      } else if (matched != text) {
        matcher.reset(text);
        matched = text;
      }
      matcher.region(start, text.length());
      return matcher.lookingAt() ? matcher : null;
    }

    private static char fold(char c) {
      return Character.toLowerCase(Character.toUpperCase(c));
    }
  }
}
