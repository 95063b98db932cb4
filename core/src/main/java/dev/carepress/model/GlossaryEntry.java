package dev.carepress.model;

/**
 * A term and its plain-language definition.
 *
 * @param term the term as readers meet it, e.g. {@code relapse}
 * @param definition what it means, in plain language
 */
public record GlossaryEntry(String term, String definition) {
  /** Validates the components. */
  public GlossaryEntry {
    Values.text(term, "term");
    Values.text(definition, "definition");
  }
}
