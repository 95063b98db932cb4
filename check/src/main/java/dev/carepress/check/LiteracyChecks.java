package dev.carepress.check;

import dev.carepress.check.internal.Analysis;
import dev.carepress.check.internal.CheckRunner;
import dev.carepress.check.internal.ReadabilityCalculator;
import dev.carepress.check.internal.ReportLabels;
import dev.carepress.check.internal.Settings;
import dev.carepress.check.internal.TextAnalyzer;
import dev.carepress.check.internal.TextLanguage;
import dev.carepress.model.Article;
import dev.carepress.model.Metadata;
import dev.carepress.render.Labels;
import dev.carepress.render.Option;
import dev.carepress.render.OptionValues;
import java.time.Clock;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks whether a health article is plain enough for patients: readability formulas for the whole
 * article and each section, and structure checks from PEMAT-P and the CDC Clear Communication Index.
 *
 * <pre>{@code
 * LiteracyReport report = LiteracyChecks.create().check(article);
 * if (!report.passed()) System.out.print(report.toText());
 * LiteracyChecks strict = LiteracyChecks.builder().maxGrade(6).strict(true).build();
 * String json = strict.check(article).toJson();
 * LiteracyChecks lenient = strict.toBuilder().maxGrade(10).build();   // the same, but grade 10
 * }</pre>
 *
 * <p>The checks, by id (the required ones fail the report, the advisory ones advise):
 * {@code reading-grade} (required), {@code summary-first} (required), {@code headings} (required),
 * {@code section-length}, {@code paragraph-length}, {@code sentence-average}, {@code sentence-longest},
 * {@code jargon}, {@code numerals}, {@code lists}, {@code action}, {@code review-present} (required) and
 * {@code review-age} (required). Each result names its threshold and the guideline item it comes from.
 *
 * <p>Immutable and thread-safe; the same article and clock give the same report.
 */
public final class LiteracyChecks {
  /**
   * The settings the checks take in text form ({@code carepress check --set}): the shared label
   * override {@link Labels#OVERRIDES}, {@code labels.report.checks=…}, for the HTML report's
   * headings (keys in {@code dev/carepress/check/internal/report-labels.properties}).
   */
  public static final List<Option<?>> OPTIONS = List.of(Labels.OVERRIDES);

  private final Settings settings;
  private final Map<String, String> labelOverrides;
  private final ReportLabels labels;

  private LiteracyChecks(Settings settings, Map<String, String> labelOverrides) {
    this.settings = settings;
    this.labelOverrides = Map.copyOf(labelOverrides);
    this.labels = labelOverrides.isEmpty() ? ReportLabels.DEFAULT : ReportLabels.with(labelOverrides);
  }

  /** The checks with every default threshold and the system clock (UTC): {@code builder().build()}. */
  public static LiteracyChecks create() {
    return builder().build();
  }

  /** A builder to change thresholds or the clock. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these checks' settings, to make checks that differ in a few. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxGrade = settings.maxGrade();
    builder.minInflesz = settings.minInflesz();
    builder.maxSectionWords = settings.maxSectionWords();
    builder.maxParagraphWords = settings.maxParagraphWords();
    builder.maxAverageSentenceWords = settings.maxAverageSentenceWords();
    builder.maxSentenceWords = settings.maxSentenceWords();
    builder.maxListItems = settings.maxListItems();
    builder.maxUndefinedTerms = settings.maxUndefinedTerms();
    builder.maxReviewAge = settings.maxReviewAge();
    builder.clock = settings.clock();
    builder.strict = settings.strict();
    builder.labels = labelOverrides;
    return builder;
  }

  /** Checks the article. */
  public LiteracyReport check(Article article) {
    Objects.requireNonNull(article, "article");
    Analysis analysis = Analysis.of(article, settings);
    CheckRunner.Outcome outcome = CheckRunner.run(analysis);
    return new LiteracyReport(analysis, outcome.whole(), outcome.parts(), outcome.checks(), labels);
  }

