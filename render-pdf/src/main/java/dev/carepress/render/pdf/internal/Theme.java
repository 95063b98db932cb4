package dev.carepress.render.pdf.internal;

import dev.carepress.model.Callout;

/**
 * The look of a handout: page geometry, type sizes, the space between blocks and the panels' frames,
 * every number named. Standard print sets body text in 12 pt with 1.45 line spacing; large print in
 * 18 pt with 1.5 and everything else to match, because every space is a multiple of the body size.
 * There is no small print (issue 19): notes, references, captions, code and table text are set at
 * the body size, so never under 12 pt (18 pt in large print); only the standard page footer is
 * smaller, at 10 pt. Large print has deeper top and bottom margins for its 18 pt running heads.
 * Margins of one inch at the sides keep lines near 70 characters and clear of any office printer's
 * unprintable edge. The colours are in {@link Palette}.
 *
 * @param page the paper and its margins
 * @param type the type sizes and line spacings
 * @param space the space around blocks
 * @param indents the horizontal measures: list indents, the narrowest column, table cell padding
 * @param frames the padding, tint and bar of each kind of panel
 * @param heights the tallest an image may be, and where a booklet's title starts
 */
record Theme(PageGeometry page, TypeScale type, Spacing space, Indents indents, Frames frames, Heights heights) {

  /** The theme for the paper and print size. */
  static Theme of(float pageWidth, float pageHeight, boolean largePrint) {
    return largePrint ? largePrint(pageWidth, pageHeight) : standard(pageWidth, pageHeight);
  }

  /** This theme with a deeper bottom margin (a footer that needs more room), or itself when it is as deep. */
  Theme withMarginBottom(float marginBottom) {
    PageGeometry g = page;
    if (marginBottom <= g.marginBottom()) {
      return this;
    }
    return new Theme(new PageGeometry(g.width(), g.height(), g.marginLeft(), g.marginRight(), g.marginTop(),
        marginBottom), type, space, indents, frames, heights);
  }

  /** Standard print: 12 pt body text. */
  static Theme standard(float pageWidth, float pageHeight) {
    PageGeometry page = new PageGeometry(pageWidth, pageHeight, 72f, 72f, 68f, 68f);
    TypeScale type = TypeScale.of(12f, 1.45f, 24f, 17f, 14f, 13.5f, 12f, 10f);
    return new Theme(page, type, Spacing.forBody(type.body()), Indents.forBody(type.body()),
        Frames.forBody(type.body()), Heights.forPage(page));
  }

  /** Large print: 18 pt body text, for readers with low vision. */
  static Theme largePrint(float pageWidth, float pageHeight) {
    PageGeometry page = new PageGeometry(pageWidth, pageHeight, 72f, 72f, 80f, 92f);
    TypeScale type = TypeScale.of(18f, 1.5f, 32f, 25f, 21f, 19f, 18f, 18f);
    return new Theme(page, type, Spacing.forBody(type.body()), Indents.forBody(type.body()),
        Frames.forBody(type.body()), Heights.forPage(page));
  }

  /**
   * The paper and its margins, in points.
   *
   * @param width the page width
   * @param height the page height
   * @param marginLeft the left margin
   * @param marginRight the right margin
   * @param marginTop the top margin (the running header sits inside it)
   * @param marginBottom the bottom margin (the footer sits inside it)
   */
  record PageGeometry(float width, float height, float marginLeft, float marginRight, float marginTop,
      float marginBottom) {

    /** The width of the text column. */
    float contentWidth() {
      return width - marginLeft - marginRight;
    }

    /** Where the text column starts, from the bottom of the page. */
    float top() {
      return height - marginTop;
    }

    /** Where the text column ends, from the bottom of the page. */
    float bottom() {
      return marginBottom;
    }

    /** The height of the text column. */
    float bodyHeight() {
      return top() - bottom();
    }

    /** The right edge of the text column. */
    float right() {
      return width - marginRight;
    }
  }

