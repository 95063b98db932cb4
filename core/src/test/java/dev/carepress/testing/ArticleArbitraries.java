package dev.carepress.testing;

import dev.carepress.model.Article;
import dev.carepress.model.Audience;
import dev.carepress.model.Block;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Code;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Crumb;
import dev.carepress.model.Emphasis;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Image;
import dev.carepress.model.Inline;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.ListItem;
import dev.carepress.model.Metadata;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.Quote;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Section;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Subject;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import dev.carepress.model.ThematicBreak;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of whole articles: every block and inline type, every optional field present
 * or absent, text with quotes, backslashes, control characters and non-Latin letters.
 */
public final class ArticleArbitraries {

  /** Articles of modest size (a few sections, nesting up to three levels). */
  public static Arbitrary<Article> articles() {
    return Combinators.combine(glossary(), Arbitraries.of("1", "n1", "source").set().ofMaxSize(3))
        .flatAs((glossary, labels) -> new ArticleArbitraries(
                glossary.stream().map(GlossaryEntry::term).toList(), List.copyOf(labels))
            .article(glossary));
  }

  private final List<String> terms;
  private final List<String> labels;

  private ArticleArbitraries(List<String> terms, List<String> labels) {
    this.terms = terms;
    this.labels = labels;
  }

  /** An article whose footnote references and glossary terms all resolve. */
  private Arbitrary<Article> article(List<GlossaryEntry> glossary) {
    return Combinators.combine(
            metadata(), blocks(2).list().ofMaxSize(3).map(ArticleArbitraries::flat), sections(),
            keyPoint().list().ofMaxSize(3), footnotes(), references(), related(), optional(text()))
        .as((metadata, intro, sections, keyPoints, footnotes, references, related, disclaimer) ->
            new Article(metadata, intro, sections, keyPoints, glossary, footnotes, references, related,
                disclaimer, Optional.empty()));
  }