  /**
   * The readability of a piece of plain text in a language (a BCP 47 tag); its scores are empty,
   * with a note, for a language without formulas. Paragraphs separated by blank lines end sentences.
   */
  public static Readability readability(String text, String language) {
    Objects.requireNonNull(text, "text");
    if (!Metadata.isValidLanguage(language)) {
      throw new IllegalArgumentException("language '" + language + "' is not a BCP 47 tag such as 'en' or 'es-MX'");
    }
    var rules = TextLanguage.forTag(language);
    TextAnalyzer analyzer = TextAnalyzer.of(rules.orElse(TextLanguage.ENGLISH), language);
    List<dev.carepress.check.internal.Sentence> sentences = new java.util.ArrayList<>();
    for (String paragraph : text.split("\\R\\s*\\R")) {
      sentences.addAll(analyzer.sentences(paragraph));
    }
    return ReadabilityCalculator.readability(language, rules, sentences);
  }

  /** The highest US grade allowed by Flesch–Kincaid and SMOG. */
  public double maxGrade() {
    return settings.maxGrade();
  }

  /** The lowest Szigriszt-Pazos (INFLESZ) score allowed for Spanish. */
  public double minInflesz() {
    return settings.minInflesz();
  }

  /** The most words in one section's own text. */
  public int maxSectionWords() {
    return settings.maxSectionWords();
  }

  /** The most words in one paragraph. */
  public int maxParagraphWords() {
    return settings.maxParagraphWords();
  }

  /** The highest average words per sentence. */
  public double maxAverageSentenceWords() {
    return settings.maxAverageSentenceWords();
  }

  /** The most words in one sentence. */
  public int maxSentenceWords() {
    return settings.maxSentenceWords();
  }

  /** The most items in a list without sub-lists. */
  public int maxListItems() {
    return settings.maxListItems();
  }

  /** The most distinct hard words missing from the glossary. */
  public int maxUndefinedTerms() {
    return settings.maxUndefinedTerms();
  }

  /** The oldest a medical review may be. */
  public Period maxReviewAge() {
    return settings.maxReviewAge();
  }

  /** Whether every check is required. */
  public boolean strict() {
    return settings.strict();
  }

  /** The clock "today" is read from. */
  public Clock clock() {
    return settings.clock();
  }

  /** The replaced label texts of the HTML report, by key; empty for Carepress's own. */
  public Map<String, String> labels() {
    return labelOverrides;
  }

  /** Builds {@link LiteracyChecks}; every method states its default and where the default comes from. Not thread-safe. */
  public static final class Builder {
    private double maxGrade = 8;
    private double minInflesz = 55;
    private int maxSectionWords = 300;
    private int maxParagraphWords = 100;
    private double maxAverageSentenceWords = 15;
    private int maxSentenceWords = 25;
    private int maxListItems = 7;
    private int maxUndefinedTerms = 0;
    private Period maxReviewAge = Period.ofYears(2);
    private Clock clock = Clock.systemUTC();
    private boolean strict;
    private Map<String, String> labels = Map.of();

    private Builder() {}

    /**
     * The highest US school grade by Flesch–Kincaid and SMOG; for Spanish it sets the lowest
     * Fernández-Huerta score by that scale's grade bands (8 → 60). Default 8: patient materials at
     * grade 8 or lower (NIH); set 6 for the AMA/AAFP advice.
     */
    public Builder maxGrade(double grade) {
      if (!(grade > 0 && grade <= 20)) {
        // "between 0 and 20, not 0.0" read as if 0 were allowed; say the bounds as they are
        throw new IllegalArgumentException("maxGrade must be above 0 and at most 20 (8 is the NIH's advice, 6 the"
            + " AMA's), not " + (grade == Math.rint(grade) ? Long.toString((long) grade) : Double.toString(grade)));
      }
      this.maxGrade = grade;
      return this;
    }

