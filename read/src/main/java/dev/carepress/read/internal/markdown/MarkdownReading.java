package dev.carepress.read.internal.markdown;

import dev.carepress.model.Inline;
import dev.carepress.read.internal.source.ArticleDraft;
import dev.carepress.read.internal.source.Diagnostics;
import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.source.Positions;
import dev.carepress.read.internal.source.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Markdown of one article: its key points (lines of inline Markdown in the front matter) and
 * its body, and what mapping them must remember across both: the footnotes referred to, in order
 * of first reference, the glossary terms not yet marked, and whether "nested too deep" has been
 * reported. Made per article; the mappers it uses are stateless.
 */
public final class MarkdownReading {
  /** How deep blocks (quotes, lists) and inlines may nest before the rest is left out. */
  static final int MAX_DEPTH = 40;

  private final Diagnostics diagnostics;
  private final Positions positions;
  private final boolean markTerms;
  private GlossaryMarker marker = new GlossaryMarker(List.of());
  private final List<String> referenced = new ArrayList<>();
  private final Map<String, Pos> firstReference = new LinkedHashMap<>();
  private boolean tooDeepReported;
  /** How many times content was cut for nesting too deeply (reported once, counted each time). */
  private int cuts;
  private boolean overIndentedReported;
  /** The labels of the body's footnote definitions; null until the body is parsed (key points come first). */
  private Set<String> definedFootnotes;

  /**
   * @param markTerms whether the first use of each glossary term in the body becomes a glossary
   *     term inline
   */
  public MarkdownReading(Diagnostics diagnostics, Positions positions, boolean markTerms) {
    this.diagnostics = diagnostics;
    this.positions = positions;
    this.markTerms = markTerms;
  }

  /**
   * A key point written as a line of inline Markdown. Block syntax at the start of the line (a
   * {@code -} or {@code 1.}) is taken as text; problems are reported at the key point's position.
   */
  public List<Inline> inlineLine(String text, Pos pos) {
    return KeyPointLines.inlines(text, pos, this);
  }

  /**
   * Reads the body into the draft, marking the first use of each term of the draft's glossary.
   *
   * @param body the file's text after the front matter, its positions the file's
   * @param title the article's title, to drop a leading {@code # Title}; null when it is missing
   *     (already reported), so that a leading heading is dropped without a warning
   */
  public void body(SourceText body, String title, ArticleDraft draft) {
    marker = new GlossaryMarker(draft.glossary);
    MarkdownBody.read(body, title, draft, this);
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  Positions positions() {
    return positions;
  }

  boolean markTerms() {
    return markTerms;
  }

  /** The inlines with the first use of each glossary term not yet marked made a glossary term. */
  List<Inline> markTerms(List<Inline> inlines) {
    return marker.mark(inlines);
  }

  /** Notes a footnote reference; the first reference to a label fixes the footnote's place. */
  void referTo(String label, Pos pos) {
    if (!firstReference.containsKey(label)) {
      firstReference.put(label, pos);
      referenced.add(label);
    }
  }

  /** Notes the labels of the body's footnote definitions, once the body is parsed. */
  void defineFootnotes(Set<String> labels) {
    definedFootnotes = labels;
  }

  /**
   * Whether a reference to the label has no definition in the body, as far as is known: before the
   * body is parsed (in key points) this is never so, and ArticleChecks reports an undefined label.
   */
  boolean isUndefinedFootnote(String label) {
    return definedFootnotes != null && !definedFootnotes.contains(label);
  }

  /** The labels referred to, in order of first reference (growing while footnotes are read). */
  List<String> referenced() {
    return referenced;
  }

  boolean isReferenced(String label) {
    return firstReference.containsKey(label);
  }

  /** Reports, once per article, that content nests too deeply and was left out. */
  void tooDeep(Pos pos) {
    cuts++;
    if (!tooDeepReported) {
      tooDeepReported = true;
      diagnostics.error(
          "too-deep", pos, "quotes, lists or emphasis nest more than " + MAX_DEPTH + " levels deep here;"
              + " the deeper content was left out",
          "flatten the structure");
    }
  }

  /** How many times content has been cut for nesting too deeply so far. */
  int cuts() {
    return cuts;
  }

  /** Reports, once per article, that a line's indentation was cut (see {@link NestingLimiter}). */
  void overIndented(Pos pos) {
    if (!overIndentedReported) {
      overIndentedReported = true;
      diagnostics.warning(
          "deep-indent", pos, "the line is indented by more than " + NestingLimiter.MAX_BLANKS
              + " spaces; the extra spaces were left out",
          "indent it less");
    }
  }
}
