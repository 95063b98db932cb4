package dev.carepress.model;

import java.util.List;

/**
 * The first use in the body of a term the article's glossary defines. Renderers mark it (for
 * example with {@code <dfn>} and a link to the glossary entry).
 *
 * @param term the glossary entry's term, exactly as in {@link GlossaryEntry#term()}
 * @param content the words as they appear in the text, not empty
 */
public record GlossaryTerm(String term, List<Inline> content) implements Inline {
  /** Validates and copies the components. */
  public GlossaryTerm {
    Values.text(term, "term");
    content = Values.list(content, "content");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a glossary term needs text");
    }
  }

  /** A term whose text is the given words. */
  public static GlossaryTerm of(String term, String text) {
    return new GlossaryTerm(term, List.of(new Text(text)));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