    /** The lowest Szigriszt-Pazos score on the INFLESZ scale for Spanish. Default 55, the start of "normal" (Barrio-Cantalejo 2008). */
    public Builder minInflesz(double score) {
      if (!(score >= 0 && score <= 100)) {
        throw new IllegalArgumentException("minInflesz must be between 0 and 100, not " + score);
      }
      this.minInflesz = score;
      return this;
    }

    /** The most words in one section's own text. Default 300 (heuristic for PEMAT-P item 8, short sections). */
    public Builder maxSectionWords(int words) {
      this.maxSectionWords = positive(words, "maxSectionWords");
      return this;
    }

    /** The most words in one paragraph. Default 100, about 7 printed lines (heuristic for PEMAT-P item 8). */
    public Builder maxParagraphWords(int words) {
      this.maxParagraphWords = positive(words, "maxParagraphWords");
      return this;
    }

    /** The highest average words per sentence. Default 15 (plain-language practice). */
    public Builder maxAverageSentenceWords(double words) {
      if (!(words > 0)) {
        throw new IllegalArgumentException("maxAverageSentenceWords must be > 0, not " + words);
      }
      this.maxAverageSentenceWords = words;
      return this;
    }

    /** The most words in one sentence. Default 25 (plain-language practice). */
    public Builder maxSentenceWords(int words) {
      this.maxSentenceWords = positive(words, "maxSentenceWords");
      return this;
    }

    /** The most items in a list without sub-lists. Default 7 (CDC CCI item 8). */
    public Builder maxListItems(int items) {
      this.maxListItems = positive(items, "maxListItems");
      return this;
    }

    /** The most distinct hard words missing from the glossary. Default 0: every one is flagged (PEMAT-P item 4). */
    public Builder maxUndefinedTerms(int terms) {
      if (terms < 0) {
        throw new IllegalArgumentException("maxUndefinedTerms must be >= 0, not " + terms);
      }
      this.maxUndefinedTerms = terms;
      return this;
    }

    /** The oldest a medical review may be. Default 2 years. */
    public Builder maxReviewAge(Period age) {
      Objects.requireNonNull(age, "age");
      if (age.isNegative() || age.isZero()) {
        throw new IllegalArgumentException("maxReviewAge must be positive, not " + age);
      }
      this.maxReviewAge = age;
      return this;
    }

    /** The clock "today" is read from, for the review age. Default the system clock in UTC; use a fixed clock in tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Whether every check is required, so any failure fails the report. Default false. */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Replaces the texts of the HTML report's headings and fixed words ({@link Labels#OVERRIDES}),
     * e.g. {@code Map.of("report.checks", "Prüfungen")}; default none. The keys are in {@code
     * dev/carepress/check/internal/report-labels.properties}; a renderer's label key is accepted and
     * has no effect here. The report's messages stay English.
     *
     * @throws dev.carepress.render.SettingsException naming a key that is not a label
     */
    public Builder labels(Map<String, String> overrides) {
      ReportLabels.with(overrides); // validates the keys now, not at the first report
      this.labels = Map.copyOf(overrides);
      return this;
    }

    /**
     * Sets the {@link #OPTIONS} named in the settings from their text form ({@code
     * labels.report.checks=…}).
     *
     * @throws dev.carepress.render.SettingsException for a key that is not a label setting
     */
    public Builder apply(dev.carepress.render.Settings textSettings) {
      OptionValues values = OptionValues.builder(OPTIONS).set(Labels.OVERRIDES, labels)
          .apply("check", textSettings).build();
      return labels(values.get(Labels.OVERRIDES));
    }

    /** The checks with these settings. */
    public LiteracyChecks build() {
      return new LiteracyChecks(new Settings(
          maxGrade, minInflesz, maxSectionWords, maxParagraphWords, maxAverageSentenceWords, maxSentenceWords,
          maxListItems, maxUndefinedTerms, maxReviewAge, clock, strict), labels);
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be > 0, not " + value);
      }
      return value;
    }
  }
}
