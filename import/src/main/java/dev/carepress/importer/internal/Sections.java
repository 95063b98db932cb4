package dev.carepress.importer.internal;

import dev.carepress.model.Section;
import dev.carepress.model.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Section ids as the Markdown reader makes them: unique slugs of the titles, in reading order. */
public final class Sections {
  private Sections() {}

  /** The sections with the ids the reader gives them. */
  public static List<Section> withReaderIds(List<Section> sections) {
    return renumber(sections, new HashSet<>());
  }

  private static List<Section> renumber(List<Section> sections, Set<String> taken) {
    List<Section> out = new ArrayList<>();
    for (Section section : sections) {
      String id = Slugs.unique(section.title(), taken);
      out.add(new Section(id, section.title(), section.blocks(), renumber(section.subsections(), taken)));
    }
    return out;
  }
}
