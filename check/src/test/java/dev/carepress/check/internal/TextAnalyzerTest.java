package dev.carepress.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private final TextAnalyzer english = TextAnalyzer.of(TextLanguage.ENGLISH);
  private final TextAnalyzer spanish = TextAnalyzer.of(TextLanguage.SPANISH);

  private static List<String> sentences(TextAnalyzer analyzer, String text) {
    return analyzer.sentences(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  private static List<String> words(TextAnalyzer analyzer, String text) {
    return analyzer.sentences(text).stream().flatMap(s -> s.words().stream())
        .map(w -> w.text() + "/" + w.syllables()).toList();
  }

  @Test
  void titlesAndLatinAbbreviationsDoNotEndSentences() {
    assertThat(sentences(english, "Dr. Lee and Mrs. Park saw Mr. Smith. Ms. Diaz, e.g. the nurse, i.e. our"
        + " nurse, came vs. stayed. She lives on St. Mark's Road. Ask for No. 5."))
        .containsExactly("Dr. Lee and Mrs. Park saw Mr. Smith.",
            "Ms. Diaz, e.g. the nurse, i.e. our nurse, came vs. stayed.", "She lives on St. Mark's Road.",
            "Ask for No. 5.");
  }

  @Test
  void abbreviationsThatMayEndASentenceEndItBeforeACapital() {
    assertThat(sentences(english, "Take it at 8 a.m. Then rest until 2 p.m. and eat. Bring pens, paper, etc. We"
        + " will call."))
        .containsExactly("Take it at 8 a.m.", "Then rest until 2 p.m. and eat.", "Bring pens, paper, etc.",
            "We will call.");
  }

  @Test
  void countryAbbreviationsAndInitialsStayInsideTheSentence() {
    assertThat(sentences(english, "The U.S. Food and Drug Administration agreed. Dr. J. Smith wrote it."))
        .containsExactly("The U.S. Food and Drug Administration agreed.", "Dr. J. Smith wrote it.");
    assertThat(sentences(english, "Take vitamin D. It helps your bones."))
        .containsExactly("Take vitamin D.", "It helps your bones.");
  }

  @Test
  void decimalsAndUnitsDoNotEndSentences() {
    assertThat(sentences(english, "Take 2.5 mg twice a day. A fever is 100.4 °F or higher."))
        .containsExactly("Take 2.5 mg twice a day.", "A fever is 100.4 °F or higher.");
  }

  @Test
  void ellipsesEndASentenceOnlyBeforeACapital() {
    assertThat(sentences(english, "Wait... then breathe out. You may feel dizzy… Sit down."))
        .containsExactly("Wait... then breathe out.", "You may feel dizzy…", "Sit down.");
  }

  @Test
  void quotesAndBracketsAfterThePeriodBelongToTheSentence() {
    assertThat(sentences(english, "She said, \"Call 911.\" (Then wait.) \u201cStay calm.\u201d Good."))
        .containsExactly("She said, \"Call 911.\"", "Then wait.)", "Stay calm.\u201d", "Good.");
  }

  @Test
  void questionsAndExclamationsEndSentences() {
    assertThat(sentences(english, "Is it safe? Yes! Ask your doctor?! Fine.")).hasSize(4);
  }

  @Test
  void theEndOfAUnitEndsTheSentenceSoAListItemIsASentence() {
    assertThat(sentences(english, "Pollen from trees and grass")).containsExactly("Pollen from trees and grass");
  }

  @Test
  void urlsAndEmailAddressesAreNotWords() {
    assertThat(words(english, "See www.example.org/asthma or write to help@example.org today."))
        .containsExactly("See/1", "or/1", "write/1", "to/1", "today/2");
    assertThat(sentences(english, "Visit https://example.org. Then call.")).hasSize(2);
  }

  @Test
  void numbersUnitsAndAbbreviationsAreReadAloud() {
    assertThat(words(english, "Take 2.5 mg, 60% of 1,000 mL, at 8:30 or 2-3 times, e.g. 2nd dose, COVID-19, HIV."))
        .containsExactly("Take/1", "2.5/3", "mg/3", "60%/4", "of/1", "1,000/3", "mL/4", "at/1", "8:30/3", "or/1",
            "2-3/3", "times/1", "e.g./4", "2nd/2", "dose/1", "COVID-19/4", "HIV/3");
  }

  @Test
  void phoneNumbersAndEmergencyNumbersAreReadDigitByDigit() {
    assertThat(words(english, "Call 911 or 1-800-344-4867.")).containsExactly("Call/1", "911/3", "or/1",
        "1-800-344-4867/14");
  }

  @Test
  void hyphenatedWordsAreOneWord() {
    assertThat(words(english, "A long-term, well-known plan")).containsExactly("A/1", "long-term/2",
        "well-known/2", "plan/1");
  }

  @Test
  void spanishAbbreviationsDecimalsAndOpeningMarks() {
    assertThat(sentences(spanish, "El Dr. García, p. ej., vive en EE. UU. y la Sra. Ruiz también. ¿Qué tomo?"
        + " Tome 2,5 mg cada 8 h. ¡Llame ya!"))
        .containsExactly("El Dr. García, p. ej., vive en EE. UU. y la Sra. Ruiz también.", "Qué tomo?",
            "Tome 2,5 mg cada 8 h.", "Llame ya!");
    assertThat(words(spanish, "Use un gel con un 60 % de alcohol")).containsExactly("Use/2", "un/1", "gel/1",
        "con/1", "un/1", "60/3", "%/3", "de/1", "alcohol/3");
  }

  @Test
  void excludedRangesAreNotRead() {
    String text = "Type peak-flow in the app.";
    java.util.BitSet code = new java.util.BitSet();
    code.set(5, 14);
    assertThat(english.sentences(text, code).get(0).words()).extracting(Word::text)
        .containsExactly("Type", "in", "the", "app");
  }
}
