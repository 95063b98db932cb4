package dev.carepress.check;

import java.util.Objects;

/**
 * The readability of one part of an article: the key points, the introduction, or a section's own
 * text (without its subsections, which have their own entries).
 *
 * @param id {@code key-points}, {@code introduction} or the section id
 * @param title the section heading, or "Key points" / "Introduction"
 * @param depth 0 for key points and introduction, 1 for a section, 2 for a subsection …
 * @param readability the part's counts and scores
 */
public record PartReadability(String id, String title, int depth, Readability readability) {
  /** Validates the components. */
  public PartReadability {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(readability, "readability");
  }
}
