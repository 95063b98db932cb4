package dev.carepress.render.epub.internal;

import java.util.List;

/**
 * One entry of the table of contents: an article or one of its sections.
 *
 * @param title the text shown
 * @param href the target, relative to the package document
 * @param children the entries one level down
 */
record TocEntry(String title, String href, List<TocEntry> children) {
  TocEntry {
    children = List.copyOf(children);
  }

  /** How many levels this entry and its descendants take. */
  int depth() {
    int deepest = 0;
    for (TocEntry child : children) {
      deepest = Math.max(deepest, child.depth());
    }
    return deepest + 1;
  }
}
