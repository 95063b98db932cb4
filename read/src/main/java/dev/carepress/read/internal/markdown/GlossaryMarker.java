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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the first use of each glossary term in the body as a {@link GlossaryTerm}: ignoring case,
 * whole words only, in reading order, never inside links, code or headings (the caller does not
 * pass those). Stateful: a term once marked is not marked again.
 *
 * <p>A term matches where its {@link TermPattern} (the words, any run of blanks between them, no
 * letter or digit on either side, case ignored the way {@link Pattern#UNICODE_CASE} does) matches.
 * The pattern is only tried where the text's characters can start a match, so that the text of an
 * article is folded once and scanned once per term rather than searched with a regular expression.
 */
final class GlossaryMarker {
  /** The terms not yet marked, in glossary order. */
  private final List<Term> pending = new ArrayList<>();

  GlossaryMarker(List<GlossaryEntry> glossary) {
    Set<String> terms = new HashSet<>();
    for (GlossaryEntry entry : glossary) {
      // a term listed twice is one term, at its first place (the reader strips terms after checking them)
      if (terms.add(entry.term())) {
        pending.add(new Term(entry.term(), TermPattern.of(entry.term())));
      }
    }
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
      TermPattern.FoldedText folded = new TermPattern.FoldedText(rest);
      int bestIndex = -1;
      int bestStart = Integer.MAX_VALUE;
      int bestEnd = 0;
      for (int t = 0; t < pending.size(); t++) {
        Term term = pending.get(t);
        // a match starting after the best one so far cannot win; one starting there still can, if longer
        int limit = Math.min(rest.length() - 1, bestStart);
        for (int i = term.pattern.nextCandidate(folded, 0, limit); i >= 0;
            i = term.pattern.nextCandidate(folded, i + 1, limit)) {
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

  /** A term being looked for in one article, with its shared pattern and this article's matcher of it. */
  private static final class Term {
    final String term;
    final TermPattern pattern;
    private Matcher matcher;
    private String matched;

    Term(String term, TermPattern pattern) {
      this.term = term;
      this.pattern = pattern;
    }

    /** The matcher after a match of the pattern starting exactly at {@code start}, or null. */
    Matcher matcherAt(String text, int start) {
      if (matcher == null) {
        matcher = pattern.pattern.matcher(text);
        matcher.useTransparentBounds(true); // the look-behind sees the text before the start
        matched = text;
      } else if (matched != text) {
        matcher.reset(text);
        matched = text;
      }
      matcher.region(start, text.length());
      return matcher.lookingAt() ? matcher : null;
    }
  }
}
