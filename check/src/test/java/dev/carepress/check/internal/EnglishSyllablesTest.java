package dev.carepress.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the English syllable counter to the CMU Pronouncing Dictionary on the 10,000 most frequent
 * English words it has (fixture and provenance: CMU-FIXTURE.md next to the fixture).
 */
class EnglishSyllablesTest {

  record Entry(int rank, String word, int cmu, List<Integer> variants) {}

  static List<Entry> fixture(String name) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = EnglishSyllablesTest.class.getResourceAsStream("/dev/carepress/check/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        List<Integer> variants = new ArrayList<>();
        for (String v : f[3].split("\\|")) {
          variants.add(Integer.parseInt(v));
        }
        entries.add(new Entry(Integer.parseInt(f[0]), f[1], Integer.parseInt(f[2]), variants));
      }
    }
    return entries;
  }

  static double agreement(List<Entry> entries, boolean withExceptions) {
    long exact = entries.stream()
        .filter(e -> (withExceptions ? EnglishSyllables.count(e.word()) : EnglishSyllables.countByRules(e.word()))
            == e.cmu())
        .count();
    return 100.0 * exact / entries.size();
  }

  @Test
  void agreesWithCmuOnAtLeast95PercentOfThe10000MostFrequentWords() throws IOException {
    List<Entry> top = fixture("cmudict-top10k.tsv");
    assertThat(top).hasSize(10_000);
    double exact = agreement(top, true);
    double rules = agreement(top, false);
    System.out.printf("English syllables vs CMUdict, 10,000 most frequent words: %.2f%% exact"
        + " (%.2f%% by the rules alone, without the exception list)%n", exact, rules);
    assertThat(exact).as("exact agreement with CMUdict, %%").isGreaterThanOrEqualTo(95.0);
  }

  @Test
  void generalizesToTheNext10000WordsWhichTheExceptionListWasNotDrawnFrom() throws IOException {
    List<Entry> next = fixture("cmudict-next10k.tsv");
    double exact = agreement(next, true);
    System.out.printf("English syllables vs CMUdict, words ranked 10,001-20,000 (held out): %.2f%% exact%n", exact);
    assertThat(exact).isGreaterThanOrEqualTo(93.0);
  }

  @ParameterizedTest
  @CsvSource({
    "the,1", "be,1", "we,1", "make,1", "makes,1", "table,2", "people,2", "feature,2", "features,2",
    "wanted,2", "played,1", "tried,1", "studied,2", "horses,2", "boxes,2", "being,2", "seeing,2", "idea,3",
    "area,3", "radio,3", "period,3", "quiet,2", "science,2", "patient,2", "medicine,3", "medication,4",
    "actually,4", "situation,4", "appreciate,4", "every,3", "everything,3", "something,2", "lovely,2",
    "completely,3", "fire,2", "hour,2", "our,2", "rhythm,2", "organism,4", "sodium,3", "inhaler,3",
    "asthma,2", "couldn't,2", "don't,1", "nurse's,2", "well-being,3", "naïve,2"
  })
  void countsCommonAndHealthWordsLikeCmu(String word, int syllables) {
    assertThat(EnglishSyllables.count(word)).as(word).isEqualTo(syllables);
  }

  @Test
  void neverCountsZero() {
    for (String w : List.of("hmm", "shh", "x", "b", "'", "-", "")) {
      assertThat(EnglishSyllables.count(w)).as(w).isEqualTo(1);
    }
  }
}