  static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars(" \"\\/<>&'\t\n\u00e9\u00f1\u4e2d\u0627\u00a0{}[]:*_#")
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> !s.isBlank());
  }

  static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> value) {
    return value.optional(0.5);
  }

  static Arbitrary<String> url() {
    return Arbitraries.of(
        "https://example.org/a?b=1&c=2", "http://x.org", "mailto:a@b.org", "#top", "../other.md", "javascript:x()",
        "images/\u00e9t\u00e9.png");
  }

  static Arbitrary<Metadata> metadata() {
    Arbitrary<Optional<LocalDate>> date =
        optional(Arbitraries.integers().between(0, 20000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d)));
    Arbitrary<List<Person>> people = person().list().ofMaxSize(2);
    Arbitrary<Metadata> first = Combinators.combine(
            text(), optional(text()), Arbitraries.of("a", "asthma-guide", "x.y_z", "\u00e9t\u00e9-2"), optional(text()),
            Arbitraries.of("en", "es", "es-MX", "ar", "zh-Hant-TW"), optional(text()),
            crumb().list().ofMaxSize(3), text().list().ofMaxSize(3))
        .as((title, subtitle, slug, summary, language, category, crumbs, tags) -> new Metadata(
            title, subtitle, slug, summary, language, category, crumbs, tags, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), OptionalLong.empty(), List.of(), List.of(), List.of(), List.of(),
            Optional.empty()));
    return Combinators.combine(
            first, date, date, date, date,
            Arbitraries.longs().between(0, Long.MAX_VALUE).optional(0.5), people, people)
        .as((m, published, updated, lastReviewed, nextReview, views, authors, reviewers) -> new Metadata(
            m.title(), m.subtitle(), m.slug(), m.summary(), m.language(), m.category(), m.breadcrumb(), m.tags(),
            published, updated, lastReviewed, nextReview,
            views.map(OptionalLong::of).orElse(OptionalLong.empty()), authors, reviewers, List.of(), List.of(),
            Optional.empty()))
        .flatMap(m -> Combinators.combine(
                Arbitraries.of(Audience.class).set().ofMaxSize(3), subject().list().ofMaxSize(2),
                optional(Combinators.combine(url(), Arbitraries.of("", "A chart")).as(Image::new)),
                optional(Arbitraries.of("https://health.example.org/asthma.html", "http://example.org/a?b=c#d")))
            .as((audience, about, image, url) -> new Metadata(
                m.title(), m.subtitle(), m.slug(), m.summary(), m.language(), m.category(), m.breadcrumb(),
                m.tags(), m.published(), m.updated(), m.lastReviewed(), m.nextReview(), m.views(), m.authors(),
                m.reviewers(), List.copyOf(audience), about, image, url)));
  }

  static Arbitrary<Person> person() {
    return Combinators.combine(text(), optional(text()), optional(url())).as(Person::new);
  }

  static Arbitrary<Crumb> crumb() {
    return Combinators.combine(text(), optional(url())).as(Crumb::new);
  }

  static Arbitrary<Subject> subject() {
    return Combinators.combine(text(), Arbitraries.of(Subject.Kind.class)).as(Subject::new);
  }

  Arbitrary<KeyPoint> keyPoint() {
    return inline(1).list().ofMinSize(1).ofMaxSize(3).map(KeyPoint::new);
  }

  static Arbitrary<List<GlossaryEntry>> glossary() {
    return Combinators.combine(text(), text()).as(GlossaryEntry::new).list().ofMaxSize(3).map(entries -> {
      Map<String, GlossaryEntry> unique = new LinkedHashMap<>();
      entries.forEach(e -> unique.putIfAbsent(e.term().toLowerCase(Locale.ROOT), e));
      return List.copyOf(unique.values());
    });
  }

  Arbitrary<List<Footnote>> footnotes() {
    return blocks(1).list().ofMinSize(1).ofMaxSize(2).map(ArticleArbitraries::flat).list().ofSize(labels.size())
        .map(contents -> {
          List<Footnote> footnotes = new ArrayList<>();
          for (int i = 0; i < contents.size(); i++) {
            footnotes.add(new Footnote(labels.get(i), contents.get(i)));
          }
          return footnotes;
        });
  }

  static Arbitrary<List<Reference>> references() {
    return Combinators.combine(text(), optional(url()), optional(text()), Arbitraries.integers().between(1, 2100)
            .optional(0.5))
        .as((title, url, publisher, year) ->
            new Reference(title, url, publisher, year.map(OptionalInt::of).orElse(OptionalInt.empty())))
        .list().ofMaxSize(2);
  }

  static Arbitrary<List<RelatedLink>> related() {
    Arbitrary<RelatedLink> bySlug =
        Combinators.combine(text(), optional(url()), Arbitraries.of("allergies", "hand-washing"), optional(text()))
            .as((title, url, slug, summary) -> new RelatedLink(title, url, Optional.of(slug), summary));
    Arbitrary<RelatedLink> byUrl = Combinators.combine(text(), url(), optional(text()))
        .as((title, url, summary) -> new RelatedLink(title, Optional.of(url), Optional.empty(), summary));
    return Arbitraries.oneOf(bySlug, byUrl).list().ofMaxSize(2);
  }

  Arbitrary<List<Section>> sections() {
    Arbitrary<Section> leaf = Combinators.combine(text(), blocks(2).list().ofMaxSize(2).map(ArticleArbitraries::flat))
        .as((title, blocks) -> new Section("x", title, blocks, List.of()));
    Arbitrary<Section> parent = Combinators.combine(
            text(), blocks(1).list().ofMaxSize(2).map(ArticleArbitraries::flat), leaf.list().ofMaxSize(2))
        .as((title, blocks, subsections) -> new Section("x", title, blocks, subsections));
    return Arbitraries.oneOf(leaf, parent).list().ofMaxSize(3).map(sections -> {
      AtomicInteger counter = new AtomicInteger();
      return sections.stream().map(s -> renumber(s, counter)).toList();
    });
  }

  private static Section renumber(Section section, AtomicInteger counter) {
    String id = "s-" + counter.incrementAndGet();
    return new Section(id, section.title(), section.blocks(),
        section.subsections().stream().map(s -> renumber(s, counter)).toList());
  }

  /** One block, or (for figure-free variety) a short list of them; nesting depth at most {@code depth}. */
  Arbitrary<List<Block>> blocks(int depth) {
    return block(depth).map(List::of);
  }

  Arbitrary<Block> block(int depth) {
    Arbitrary<List<Inline>> inlines = inline(2).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<Block> paragraph = inlines.map(Paragraph::new);
    Arbitrary<Block> figure = Combinators.combine(url(), Arbitraries.of("", "A nurse"), optional(text())).as(Figure::new);
    Arbitrary<Block> code = Combinators.combine(optional(Arbitraries.of("json", "text")), Arbitraries.of("", "a\n  b", "x"))
        .as(CodeBlock::new);
    Arbitrary<Block> rule = Arbitraries.just(new ThematicBreak());
    Arbitrary<Block> table = Arbitraries.integers().between(1, 3).flatMap(width -> Combinators.combine(
            row(width), row(width).list().ofMaxSize(2), Arbitraries.of(Table.Alignment.class).list().ofSize(width),
            optional(text()))
        .as(Table::new));
    if (depth <= 0) {
      return Arbitraries.oneOf(paragraph, figure, code, rule, table);
    }
    Arbitrary<List<Block>> children = block(depth - 1).list().ofMinSize(1).ofMaxSize(2);
    Arbitrary<ListItem> item = children.map(ListItem::new);
    Arbitrary<Block> bullets = item.list().ofMinSize(1).ofMaxSize(3).map(BulletList::new);
    Arbitrary<Block> ordered = Combinators.combine(Arbitraries.of(0, 1, 7), item.list().ofMinSize(1).ofMaxSize(2))
        .as(OrderedList::new);
    Arbitrary<Block> quote = children.map(Quote::new);
    Arbitrary<Block> callout = Combinators.combine(Arbitraries.of(Callout.Kind.class), children).as(Callout::new);
    return Arbitraries.oneOf(paragraph, figure, code, rule, table, bullets, ordered, quote, callout);
  }

  Arbitrary<TableRow> row(int width) {
    return inline(1).list().ofMaxSize(2).map(TableCell::new).list().ofSize(width).map(TableRow::new);
  }

  Arbitrary<Inline> inline(int depth) {
    List<Arbitrary<Inline>> leaves = new ArrayList<>();
    leaves.add(text().map(Text::new));
    leaves.add(text().map(Code::new));
    leaves.add(Arbitraries.just(new LineBreak()));
    if (!labels.isEmpty()) {
      leaves.add(Arbitraries.of(labels).map(FootnoteReference::new));
    }
    if (depth <= 0) {
      return Arbitraries.oneOf(leaves);
    }
    Arbitrary<List<Inline>> content = inline(depth - 1).list().ofMinSize(1).ofMaxSize(2);
    List<Arbitrary<Inline>> all = new ArrayList<>(leaves);
    all.add(content.map(Emphasis::new));
    all.add(content.map(Strong::new));
    all.add(content.map(Strikethrough::new));
    all.add(Combinators.combine(url(), optional(text()), content).as(Link::new));
    if (!terms.isEmpty()) {
      all.add(Combinators.combine(Arbitraries.of(terms), content).as(GlossaryTerm::new));
    }
    return Arbitraries.oneOf(all);
  }

  private static List<Block> flat(List<List<Block>> lists) {
    return lists.stream().flatMap(List::stream).toList();
  }
}
