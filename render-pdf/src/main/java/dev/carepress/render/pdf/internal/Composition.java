package dev.carepress.render.pdf.internal;

import dev.carepress.Problem;
import dev.carepress.render.Labels;
import dev.carepress.render.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One render's composing: the tools every composer shares and what they collect — errors that stop
 * the render, and the outline. Made for each render and never shared between renders.
 */
final class Composition {
  final Theme theme;
  final Styles styles;
  final Typesetter typesetter;
  final Diagnostics diagnostics;
  final RenderContext context;
  /** The slugs of a booklet's articles, whose related links go inside the booklet; empty for a handout. */
  final Set<String> bookSlugs;
  private final Function<String, Labels> labels;
  private final List<Problem> errors = new ArrayList<>();
  private final List<Outline> outline = new ArrayList<>();

  Composition(Theme theme, Typesetter typesetter, Diagnostics diagnostics, RenderContext context,
      Set<String> bookSlugs, Function<String, Labels> labels) {
    this.theme = theme;
    this.styles = new Styles(theme.type());
    this.typesetter = typesetter;
    this.diagnostics = diagnostics;
    this.context = context;
    this.bookSlugs = Set.copyOf(bookSlugs);
    this.labels = labels;
  }

  /** The labels for a language, with the user's overrides. */
  Labels labels(String languageTag) {
    return labels.apply(languageTag);
  }

  /** Records an error; the render fails with every error once composing is done. */
  void error(Problem problem) {
    errors.add(problem);
  }

  List<Problem> errors() {
    return errors;
  }

  /** Adds an entry to the document outline. */
  void outline(Outline entry) {
    outline.add(entry);
  }

  List<Outline> outline() {
    return outline;
  }
}
