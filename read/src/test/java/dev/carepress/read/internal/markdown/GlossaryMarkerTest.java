package dev.carepress.read.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GlossaryMarkerTest {
  /** Characters where case folding, word boundaries and surrogates are tricky. */
  private static final String TRICKY =
      "aAbBkKsSiIıİßẞſσςΣÿŸǅǄǆﬁµΜΩωΩKÅåé\u0301 \t\n\u000b\f\r\u00a0\u2028-_.,'()\\E0129١٢😀𝐀𝐚\ud800\udc00";

  @Test
  void firstUseOfEachTermIsMarkedIgnoringCaseAndBlanks() {
    GlossaryMarker marker = marker("blood pressure", "steroid");
    List<Inline> marked = marker.mark(List.of(
        new Text("High Blood\n  Pressure and steroids; a STEROID. Blood pressure again.")));
    assertThat(marked).containsExactly(
        new Text("High "), GlossaryTerm.of("blood pressure", "Blood\n  Pressure"),
        new Text(" and steroids; a "), GlossaryTerm.of("steroid", "STEROID"),
        new Text(". Blood pressure again."));
  }

  @Test
  void theLongerOfTwoTermsStartingAtOnePlaceWins() {
    GlossaryMarker marker = marker("blood", "blood pressure");
    assertThat(marker.mark(List.of(new Text("blood pressure, blood"))))
        .containsExactly(GlossaryTerm.of("blood pressure", "blood pressure"), new Text(", "),
            GlossaryTerm.of("blood", "blood"));
  }

  @Test
  void aTermListedTwiceIsMarkedOnlyOnce() {
    GlossaryMarker marker = marker("ms", "blood", "ms");
    assertThat(marker.mark(List.of(new Text("ms and ms, blood"))))
        .containsExactly(GlossaryTerm.of("ms", "ms"), new Text(" and ms, "), GlossaryTerm.of("blood", "blood"));
  }

  @Test
  void aTermFollowedOrPrecededByAVowelSignIsPartOfALongerWordInScriptsThatWriteThem() {
    // Devanagari: "कर" (do) inside "करे" and "सकर" (vowel sign and virama are marks, not letters)
    GlossaryMarker marker = marker("कर", "दवा");
    assertThat(marker.mark(List.of(new Text("वह करे, स्कर और दवाई; कर दवा"))))
        .containsExactly(new Text("वह करे, स्कर और दवाई; "), GlossaryTerm.of("कर", "कर"), new Text(" "),
            GlossaryTerm.of("दवा", "दवा"));
  }

  @Test
  void wordsInsideOtherWordsOrNextToDigitsAreNotMatches() {
    GlossaryMarker marker = marker("ms", "straße");
    assertThat(marker.mark(List.of(new Text("items ms2 2ms ms_x STRASSE Straßen ΜS straẞe"))))
        .containsExactly(new Text("items ms2 2ms "), GlossaryTerm.of("ms", "ms"), new Text("_x STRASSE Straßen ΜS "),
            GlossaryTerm.of("straße", "straẞe"));
  }

  @Test
  void noMatchStartsInsideASurrogatePair() {
    List<GlossaryEntry> glossary = List.of(new GlossaryEntry("\udc00x", "a lone low surrogate, then x"));
    List<Inline> text = List.of(new Text("\ud800\udc00x and \udc00x"));
    List<Inline> marked = new GlossaryMarker(glossary).mark(text);
    assertThat(marked).isEqualTo(new RegexMarker(glossary).mark(text));
    assertThat(marked).containsExactly(new Text("\ud800\udc00x and "), GlossaryTerm.of("\udc00x", "\udc00x"));
  }

  /** The scan finds exactly what searching with each term's regular expression found before. */
  @Property(tries = 1000)
  void marksWhatARegularExpressionSearchMarks(
      @ForAll("glossaries") List<String> terms, @ForAll("texts") List<String> texts) {
    List<GlossaryEntry> glossary = new ArrayList<>();
    for (String term : terms) {
      if (!term.isBlank()) { // the same term twice too: "a " and "a" are both "a" once stripped
        glossary.add(new GlossaryEntry(term, "meaning"));
      }
    }
    GlossaryMarker marker = new GlossaryMarker(glossary);
    RegexMarker oracle = new RegexMarker(glossary);
    for (String text : texts) {
      List<Inline> inlines = List.of(new Text(text), new Emphasis(List.of(new Text(text + "x " + text))));
      assertThat(marker.mark(inlines)).isEqualTo(oracle.mark(inlines));
    }
  }

  @Provide
  Arbitrary<List<String>> glossaries() {
    Arbitrary<String> tricky = Arbitraries.strings().withChars(TRICKY).ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> words = Arbitraries.of("blood pressure", "steroid", "ms", "ß", "İ", "ı", "K", "σ", "a b",
        "x", "😀", "𝐀b", "\ud800", "\udc00x", "e.g.", "(a)", "\\E", "Σίγμα", "ﬁ", "ǅ");
    return Arbitraries.oneOf(tricky, words).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().withChars(TRICKY).ofMaxLength(12),
        Arbitraries.of("blood  pressure", "Blood\nPressure", "STEROID", "ms", "SS", "ss", "İ", "i̇", "ς", "Σ",
            "😀", "𝐀B", "𝐚b", "\ud800\udc00", "\udc00", "(A)", "\\e", "ǆ", "ﬁ", "FI", "E.G."));
    Arbitrary<String> text = pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    return text.filter(t -> !t.isEmpty()).list().ofMinSize(1).ofMaxSize(4);
  }

  private static GlossaryMarker marker(String... terms) {
    List<GlossaryEntry> glossary = new ArrayList<>();
    for (String term : terms) {
      glossary.add(new GlossaryEntry(term, "meaning"));
    }
    return new GlossaryMarker(glossary);
  }

  /** The marker as it was first written: every pending term's regular expression searched in turn. */
  private static final class RegexMarker {
    private final Map<String, Pattern> pending = new LinkedHashMap<>();

    RegexMarker(List<GlossaryEntry> glossary) {
      for (GlossaryEntry entry : glossary) {
        String[] words = entry.term().strip().split("\\s+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{M}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
          regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{M}\\p{N}])");
        pending.put(entry.term(), Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    }

    List<Inline> mark(List<Inline> inlines) {
      if (pending.isEmpty()) {
        return inlines;
      }
      List<Inline> out = new ArrayList<>();
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
          out.add(inline);
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
}
