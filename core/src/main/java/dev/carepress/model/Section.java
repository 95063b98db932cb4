package dev.carepress.model;

import java.util.List;

/**
 * A section: a {@code ##} heading in Markdown with its blocks, and {@code ###} subsections.
 * Subsections nest the same way ({@code ####} inside {@code ###}).
 *
 * @param id the stable anchor, unique within the article (see {@link Slugs})
 * @param title the heading's text
 * @param blocks the blocks before the first subsection
 * @param subsections the subsections, in order
 */
public record Section(String id, String title, List<Block> blocks, List<Section> subsections) {
  /** Validates and copies the components. */
  public Section {
    Values.text(id, "id");
    if (id.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a section id must not contain whitespace: '" + id + "'");
    }
    Values.text(title, "title");
    blocks = Values.list(blocks, "blocks");
    subsections = Values.list(subsections, "subsections");
  }

  /** A section without subsections whose id is the slug of its title. */
  public static Section of(String title, Block... blocks) {
    return new Section(Slugs.slugify(title), title, List.of(blocks), List.of());
  }
}
