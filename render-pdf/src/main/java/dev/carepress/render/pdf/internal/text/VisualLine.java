package dev.carepress.render.pdf.internal.text;

import java.util.List;

/**
 * One line of a laid-out paragraph, in visual order.
 *
 * @param runs the runs, left to right
 * @param width the width of the line's content, trailing spaces left out
 * @param rtl whether the paragraph is right to left (align the line to the right)
 * @param start where the line starts in the paragraph's text
 * @param end where it ends (exclusive), trailing spaces included
 */
public record VisualLine<S>(List<GlyphRun<S>> runs, float width, boolean rtl, int start, int end) {}
