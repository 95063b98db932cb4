package dev.carepress.importer.internal;

import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

/** Where an element starts in the page's text, for a problem's line and column (0 when not known). */
final class Where {
  private Where() {}

  static int line(Node node) {
    Range.Position start = node.sourceRange().start();
    return start.isTracked() ? start.lineNumber() : 0;
  }

  static int column(Node node) {
    Range.Position start = node.sourceRange().start();
    return start.isTracked() ? start.columnNumber() : 0;
  }
}
