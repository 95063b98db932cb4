package dev.carepress.check.internal;

import java.util.List;

/** The ids of the checks, in the order reports list them. */
public final class CheckIds {
  /** Flesch–Kincaid and SMOG grade (English), Fernández-Huerta and INFLESZ (Spanish). */
  public static final String READING_GRADE = "reading-grade";
  /** A summary and key points, which every renderer shows first. */
  public static final String SUMMARY_FIRST = "summary-first";
  /** Sections with informative headings, none empty. */
  public static final String HEADINGS = "headings";
  /** Words per section. */
  public static final String SECTION_LENGTH = "section-length";
  /** Words per paragraph. */
  public static final String PARAGRAPH_LENGTH = "paragraph-length";
  /** Average words per sentence. */
  public static final String SENTENCE_AVERAGE = "sentence-average";
  /** Words in the longest sentence. */
  public static final String SENTENCE_LONGEST = "sentence-longest";
  /** Hard words not in the glossary. */
  public static final String JARGON = "jargon";
  /** Numbers written as numerals. */
  public static final String NUMERALS = "numerals";
  /** At least one list, none too long. */
  public static final String LISTS = "lists";
  /** An action for the reader. */
  public static final String ACTION = "action";
  /** A medical reviewer and the date of the last review. */
  public static final String REVIEW_PRESENT = "review-present";
  /** The last review is recent enough and the next one not overdue. */
  public static final String REVIEW_AGE = "review-age";

  /** All ids, in report order. */
  public static final List<String> ALL = List.of(
      READING_GRADE, SUMMARY_FIRST, HEADINGS, SECTION_LENGTH, PARAGRAPH_LENGTH, SENTENCE_AVERAGE, SENTENCE_LONGEST,
      JARGON, NUMERALS, LISTS, ACTION, REVIEW_PRESENT, REVIEW_AGE);

  private CheckIds() {}
}
