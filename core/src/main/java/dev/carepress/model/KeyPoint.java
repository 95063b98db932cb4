package dev.carepress.model;

import java.util.List;

/**
 * One of the article's key points, shown first (a summary box on the web page, page one of a
 * handout). In front matter each key point is a line of inline Markdown.
 *
 * @param content the inlines, not empty
 */
public record KeyPoint(List<Inline> content) {
  /** Validates and copies the content. */
  public KeyPoint {
    content = Values.list(content, "content");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a key point needs content");
    }
  }

  /** A key point of plain text. */
  public static KeyPoint of(String text) {
    return new KeyPoint(List.of(new Text(text)));
  }
}
