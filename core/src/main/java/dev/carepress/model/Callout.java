package dev.carepress.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A boxed message of a known kind, written in Markdown as a GitHub alert ({@code > [!TIP]}).
 * Renderers show its kind as a visible label, never by colour alone.
 *
 * @param kind note, tip, important, warning or caution
 * @param blocks the content, not empty
 */
public record Callout(Kind kind, List<Block> blocks) implements Block {

  /** The kinds of callout, as GitHub alerts name them. */
  public enum Kind {
    /** Useful information the reader should know even when skimming. */
    NOTE,
    /** Advice that helps the reader do something more easily. */
    TIP,
    /** Information the reader needs to reach their goal. */
    IMPORTANT,
    /** Urgent information that needs immediate attention to avoid problems. */
    WARNING,
    /** Advice about risks or negative outcomes of an action. */
    CAUTION;

    /** The lower-case name used in sources and JSON, e.g. {@code tip}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this id (any case), if there is one. */
    public static Optional<Kind> fromId(String id) {
      for (Kind kind : values()) {
        if (kind.name().equalsIgnoreCase(id)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  /** Validates and copies the blocks. */
  public Callout {
    Values.present(kind, "kind");
    blocks = Values.list(blocks, "blocks");
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("a callout needs content");
    }
  }

  /** A callout holding one paragraph of plain text. */
  public static Callout of(Kind kind, String text) {
    return new Callout(kind, List.of(Paragraph.of(text)));
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
