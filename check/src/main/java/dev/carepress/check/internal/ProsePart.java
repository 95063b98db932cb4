package dev.carepress.check.internal;

import java.util.List;
import java.util.Optional;

/**
 * A part of an article that gets its own readability: the key points, the introduction or one
 * section (its own blocks, not its subsections).
 *
 * @param kind what the part is
 * @param id {@code key-points}, {@code introduction} or the section id
 * @param title the section heading, or a name for the other parts
 * @param depth 0 for key points and introduction, 1 for a section, 2 for a subsection …
 * @param path where it is in the model: {@code /keyPoints}, {@code /introduction}, {@code /sections/0/subsections/1}
 * @param units its units in order
 * @param lists the lists among its blocks (nested ones included)
 */
public record ProsePart(Kind kind, String id, String title, int depth, String path, List<ProseUnit> units,
    List<ListInfo> lists) {

  /** What a part is. */
  public enum Kind {
    /** The key points. */
    KEY_POINTS,
    /** The text before the first section. */
    INTRODUCTION,
    /** A section or subsection. */
    SECTION
  }

  /**
   * A list found in the part.
   *
   * @param path where it is in the model
   * @param items how many items it has
   * @param nested whether any item holds a list of its own
   */
  public record ListInfo(String path, int items, boolean nested) {}

  /** Copies the lists. */
  public ProsePart {
    units = List.copyOf(units);
    lists = List.copyOf(lists);
  }

  /** The section id, for a section. */
  public Optional<String> sectionId() {
    return kind == Kind.SECTION ? Optional.of(id) : Optional.empty();
  }

  /** The number of words of its scored units. */
  public int words() {
    int total = 0;
    for (ProseUnit u : units) {
      total += u.words();
    }
    return total;
  }
}