  /**
   * Type sizes in points and line spacings as multiples of the size.
   *
   * @param body body text
   * @param leading the line spacing of running text
   * @param h1 the title
   * @param h2 a section heading
   * @param h3 a subsection heading (and deeper)
   * @param lead the summary and subtitle
   * @param small notes, references, the byline, captions: muted, no longer smaller than body text
   * @param running the running header and footer (10 pt in standard print, body size in large print)
   * @param titleLeading the line spacing of titles
   * @param headingLeading the line spacing of headings
   * @param codeLeading the line spacing of code blocks and tables
   * @param code a code block
   * @param table a table's text
   * @param bookTitle the title on a booklet's title page
   * @param smaller the scale of inline code and printed URLs against the text around them (1: never
   *     smaller, so that no text falls under the body size)
   */
  record TypeScale(float body, float leading, float h1, float h2, float h3, float lead, float small, float running,
      float titleLeading, float headingLeading, float codeLeading, float code, float table, float bookTitle,
      float smaller) {

    static TypeScale of(float body, float leading, float h1, float h2, float h3, float lead, float small,
        float running) {
      return new TypeScale(body, leading, h1, h2, h3, lead, small, running, 1.15f, 1.25f, 1.35f, body, body,
          h1 * 1.35f, 1f);
    }

    /** The size of a heading of level 1 (the title), 2 or 3 and deeper. */
    float heading(int level) {
      return level == 1 ? h1 : level == 2 ? h2 : h3;
    }
  }

  /**
   * Vertical space in points around blocks: before one, after one, or between two.
   *
   * @param paragraph after a paragraph, a list, a figure or a code block
   * @param titleAfter after the title
   * @param metaAfter after the subtitle and after the byline
   * @param summaryBefore before the summary
   * @param keyPointsBefore before the key points
   * @param keyPointsAfter after the key points
   * @param sectionBefore before a section heading
   * @param subsectionBefore before a subsection heading
   * @param headingAfter after a heading
   * @param entryAfter after a glossary entry or a contents entry
   * @param compactAfter after a paragraph of a note or an entry of references and related links
   * @param listItemAfter the most after a block inside a list item, and after a nested list
   * @param quoteBefore before a block quote
   * @param blockBefore before a figure, a callout or a table, and around a table's caption
   * @param blockAfter after a callout or a table
   * @param captionGap between a figure and its caption
   * @param calloutLabelAfter after a callout's label ("Warning")
   * @param ruleBefore before a thematic break
   * @param ruleAfter after a thematic break
   * @param reviewBefore before the "medically reviewed" line
   * @param reviewAfter after the "medically reviewed" line
   * @param nextReviewBefore before the "next review" line when there is no review line
   * @param nextReviewAfter after the "next review" line
   * @param disclaimerBefore before the disclaimer
   * @param bookTitleAfter after a booklet's title
   * @param bookSubtitleAfter after a booklet's subtitle
   * @param bookAuthorsAfter after a booklet's authors
   * @param coverBefore before a booklet's cover image
   * @param contentsAfter after the "Contents" heading
   */
  record Spacing(float paragraph, float titleAfter, float metaAfter, float summaryBefore, float keyPointsBefore,
      float keyPointsAfter, float sectionBefore, float subsectionBefore, float headingAfter, float entryAfter,
      float compactAfter, float listItemAfter, float quoteBefore, float blockBefore, float blockAfter,
      float captionGap, float calloutLabelAfter, float ruleBefore, float ruleAfter, float reviewBefore,
      float reviewAfter, float nextReviewBefore, float nextReviewAfter, float disclaimerBefore, float bookTitleAfter,
      float bookSubtitleAfter, float bookAuthorsAfter, float coverBefore, float contentsAfter) {

    static Spacing forBody(float body) {
      float paragraph = body * 0.65f;
      return new Spacing(paragraph, body * 0.5f, body * 0.4f, body * 0.3f, body * 0.6f, body * 1.2f, body * 1.3f,
          body * 1.0f, body * 0.45f, body * 0.45f, body * 0.35f, body * 0.3f, body * 0.2f, body * 0.3f,
          paragraph * 1.3f, body * 0.4f, body * 0.15f, body * 0.6f, body * 1.0f, body * 1.4f, body * 0.2f, body,
          body * 0.3f, body * 0.8f, body, body * 2f, body * 0.5f, body * 2f, body);
    }

    /** The space before a heading of this level (2 for a section). */
    float headingBefore(int level) {
      return level == 2 ? sectionBefore : subsectionBefore;
    }
  }

