package dev.carepress.render.epub.internal;

import dev.carepress.Problem;
import dev.carepress.render.Labels;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a content document needs to know about the rest of the publication.
 *
 * @param labels the words around the content, in the article's language
 * @param stylesheetHref the stylesheet, relative to the document
 * @param images each packed image's {@code src} as written, with its path relative to the document;
 *     a {@code src} not here could not be packed (a web image) and is shown as its description
 * @param articleHrefs each article of the publication by slug, with its path relative to the document
 * @param warnings where warnings go
 */
public record ChapterContext(
    Labels labels,
    String stylesheetHref,
    Map<String, String> images,
    Map<String, String> articleHrefs,
    Consumer<Problem> warnings) {

  /** The path of the article with this slug, if it is in the publication. */
  public Optional<String> articleHref(String slug) {
    return Optional.ofNullable(articleHrefs.get(slug));
  }

  /** The path of a packed image. */
  public Optional<String> imageHref(String src) {
    return Optional.ofNullable(images.get(src));
  }
}
