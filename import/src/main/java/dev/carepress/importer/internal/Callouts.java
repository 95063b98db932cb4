package dev.carepress.importer.internal;

import dev.carepress.model.Callout;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Boxed messages: Carepress's own, Bootstrap alerts, admonitions, {@code role=note} boxes and the
 * NHS's care cards ("Non-urgent advice", "Urgent advice", "Immediate action required": a heading and
 * what to do, kept together as one callout, the heading its first line).
 */
final class Callouts {
  private Callouts() {}

  /** The kind of callout the element is, if it is one. */
  static Optional<Callout.Kind> kind(Element e) {
    if (!e.is("div, aside, section, p, blockquote")) {
      return Optional.empty();
    }
    String classes = (" " + e.className() + " ").toLowerCase(Locale.ROOT);
    for (Callout.Kind kind : Callout.Kind.values()) {
      if (classes.contains("cp-callout-" + kind.id() + " ")) {
        return Optional.of(kind);
      }
    }
    if (classes.contains(" nhsuk-card--care ")) {
      // non-urgent: see a GP; urgent: 111 or an urgent appointment; immediate action: 999 or A&E
      return Optional.of(classes.contains(" nhsuk-card--care--non-urgent ") ? Callout.Kind.IMPORTANT : Callout.Kind.WARNING);
    }
    // German and French boxes: "box-warnung", "encadre attention", "hinweis", "astuce"
    boolean box = classes.matches(".*\\b(callout|alert|admonition|notice|note|tip|hint|warning|caution|important|info-box|infobox"
        + "|attention|achtung|warnung|avertissement|hinweis|astuce|tipp)\\b.*")
        || e.attr("role").equals("note") || e.attr("role").equals("alert");
    if (!box || e.is("blockquote") && !classes.contains("callout")) {
      return Optional.empty();
    }
    if (classes.matches(".*\\b(warning|danger|alert-danger|alert-warning|attention|achtung|warnung|avertissement)\\b.*")) {
      return Optional.of(Callout.Kind.WARNING);
    }
    if (classes.contains("caution")) {
      return Optional.of(Callout.Kind.CAUTION);
    }
    if (classes.matches(".*\\b(tip|hint|alert-success|astuce|tipp)\\b.*")) {
      return Optional.of(Callout.Kind.TIP);
    }
    if (classes.contains("important")) {
      return Optional.of(Callout.Kind.IMPORTANT);
    }
    return Optional.of(Callout.Kind.NOTE);
  }
}