  /**
   * Horizontal measures in points.
   *
   * @param bullet the indent of a bulleted list item
   * @param ordinalGap the gap after the widest number of a numbered list or notes
   * @param noteGap the gap after a note's number
   * @param minColumn the narrowest column a nested list, quote or callout is indented to; deeper
   *     nesting stays at that column rather than run off the page
   * @param pageNumberColumn the room kept for page numbers in the table of contents
   * @param cellPad the padding of a table cell
   * @param cellRule the room a cell keeps for the rule beside it
   */
  record Indents(float bullet, float ordinalGap, float noteGap, float minColumn, float pageNumberColumn,
      float cellPad, float cellRule) {

    static Indents forBody(float body) {
      return new Indents(body * 1.25f, body * 0.6f, body * 0.5f, body * 12, body * 3.5f, body * 0.4f, 1f);
    }
  }

  /**
   * The frame of each kind of panel.
   *
   * @param keyPoints the key points: tinted, a bar on the left
   * @param callout a note callout (other kinds change its colours)
   * @param quote a block quote: a bar, no tint
   * @param code a code block: tinted, no bar
   * @param missingImage the description printed in place of a web image
   */
  record Frames(Frame keyPoints, Frame callout, Frame quote, Frame code, Frame missingImage) {

    static Frames forBody(float body) {
      float keyPad = body * 0.9f;
      float calloutPad = body * 0.8f;
      float codePad = body * 0.6f;
      float missingPad = body * 0.7f;
      return new Frames(
          Frame.of(keyPad * 0.8f, keyPad, keyPad * 0.8f).tint(Palette.KEY_FILL).bar(Palette.KEY_BAR, 4f),
          Frame.of(calloutPad * 0.7f, calloutPad, calloutPad * 0.7f).tint(Palette.fill(Callout.Kind.NOTE))
              .bar(Palette.bar(Callout.Kind.NOTE), 4f),
          Frame.of(2f, body * 0.8f, 2f).bar(Palette.QUOTE_BAR, 3f),
          Frame.of(codePad * 0.7f, codePad, codePad * 0.7f).tint(Palette.CODE_FILL),
          Frame.of(missingPad, missingPad, missingPad).tint(Palette.CODE_FILL).bar(Palette.RULE, 3f));
    }

    /** The frame of a callout of this kind. */
    Frame callout(Callout.Kind kind) {
      return callout.tint(Palette.fill(kind)).bar(Palette.bar(kind), callout.barWidth());
    }
  }

  /**
   * Heights in points that depend on the text column.
   *
   * @param figure the tallest a figure may be, so that it leaves room for text on its page
   * @param leadImage the tallest the article's lead image may be on page 1, leaving room for the key points
   * @param cover the tallest a booklet's cover image may be
   * @param titleDrop the space above a booklet's title on a title page without a cover
   * @param titleDropWithCover the space above a booklet's title when a cover follows it
   */
  record Heights(float figure, float leadImage, float cover, float titleDrop, float titleDropWithCover) {

    static Heights forPage(PageGeometry page) {
      float column = page.bodyHeight();
      return new Heights(column * 0.55f, column * 0.3f, column * 0.42f, column * 0.22f, column * 0.03f);
    }
  }
}
