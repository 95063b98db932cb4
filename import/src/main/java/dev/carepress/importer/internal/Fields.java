package dev.carepress.importer.internal;

import dev.carepress.importer.FieldSource;
import dev.carepress.importer.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values offered for each metadata field by the page's sources; the most trusted origin wins
 * (the first offer among equals), and the winner's origin is reported.
 */
public final class Fields {
  /** The front-matter keys in their order, for reports. */
  public static final List<String> ORDER = List.of(
      "title", "subtitle", "slug", "summary", "language", "category", "breadcrumb", "tags", "published", "updated",
      "lastReviewed", "nextReview", "views", "authors", "reviewers", "audience", "about", "image", "keyPoints",
      "glossary", "references", "related", "disclaimer", "footnotes");

  private record Offer(Object value, FieldSource source) {}

  private final Map<String, Offer> best = new HashMap<>();

  /** Offers a value stated by the source. Empty strings and lists are not offers. */
  public void offer(String field, Object value, Origin origin, String detail) {
    offer(field, value, origin, detail, false);
  }

  /** Offers a value inferred from the source. */
  public void guess(String field, Object value, Origin origin, String detail) {
    offer(field, value, origin, detail, true);
  }

  private void offer(String field, Object value, Origin origin, String detail, boolean guessed) {
    if (value == null || (value instanceof String && ((String) value).isBlank())
        || (value instanceof List && ((List<?>) value).isEmpty())) {
      return;
    }
    Offer current = best.get(field);
    if (current == null || origin.ordinal() < current.source().origin().ordinal()
        || (current.source().guessed() && !guessed && origin.ordinal() <= current.source().origin().ordinal())) {
      best.put(field, new Offer(value, new FieldSource(field, origin, detail, guessed)));
    }
  }

  /** Whether the field has a value. */
  public boolean has(String field) {
    return best.containsKey(field);
  }

  /** Whether the field's value was inferred rather than stated. */
  public boolean guessed(String field) {
    Offer offer = best.get(field);
    return offer != null && offer.source().guessed();
  }

  /** The winning value. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> get(String field) {
    Offer offer = best.get(field);
    return offer == null ? Optional.empty() : Optional.of((T) offer.value());
  }

  /** Forgets the field (its value did not survive). */
  public void drop(String field) {
    best.remove(field);
  }

  /** The sources of the fields that have values, in front-matter order. */
  public List<FieldSource> sources() {
    List<FieldSource> out = new ArrayList<>();
    for (String field : ORDER) {
      Offer offer = best.get(field);
      if (offer != null) {
        out.add(offer.source());
      }
    }
    return out;
  }
}
