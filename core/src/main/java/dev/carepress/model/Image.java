package dev.carepress.model;

/**
 * An image referenced from metadata: an article's lead image or a book's cover.
 *
 * @param src a path relative to the source file, or an http(s) URL
 * @param alt the alternative text
 */
public record Image(String src, String alt) {
  /** Validates the components. */
  public Image {
    Values.text(src, "src");
    Values.present(alt, "alt");
  }
}
