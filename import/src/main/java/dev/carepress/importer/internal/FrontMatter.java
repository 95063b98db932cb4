package dev.carepress.importer.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Audience;
import dev.carepress.model.Crumb;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.Metadata;
import dev.carepress.model.Person;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an article's front matter as YAML, in the order the README lists the keys: plain scalars
 * where YAML reads them back as the same text, double-quoted ones (with escapes) everywhere else.
 */
final class FrontMatter {
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{M}\\p{N} ,.'()/%+?!\u2019-]*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", "nan", "inf");

  private final StringBuilder out = new StringBuilder();

  private FrontMatter() {}

  static String write(Article article) {
    FrontMatter yaml = new FrontMatter();
    yaml.article(article);
    return yaml.out.toString();
  }

  private void article(Article article) {
    Metadata m = article.metadata();
    scalar("title", m.title());
    m.subtitle().ifPresent(s -> scalar("subtitle", s));
    scalar("slug", m.slug());
    m.summary().ifPresent(s -> scalar("summary", s));
    scalar("language", m.language());
    m.category().ifPresent(s -> scalar("category", s));
    if (!m.breadcrumb().isEmpty()) {
      out.append("breadcrumb:\n");
      for (Crumb crumb : m.breadcrumb()) {
        if (crumb.url().isEmpty()) {
          item(crumb.label());
        } else {
          out.append("  - label: ").append(quote(crumb.label())).append('\n');
          out.append("    url: ").append(quote(crumb.url().get())).append('\n');
        }
      }
    }
    list("tags", m.tags());
    date("published", m.published());
    date("updated", m.updated());
    date("lastReviewed", m.lastReviewed());
    date("nextReview", m.nextReview());
    m.views().ifPresent(v -> out.append("views: ").append(v).append('\n'));
    people("authors", m.authors());
    people("reviewers", m.reviewers());
    if (!m.audience().isEmpty()) {
      out.append("audience: [")
          .append(String.join(", ", m.audience().stream().map(Audience::id).toList())).append("]\n");
    }
    if (!m.about().isEmpty()) {
      out.append("about:\n");
      for (Subject subject : m.about()) {
        if (subject.kind() == Subject.Kind.CONDITION) {
          item(subject.name());
        } else {
          out.append("  - name: ").append(quote(subject.name())).append('\n');
          out.append("    type: ").append(subject.kind().id()).append('\n');
        }
      }
    }
    m.image().ifPresent(image -> {
      out.append("image:\n  src: ").append(quote(image.src())).append('\n');
      if (!image.alt().isEmpty()) {
        out.append("  alt: ").append(quote(image.alt())).append('\n');
      }
    });
    m.url().ifPresent(url -> out.append("url: ").append(quote(url)).append('\n'));
    body(article);
  }

  private void body(Article article) {
    if (!article.keyPoints().isEmpty()) {
      out.append("keyPoints:\n");
      for (KeyPoint point : article.keyPoints()) {
        item(InlineWriter.write(point.content(), InlineWriter.Mode.KEY_POINT));
      }
    }
    if (!article.glossary().isEmpty()) {
      out.append("glossary:\n");
      for (GlossaryEntry entry : article.glossary()) {
        out.append("  ").append(quote(entry.term())).append(": ").append(quote(entry.definition())).append('\n');
      }
    }
    if (!article.references().isEmpty()) {
      out.append("references:\n");
      for (Reference ref : article.references()) {
        out.append("  - title: ").append(quote(ref.title())).append('\n');
        ref.url().ifPresent(u -> out.append("    url: ").append(quote(u)).append('\n'));
        ref.publisher().ifPresent(p -> out.append("    publisher: ").append(quote(p)).append('\n'));
        ref.year().ifPresent(y -> out.append("    year: ").append(y).append('\n'));
      }
    }
    if (!article.related().isEmpty()) {
      out.append("related:\n");
      for (RelatedLink link : article.related()) {
        out.append("  - title: ").append(quote(link.title())).append('\n');
        link.url().ifPresent(u -> out.append("    url: ").append(quote(u)).append('\n'));
        link.slug().ifPresent(s -> out.append("    slug: ").append(quote(s)).append('\n'));
        link.summary().ifPresent(s -> out.append("    summary: ").append(quote(s)).append('\n'));
      }
    }
    article.disclaimer().ifPresent(d -> scalar("disclaimer", d));
  }

  private void scalar(String key, String value) {
    out.append(key).append(": ").append(quote(value)).append('\n');
  }

  private void item(String value) {
    out.append("  - ").append(quote(value)).append('\n');
  }

  private void list(String key, List<String> values) {
    if (!values.isEmpty()) {
      out.append(key).append(":\n");
      values.forEach(this::item);
    }
  }

  private void date(String key, Optional<LocalDate> date) {
    date.ifPresent(d -> out.append(key).append(": ").append(d).append('\n'));
  }

  private void people(String key, List<Person> people) {
    if (people.isEmpty()) {
      return;
    }
    out.append(key).append(":\n");
    for (Person person : people) {
      if (person.credentials().isEmpty() && person.url().isEmpty()) {
        item(person.name());
        continue;
      }
      out.append("  - name: ").append(quote(person.name())).append('\n');
      person.credentials().ifPresent(c -> out.append("    credentials: ").append(quote(c)).append('\n'));
      person.url().ifPresent(u -> out.append("    url: ").append(quote(u)).append('\n'));
    }
  }

  /** The text as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
  static String quote(String text) {
    if (PLAIN.matcher(text).matches() && !text.endsWith(" ") && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    StringBuilder s = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '"': s.append("\\\""); break;
        case '\\': s.append("\\\\"); break;
        case '\n': s.append("\\n"); break;
        case '\t': s.append("\\t"); break;
        case '\r': s.append("\\r"); break;
        default:
          if (isPrintable(c)) {
            s.appendCodePoint(c);
          } else if (c <= 0xFFFF) {
            s.append(String.format(Locale.ROOT, "\\u%04X", c));
          } else {
            s.append(String.format(Locale.ROOT, "\\U%08X", c));
          }
      }
    }
    return s.append('"').toString();
  }

  /** YAML's printable characters, less those that are line breaks to YAML 1.1 and the byte order mark. */
  private static boolean isPrintable(int c) {
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
