package dev.carepress.render.html.internal.markup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What writing one document has done so far that later parts depend on: how often each footnote
 * was referred to (its back-links) and which glossary terms are already linked (only the first use
 * is). One per document, used by one thread.
 */
public final class DocumentState {
  private final Map<String, Integer> noteReferences = new HashMap<>();
  private final Set<String> termsLinked = new HashSet<>();

  /** A document with nothing written yet. */
  public DocumentState() {}

  /** Counts one more reference to the footnote; returns how many there are now. */
  int referToNote(String label) {
    return noteReferences.merge(label, 1, Integer::sum);
  }

  /** How many times the footnote was referred to. */
  int noteReferences(String label) {
    return noteReferences.getOrDefault(label, 0);
  }

  /** Marks the glossary entry linked; {@code false} when it already was. */
  boolean linkTerm(String termId) {
    return termsLinked.add(termId);
  }
}
