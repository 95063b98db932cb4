package dev.carepress.check.internal;

import java.util.BitSet;
import java.util.List;

/**
 * One unit of an article's text as the checks see it: a paragraph, a list item or a key point with
 * its sentences, or a block that is shown but not scored (a table, a figure, code).
 *
 * @param kind what the unit is
 * @param path where it is in the model, in record component names: {@code /sections/1/blocks/2/items/0/blocks/0}
 * @param index its 1-based number among the scored units of its part (0 for a skipped block)
 * @param listLevel 0 outside lists, 1 in a list, 2 in a list inside it …
 * @param text its plain text (for a skipped block, a short description)
 * @param excluded characters of {@code text} that are not prose (inline code, URLs shown as link text)
 * @param definedRanges start and end pairs of the glossary terms marked in the text
 * @param sentences its sentences (empty for a skipped block)
 */
public record ProseUnit(
    Kind kind, String path, int index, int listLevel, String text, BitSet excluded, List<int[]> definedRanges,
    List<Sentence> sentences) {

  /** What a unit is. */
  public enum Kind {
    /** A paragraph (also inside a quote or callout). */
    PARAGRAPH("paragraph"),
    /** A list item (its first paragraph). */
    LIST_ITEM("list item"),
    /** A key point. */
    KEY_POINT("key point"),
    /** A block shown but not scored: table, figure, code. */
    SKIPPED("block");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** How the kind is named in messages. */
    public String label() {
      return label;
    }
  }

  /** Copies the lists; the bit set is not copied (units are made once and never changed). */
  public ProseUnit {
    definedRanges = List.copyOf(definedRanges);
    sentences = List.copyOf(sentences);
  }

  /** The number of words. */
  public int words() {
    int total = 0;
    for (Sentence s : sentences) {
      total += s.words().size();
    }
    return total;
  }

  /** Whether the characters from start to end lie inside a glossary term marked in the text. */
  public boolean isDefinedAt(int start, int end) {
    for (int[] range : definedRanges) {
      if (start >= range[0] && end <= range[1]) {
        return true;
      }
    }
    return false;
  }
}
