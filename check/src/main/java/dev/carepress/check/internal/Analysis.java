package dev.carepress.check.internal;

import dev.carepress.check.Place;
import dev.carepress.model.Article;
import dev.carepress.model.GlossaryEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An article read for checking: its language rules, its prose parts, the glossary's words, the
 * settings and today's date. Built once per check run; immutable.
 */
public final class Analysis {
  private final Article article;
  private final Optional<TextLanguage> language;
  private final List<ProsePart> parts;
  private final Settings settings;
  private final LocalDate today;
  private final Set<String> glossaryWords;
  private final Set<String> topicWords;

  private Analysis(Article article, Settings settings) {
    this.article = article;
    this.settings = settings;
    this.language = TextLanguage.forTag(article.language());
    // Sentences and words of a language without formulas are still split (numbers and abbreviations by
    // the English rules, words of scripts without spaces by a word iterator for the article's
    // language) so that the length checks, which need no syllables, can run.
    this.parts = ProseExtractor.of(language.orElse(TextLanguage.ENGLISH), article.language()).extract(article);
    this.today = LocalDate.now(settings.clock());
    Set<String> words = new HashSet<>();
    for (GlossaryEntry entry : article.glossary()) {
      for (String w : entry.term().split("[^\\p{L}\\p{N}'-]+")) {
        if (!w.isEmpty()) {
          words.add(stem(w));
        }
      }
    }
    this.glossaryWords = Set.copyOf(words);
    this.topicWords = topicWords(article);
  }

  /**
   * The words of what the article is about — its title, subtitle, category, tags and subjects — in
   * their stems, and each multi-word name also written as one word ("hand washing" gives
   * "handwashing"). The reader has already met these words by the time the text uses them; they are
   * the subject, not jargon.
   */
  private static Set<String> topicWords(Article article) {
    List<String> names = new ArrayList<>();
    names.add(article.title());
    article.metadata().subtitle().ifPresent(names::add);
    article.metadata().category().ifPresent(names::add);
    names.addAll(article.metadata().tags());
    article.metadata().about().forEach(subject -> names.add(subject.name()));
    Set<String> words = new HashSet<>();
    for (String name : names) {
      String[] parts = name.split("[^\\p{L}\\p{N}'-]+");
      StringBuilder joined = new StringBuilder();
      for (String w : parts) {
        if (!w.isEmpty()) {
          words.add(stem(w));
          joined.append(w);
        }
      }
      words.add(stem(joined.toString()));
    }
    return Set.copyOf(words);
  }

  /** Reads the article for checking. */
  public static Analysis of(Article article, Settings settings) {
    return new Analysis(article, settings);
  }

  /** The article. */
  public Article article() {
    return article;
  }

  /** The language's rules, if the checks know the language. */
  public Optional<TextLanguage> language() {
    return language;
  }

  /** The prose parts in reading order. */
  public List<ProsePart> parts() {
    return parts;
  }

  /** The settings. */
  public Settings settings() {
    return settings;
  }

  /** Today, from the settings' clock. */
  public LocalDate today() {
    return today;
  }

  /** Every sentence of the article's prose, in reading order. */
  public List<Sentence> sentences() {
    List<Sentence> all = new ArrayList<>();
    for (ProsePart part : parts) {
      for (ProseUnit unit : part.units()) {
        all.addAll(unit.sentences());
      }
    }
    return all;
  }

  /** The place of a unit, or of a sentence in it. */
  public Place place(ProsePart part, ProseUnit unit, Optional<Sentence> sentence) {
    String label = partLabel(part) + (unit.kind() == ProseUnit.Kind.SKIPPED ? "" : ", " + unit.kind().label()
        + " " + unit.index());
    return new Place(part.id(), unit.index() == 0 ? OptionalInt.empty() : OptionalInt.of(unit.index()), unit.path(),
        label, sentence.map(s -> sentenceText(unit, s)));
  }

  /** The place of a whole part. */
  public Place place(ProsePart part) {
    return new Place(part.id(), OptionalInt.empty(), part.path(), partLabel(part), Optional.empty());
  }

  /** How a part is named for people: {@code Section "Symptoms"}, {@code Introduction}. */
  public static String partLabel(ProsePart part) {
    return part.kind() == ProsePart.Kind.SECTION ? "Section \"" + part.title() + "\"" : part.title();
  }

  /** The text of a sentence, on one line. */
  public static String sentenceText(ProseUnit unit, Sentence sentence) {
    return unit.text().substring(sentence.start(), sentence.end()).replaceAll("\\s+", " ").strip();
  }

  /**
   * Whether the word at {@code index} in the sentence is likely jargon: as long as the language's
   * hard words (3 syllables in English, 4 in Spanish), not an everyday word, not marked as a glossary
   * term nor sharing a word with a glossary term, not a word of the article's topic (its title,
   * category, tags, subjects), and not a capitalized name inside the sentence.
   */
  public boolean isUndefinedHardWord(ProseUnit unit, Sentence sentence, int index) {
    Word word = sentence.words().get(index);
    if (language.isEmpty() || word.kind() != Word.Kind.WORD
        || word.syllables() < language.get().hardWordSyllables()) {
      return false;
    }
    String text = word.text();
    if (!text.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019'
        || Character.getType(c) == Character.NON_SPACING_MARK)) {
      return false; // B12, COVID-19: codes, not words to define
    }
    boolean capitalized = Character.isUpperCase(text.charAt(0)) && !text.equals(text.toUpperCase(Locale.ROOT));
    if (capitalized && index > 0) {
      return false; // a name: "Okafor", "Ventolin" (a brand stays flagged at the start of a sentence)
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (language.get().isCommonWord(lower) || language.get().isCommonWord(stem(lower))) {
      return false;
    }
    return !unit.isDefinedAt(word.start(), word.end()) && !isInGlossary(text) && !topicWords.contains(stem(lower));
  }

  /** Whether the word, or a word of the same stem, is part of a glossary term. */
  public boolean isInGlossary(String word) {
    if (glossaryWords.contains(stem(word))) {
      return true;
    }
    for (String part : word.split("[-\u2011]")) {
      if (!part.isEmpty() && part.length() < word.length() && glossaryWords.contains(stem(part))) {
        return true;
      }
    }
    return false;
  }

  /** The key under which different forms of a word are counted once: lower case, plural ending removed. */
  public static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
