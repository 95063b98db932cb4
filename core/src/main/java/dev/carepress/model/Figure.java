package dev.carepress.model;

import java.util.Optional;

/**
 * An image with its alternative text and an optional caption. In Markdown, a paragraph holding
 * only {@code ![alt](src "caption")}.
 *
 * @param src where the image is: a path relative to the article's file, or an http(s) URL
 * @param alt the alternative text for people who cannot see the image; empty only for an image
 *     that is purely decorative (readers warn about it)
 * @param caption the visible caption, if any
 */
public record Figure(String src, String alt, Optional<String> caption) implements Block {
  /** Validates the components. */
  public Figure {
    Values.text(src, "src");
    Values.present(alt, "alt");
    Values.present(caption, "caption");
  }

  /** A figure without a caption. */
  public static Figure of(String src, String alt) {
    return new Figure(src, alt, Optional.empty());
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
