package dev.carepress.render.pdf.internal;

import java.util.List;

/**
 * One line of laid-out text.
 *
 * @param runs the pieces, left to right
 * @param width the width of the text, without trailing spaces
 */
record Line(List<Run> runs, float width) {}
