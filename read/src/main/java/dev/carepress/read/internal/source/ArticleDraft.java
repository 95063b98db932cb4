package dev.carepress.read.internal.source;

import dev.carepress.model.Block;
import dev.carepress.model.Footnote;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.Metadata;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of an article as a reader finds them, before they are put together. Required parts
 * that were missing or wrong hold placeholders (and an error was reported), so that the other
 * checks can still run and report everything in one pass.
 */
public final class ArticleDraft {
  public Metadata metadata;
  public Pos start = Pos.START;
  /** False when the title is a placeholder (its absence was reported). */
  public boolean titleKnown = true;
  public final List<Block> introduction = new ArrayList<>();
  public final List<Section> sections = new ArrayList<>();
  public final List<KeyPoint> keyPoints = new ArrayList<>();
  public final List<GlossaryEntry> glossary = new ArrayList<>();
  public final List<Footnote> footnotes = new ArrayList<>();
  public final List<Reference> references = new ArrayList<>();
  public final List<RelatedLink> related = new ArrayList<>();
  public Optional<String> disclaimer = Optional.empty();
}
