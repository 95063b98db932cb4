package dev.carepress.render.epub.internal;

import java.util.List;
import java.util.Map;

/**
 * What an EPUB renderer's options say about the container it writes.
 *
 * @param tocDepth 1: articles only; 2: and their sections; 3 or more: and subsections that deep
 * @param ncx whether to add {@code toc.ncx}
 * @param titlePage whether a book gets a generated title page
 * @param compressionLevel the deflate level, 0–9
 * @param calendar the calendar of dates ({@link dev.carepress.render.Labels#CALENDAR}), checked
 * @param labelOverrides label texts replacing the built-in ones, in every language
 * @param extraCss rules added after the built-in stylesheet ({@code ""} for none)
 * @param embedFonts whether the bundled fonts for the scripts the book uses are embedded
 * @param clinic the clinic's details for a book's title page, one a line (empty for none)
 */
public record EpubSettings(int tocDepth, boolean ncx, boolean titlePage, int compressionLevel, String calendar,
    Map<String, String> labelOverrides, String extraCss, boolean embedFonts, List<String> clinic) {
  /** Copies the overrides and the clinic's lines. */
  public EpubSettings {
    labelOverrides = Map.copyOf(labelOverrides);
    clinic = List.copyOf(clinic);
  }
}
