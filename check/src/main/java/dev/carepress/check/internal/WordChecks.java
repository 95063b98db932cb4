package dev.carepress.check.internal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.Finding;
import dev.carepress.check.Level;
import dev.carepress.check.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** The checks on words: likely jargon, numbers written as words, and an action for the reader. */
final class WordChecks {
  private static final Pattern CLAUSE_START = Pattern.compile(
      "(?i)^(if|when|before|after|while|until|once|si|cuando|antes|después|mientras|hasta)\\b[^,;:]*[,;:]\\s*");

  private WordChecks() {}

  static CheckResult jargon(Analysis a) {
    String title = "Hard words not in the glossary";
    String source = "PEMAT-P item 4 (medical terms defined); CDC CCI item 7 (words the audience uses; technical"
        + " terms and acronyms explained). Heuristic: words of " + a.language().map(TextLanguage::hardWordSyllables)
            .orElse(3) + "+ syllables that are not everyday words";
    if (a.language().isEmpty()) {
      return Results.notApplicable(a, CheckIds.JARGON, title, Level.ADVISORY, "words",
          "Not available for language '" + a.article().language() + "': no syllable counter or word list.", source);
    }
    record Use(ProsePart part, ProseUnit unit, Sentence sentence, String word, int syllables) {}
    Map<String, List<Use>> byStem = new LinkedHashMap<>();
    for (ProsePart part : a.parts()) {
      for (ProseUnit unit : part.units()) {
        for (Sentence s : unit.sentences()) {
          for (int i = 0; i < s.words().size(); i++) {
            if (a.isUndefinedHardWord(unit, s, i)) {
              Word w = s.words().get(i);
              byStem.computeIfAbsent(Analysis.stem(w.text()), k -> new ArrayList<>())
                  .add(new Use(part, unit, s, w.text(), w.syllables()));
            }
          }
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (List<Use> uses : byStem.values()) {
      Use first = uses.get(0);
      findings.add(new Finding("\"" + first.word() + "\" (" + first.syllables() + " syllables"
          + (uses.size() > 1 ? ", used " + uses.size() + " times" : "") + ") is not in the glossary: define it"
          + " or use an everyday word", a.place(first.part(), first.unit(), Optional.of(first.sentence()))));
    }
    int max = a.settings().maxUndefinedTerms();
    boolean pass = findings.size() <= max;
    String text = Results.plural(findings.size(), "hard word", "hard words") + " not in the glossary; limit " + max;
    return Results.of(a, CheckIds.JARGON, title, Level.ADVISORY, Results.verdict(pass),
        OptionalDouble.of(findings.size()), OptionalDouble.of(max), "words", text, source, findings);
  }

  static CheckResult numerals(Analysis a) {
    String title = "Numbers written as numerals";
    String source = "PEMAT-P item 6 (numbers clear and easy to understand); CDC CCI item 15 (numbers the audience"
        + " uses): write \"3\", not \"three\"";
    if (a.language().isEmpty()) {
      return Results.notApplicable(a, CheckIds.NUMERALS, title, Level.ADVISORY, "words",
          "Not available for language '" + a.article().language() + "': no list of number words.", source);
    }
    TextLanguage language = a.language().get();
    Map<String, Long> values = numberValues(language);
    List<Finding> findings = new ArrayList<>();
    for (ProsePart part : a.parts()) {
      for (ProseUnit unit : part.units()) {
        for (Sentence s : unit.sentences()) {
          for (Word w : s.words()) {
            String lower = w.text().toLowerCase(Locale.ROOT);
            String head = lower.split("[-\u2011]")[0];
            if (w.kind() == Word.Kind.WORD && language.isNumberWord(head)) {
              Long value = values.get(lower.replace('\u2011', '-'));
              findings.add(new Finding("\"" + w.text() + "\" written as a word" + (value == null ? ""
                  : ": write " + value), a.place(part, unit, Optional.of(s))));
            }
          }
        }
      }
    }
    String text = findings.isEmpty() ? "No numbers written as words"
        : Results.plural(findings.size(), "number", "numbers") + " written as words";
    return Results.of(a, CheckIds.NUMERALS, title, Level.ADVISORY, Results.verdict(findings.isEmpty()),
        OptionalDouble.of(findings.size()), OptionalDouble.of(0), "words", text, source, findings);
  }

  static CheckResult action(Analysis a) {
    String title = "An action for the reader";
    String source = "PEMAT-P items 20-21 (at least one action, addressing the reader directly); CDC CCI item 5"
        + " (a call to action). Heuristic: an action heading, or a sentence that starts with an instruction"
        + " (\"Take…\", \"Do not…\", \"If…, call…\") or says \"you should/can\"";
    if (a.language().isEmpty()) {
      return Results.notApplicable(a, CheckIds.ACTION, title, Level.ADVISORY, "sentences",
          "Not available for language '" + a.article().language() + "': no list of instruction verbs.", source);
    }
    TextLanguage language = a.language().get();
    List<String> headings = new ArrayList<>();
    for (ProsePart part : a.parts()) {
      if (part.kind() == ProsePart.Kind.SECTION && language.isActionHeading(part.title())) {
        headings.add("\"" + part.title() + "\"");
      }
    }
    int actions = 0;
    for (ProsePart part : a.parts()) {
      for (ProseUnit unit : part.units()) {
        for (Sentence s : unit.sentences()) {
          if (isAction(language, Analysis.sentenceText(unit, s))) {
            actions++;
          }
        }
      }
    }
    boolean pass = actions > 0 || !headings.isEmpty();
    String text = Results.plural(actions, "instruction sentence", "instruction sentences")
        + (headings.isEmpty() ? ", no action heading" : ", action heading " + String.join(", ", headings));
    List<Finding> findings = pass ? List.of() : List.of(new Finding(
        "Nothing tells the reader what to do: add a section such as \"What you can do\" or steps starting with a verb",
        new Place("body", OptionalInt.empty(), "/sections", "Article body", Optional.empty())));
    return Results.of(a, CheckIds.ACTION, title, Level.ADVISORY, Results.verdict(pass),
        OptionalDouble.of(actions), OptionalDouble.of(1), "sentences", text, source, findings);
  }

  /** Whether the sentence tells the reader to do something. */
  static boolean isAction(TextLanguage language, String sentence) {
    if (language.addressesReader(sentence)) {
      return true;
    }
    String rest = CLAUSE_START.matcher(sentence).replaceFirst("");
    String[] words = rest.replaceAll("^[^\\p{L}]+", "").split("[^\\p{L}'\u2019]+", 3);
    if (words.length == 0 || words[0].isEmpty()) {
      return false;
    }
    String first = words[0].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (first.equals("do") && words.length > 1 && words[1].equalsIgnoreCase("not")) {
      return true;
    }
    if (first.equals("no") && words.length > 1 && language == TextLanguage.SPANISH) {
      return language.isImperative(words[1].toLowerCase(Locale.ROOT)); // "No tome…"
    }
    return language.isImperative(first);
  }

  private static Map<String, Long> numberValues(TextLanguage language) {
    Map<String, Long> values = new HashMap<>();
    for (long n = 0; n <= 100; n++) {
      values.put(language.numberInWords(n), n);
    }
    values.put(language == TextLanguage.ENGLISH ? "hundred" : "ciento", 100L);
    values.put(language == TextLanguage.ENGLISH ? "thousand" : "mil", 1000L);
    values.put(language == TextLanguage.ENGLISH ? "million" : "millón", 1_000_000L);
    return values;
  }
}
