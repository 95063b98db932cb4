package dev.carepress.read.internal;

import dev.carepress.model.Emphasis;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Inline;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the first use of each glossary term in the body as a {@link GlossaryTerm}: ignoring case,
 * whole words only, in reading order, never inside links, code or headings (the caller does not
 * pass those). Stateful: a term once marked is not marked again.
 */
final class GlossaryMarker {
  private final Map<String, Pattern> pending = new LinkedHashMap<>();

  GlossaryMarker(List<GlossaryEntry> glossary) {
    for (GlossaryEntry entry : glossary) {
      String[] words = entry.term().strip().split("\\s+");
      StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
      for (int i = 0; i < words.length; i++) {
        regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
      }
      regex.append("(?![\\p{L}\\p{N}])");
      pending.put(entry.term(), Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
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

  private void markText(String text, List<Inline> out) {
    String rest = text;
    while (!rest.isEmpty() && !pending.isEmpty()) {
      String bestTerm = null;
      int bestStart = Integer.MAX_VALUE;
      int bestEnd = 0;
      for (Map.Entry<String, Pattern> entry : pending.entrySet()) {
        Matcher m = entry.getValue().matcher(rest);
        if (m.find() && (m.start() < bestStart || (m.start() == bestStart && m.end() > bestEnd))) {
          bestTerm = entry.getKey();
          bestStart = m.start();
          bestEnd = m.end();
        }
      }
      if (bestTerm == null) {
        break;
      }
      if (bestStart > 0) {
        out.add(new Text(rest.substring(0, bestStart)));
      }
      out.add(GlossaryTerm.of(bestTerm, rest.substring(bestStart, bestEnd)));
      pending.remove(bestTerm);
      rest = rest.substring(bestEnd);
    }
    if (!rest.isEmpty()) {
      out.add(new Text(rest));
    }
  }
}
