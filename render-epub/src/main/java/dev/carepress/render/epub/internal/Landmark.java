package dev.carepress.render.epub.internal;

/**
 * A landmark of the navigation document.
 *
 * @param type the {@code epub:type}, e.g. {@code bodymatter}
 * @param label the text shown
 * @param href the target, relative to the package document
 */
record Landmark(String type, String label, String href) {}
