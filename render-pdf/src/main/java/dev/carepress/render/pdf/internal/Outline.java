package dev.carepress.render.pdf.internal;

/**
 * An entry of the document outline (the bookmarks).
 *
 * @param level the nesting level, 1 for the top
 * @param title the text shown
 * @param anchor the anchor it goes to
 */
record Outline(int level, String title, String anchor) {}
