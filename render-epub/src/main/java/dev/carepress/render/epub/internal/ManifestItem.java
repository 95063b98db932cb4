package dev.carepress.render.epub.internal;

import java.util.Optional;

/**
 * One file of the publication as the package document lists it.
 *
 * @param id the manifest id
 * @param href the path relative to the package document
 * @param mediaType the media type
 * @param properties the manifest properties ({@code nav}, {@code cover-image} …), if any
 * @param spine whether it is in the reading order
 */
record ManifestItem(String id, String href, String mediaType, Optional<String> properties, boolean spine) {
  static final String XHTML = "application/xhtml+xml";

  static ManifestItem document(String id, String href, boolean spine) {
    return new ManifestItem(id, href, XHTML, Optional.empty(), spine);
  }
}
