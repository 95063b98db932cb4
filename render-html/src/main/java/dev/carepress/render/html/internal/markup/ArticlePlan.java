package dev.carepress.render.html.internal.markup;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.Slugs;
import dev.carepress.render.Labels;
import dev.carepress.render.html.markup.MarkupOptions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is fixed about one article's markup before a byte is written: its labels, options and
 * dialect, and the ids of its generated parts and glossary entries. Immutable.
 */
public final class ArticlePlan {
  private static final String[] PARTS = {
    "title", "key-points", "contents", "glossary", "footnotes", "references", "related", "review", "disclaimer"
  };

  private final Article article;
  private final Labels labels;
  private final MarkupOptions options;
  private final MarkupDialect dialect;
  private final Map<String, String> partIds;
  private final Map<String, String> termIds;

  /** The plan of the article with these labels and options. */
  public ArticlePlan(Article article, Labels labels, MarkupOptions options) {
    this.article = article;
    this.labels = labels;
    this.options = options;
    this.dialect = MarkupDialect.of(options.dialect());
    this.partIds = partIds(article);
    this.termIds = termIds(article);
  }

  /** The article. */
  public Article article() {
    return article;
  }

  Labels labels() {
    return labels;
  }

  MarkupOptions options() {
    return options;
  }

  MarkupDialect dialect() {
    return dialect;
  }

  /**
   * The id written for a generated part ({@code title}, {@code key-points} …), {@code cp-} first
   * when a section already has that id, or for anything else the given id; with the prefix.
   */
  public String id(String name) {
    return options.idPrefix() + partIds.getOrDefault(name, name);
  }

  /** The id of the glossary entry of a term (without the prefix), if the glossary has it. */
  Optional<String> termId(String term) {
    return Optional.ofNullable(termIds.get(key(term)));
  }

  /** The id of the glossary entry of a term that is in the glossary, without the prefix. */
  String entryId(GlossaryEntry entry) {
    return termIds.get(key(entry.term()));
  }

  /** Reports a warning about the article. */
  void warn(String code, String message, String hint) {
    String source = article.source().map(Object::toString).orElse(article.slug());
    options.warnings().accept(Problem.warning(code, source, 0, 0, message, hint));
  }

  private static Map<String, String> partIds(Article article) {
    Set<String> taken = new HashSet<>();
    article.allSections().forEach(s -> taken.add(s.id()));
    Map<String, String> ids = new HashMap<>();
    for (String part : PARTS) {
      ids.put(part, taken.contains(part) ? "cp-" + part : part);
    }
    return ids;
  }

  private static Map<String, String> termIds(Article article) {
    Map<String, String> ids = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (GlossaryEntry entry : article.glossary()) {
      String base = "term-" + Slugs.slugify(entry.term());
      String id = base;
      for (int n = 2; !taken.add(id); n++) {
        id = base + "-" + n;
      }
      ids.put(key(entry.term()), id);
    }
    return ids;
  }

  private static String key(String term) {
    return term.toLowerCase(Locale.ROOT);
  }
}
