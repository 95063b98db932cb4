package dev.carepress.render;

import java.util.Objects;

/**
 * What a format is called and what its files are: stated once, by the renderer's class, and shared
 * by the renderer and its provider.
 *
 * <pre>{@code
 * public static final Format FORMAT = Format.of("pdf", "pdf", "application/pdf",
 *     "printable patient handouts and booklets (tagged PDF/UA-1, PDF/A-2a)");
 * }</pre>
 *
 * @param id the format's name, lower case, e.g. {@code pdf}; unique among the renderers in use
 * @param extension the file extension of its output, without the dot
 * @param mediaType the media type of its output
 * @param description one line on what the format is for, shown by {@code carepress formats}
 */
public record Format(String id, String extension, String mediaType, String description) {
  /** Validates the components. */
  public Format {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(extension, "extension");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(description, "description");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("a format id is lower-case letters, digits and '-': '" + id + "'");
    }
    if (extension.isEmpty() || extension.startsWith(".")) {
      throw new IllegalArgumentException("an extension has no leading dot: '" + extension + "'");
    }
  }

  /** A format. */
  public static Format of(String id, String extension, String mediaType, String description) {
    return new Format(id, extension, mediaType, description);
  }
}
