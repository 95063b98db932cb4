package dev.carepress.render.epub.internal;

import java.util.List;
import java.util.Optional;

/**
 * One entry of the table of contents: an article or one of its sections.
 *
 * @param title the text shown
 * @param href the target, relative to the package document
 * @param language the language of the title when it differs from the publication's
 * @param children the entries one level down
 */
record TocEntry(String title, String href, Optional<String> language, List<TocEntry> children) {
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
