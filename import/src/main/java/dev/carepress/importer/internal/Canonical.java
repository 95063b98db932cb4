package dev.carepress.importer.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Audience;
import dev.carepress.model.Block;
import dev.carepress.model.BlockVisitor;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Crumb;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.Image;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.ListItem;
import dev.carepress.model.Metadata;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.PlainText;
import dev.carepress.model.Quote;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Section;
import dev.carepress.model.Strong;
import dev.carepress.model.Subject;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import dev.carepress.model.ThematicBreak;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * An article in the form that Markdown with front matter can carry exactly, so that reading the
 * written file gives the same article: text as {@link Chars#clean} leaves it, inlines as {@link
 * CanonicalInlines} leaves them, section ids as the reader makes them from the titles, headings no
 * deeper than {@code ######}, footnotes in the order of their first reference (unreferenced ones
 * left out), no empty value, a caption-less table's following "Table: …" paragraph made its
 * caption. Everything the importer makes is in this form.
 */
public final class Canonical {
  private static final int MAX_SECTION_DEPTH = 4; // ## … ######

  private final CanonicalInlines inlines;

  private Canonical(Set<String> footnoteLabels) {
    this.inlines = new CanonicalInlines(footnoteLabels);
  }

  /** The canonical form of the article. */
  public static Article of(Article article) {
    // a footnote whose content comes out empty is left out, and so are the references to it
    Set<String> labels = new HashSet<>();
    article.footnotes().stream().map(Footnote::label).filter(l -> l.matches("[\\p{L}\\p{N}_.-]+")).forEach(labels::add);
    Canonical canonical = new Canonical(labels);
    List<Footnote> notes = canonical.footnotes(article.footnotes());
    while (notes.size() != labels.size()) {
      labels = new HashSet<>();
      for (Footnote note : notes) {
        labels.add(note.label());
      }
      canonical = new Canonical(labels);
      notes = canonical.footnotes(article.footnotes());
    }
    List<Block> intro = canonical.blocks(article.introduction());
    List<Section> body = Sections.withReaderIds(canonical.sections(article.sections(), 0));
    List<Footnote> footnotes = FootnoteOrder.of(intro, body, notes);
    List<KeyPoint> keyPoints = new ArrayList<>();
    for (KeyPoint point : article.keyPoints()) {
      var content = canonical.inlines.keyPoint(point.content());
      if (!content.isEmpty()) {
        keyPoints.add(new KeyPoint(content));
      }
    }
    return new Article(metadata(article.metadata()), intro, body, keyPoints, glossary(article.glossary()),
        footnotes, references(article.references()), related(article.related()),
        article.disclaimer().map(Chars::clean).filter(s -> !s.isEmpty()), article.source());
  }

  // ---------------------------------------------------------------- metadata

  static Metadata metadata(Metadata m) {
    String title = Chars.clean(m.title());
    List<Crumb> crumbs = new ArrayList<>();
    for (Crumb crumb : m.breadcrumb()) {
      String label = Chars.clean(crumb.label());
      if (!label.isEmpty()) {
        crumbs.add(new Crumb(label, text(crumb.url().map(Urls::clean))));
      }
    }
    List<String> tags = m.tags().stream().map(Chars::clean).filter(s -> !s.isEmpty()).toList();
    List<Subject> about = new ArrayList<>();
    for (Subject subject : m.about()) {
      String name = Chars.clean(subject.name());
      if (!name.isEmpty()) {
        about.add(new Subject(name, subject.kind()));
      }
    }
    Optional<Image> image = m.image().flatMap(i -> {
      String src = Urls.clean(i.src());
      return src.isEmpty() ? Optional.empty() : Optional.of(new Image(src, Chars.clean(i.alt())));
    });
    return new Metadata(
        title.isEmpty() ? "Untitled" : title, text(m.subtitle()), m.slug(), text(m.summary()), m.language(),
        text(m.category()), crumbs, tags, m.published(), m.updated(), m.lastReviewed(), m.nextReview(), m.views(),
        people(m.authors()), people(m.reviewers()), List.copyOf(new LinkedHashSet<Audience>(m.audience())), about,
        image, m.url());
  }

  private static Optional<String> text(Optional<String> text) {
    return text.map(Chars::clean).filter(s -> !s.isEmpty());
  }

  private static List<Person> people(List<Person> people) {
    List<Person> out = new ArrayList<>();
    for (Person person : people) {
      String name = Chars.clean(person.name());
      if (!name.isEmpty()) {
        out.add(new Person(name, text(person.credentials()), text(person.url().map(Urls::clean))));
      }
    }
    return out;
  }

  private static List<GlossaryEntry> glossary(List<GlossaryEntry> entries) {
    Map<String, GlossaryEntry> unique = new LinkedHashMap<>();
    for (GlossaryEntry entry : entries) {
      String term = Chars.clean(entry.term());
      String definition = Chars.clean(entry.definition());
      if (!term.isEmpty() && !definition.isEmpty()) {
        unique.putIfAbsent(term.toLowerCase(Locale.ROOT), new GlossaryEntry(term, definition));
      }
    }
    return List.copyOf(unique.values());
  }

  private static List<Reference> references(List<Reference> references) {
    List<Reference> out = new ArrayList<>();
    for (Reference ref : references) {
      String title = Chars.clean(ref.title());
      if (!title.isEmpty()) {
        OptionalInt year = ref.year().isPresent() && ref.year().getAsInt() >= 1 && ref.year().getAsInt() <= 9999
            ? ref.year() : OptionalInt.empty();
        out.add(new Reference(title, text(ref.url().map(Urls::clean)), text(ref.publisher()), year));
      }
    }
    return out;
  }

  private static List<RelatedLink> related(List<RelatedLink> links) {
    List<RelatedLink> out = new ArrayList<>();
    for (RelatedLink link : links) {
      String title = Chars.clean(link.title());
      Optional<String> url = text(link.url().map(Urls::clean));
      Optional<String> slug = text(link.slug());
      if (!title.isEmpty() && (url.isPresent() || slug.isPresent())) {
        out.add(new RelatedLink(title, url, slug, text(link.summary())));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- body

  private List<Section> sections(List<Section> sections, int depth) {
    List<Section> out = new ArrayList<>();
    for (Section section : sections) {
      String title = Chars.clean(section.title());
      List<Block> blocks = new ArrayList<>(blocks(section.blocks()));
      List<Section> subsections;
      if (depth + 1 > MAX_SECTION_DEPTH) {
        for (Section sub : section.subsections()) {
          flatten(sub, blocks);
        }
        subsections = List.of();
      } else {
        subsections = sections(section.subsections(), depth + 1);
      }
      out.add(new Section(section.id(), title.isEmpty() ? "Section" : title, blocks, subsections));
    }
    return out;
  }

  /** A section too deep for a Markdown heading: its title as a strong paragraph, then its content. */
  private void flatten(Section section, List<Block> into) {
    String title = Chars.clean(section.title());
    if (!title.isEmpty()) {
      into.add(new Paragraph(List.of(new Strong(List.of(new Text(title))))));
    }
    into.addAll(blocks(section.blocks()));
    section.subsections().forEach(s -> flatten(s, into));
  }

  private List<Footnote> footnotes(List<Footnote> footnotes) {
    List<Footnote> out = new ArrayList<>();
    for (Footnote footnote : footnotes) {
      List<Block> blocks = blocks(footnote.blocks());
      if (!blocks.isEmpty() && inlines.allows(footnote.label())) {
        out.add(new Footnote(footnote.label(), blocks));
      }
    }
    return out;
  }

  /** The canonical form of the blocks; empty ones are left out. */
  List<Block> blocks(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (Block block : blocks) {
      Block canonical = block.accept(visitor);
      if (canonical == null) {
        continue;
      }
      Block previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (canonical instanceof Paragraph && previous instanceof Table && ((Table) previous).caption().isEmpty()) {
        String plain = PlainText.of(((Paragraph) canonical).content()).strip();
        String caption = plain.startsWith("Table:") ? plain.substring("Table:".length()).strip() : "";
        if (!caption.isEmpty()) {
          out.set(out.size() - 1, ((Table) previous).withCaption(caption)); // what the reader does with it
          continue;
        }
      }
      out.add(canonical);
    }
    return out;
  }

  private List<ListItem> items(List<ListItem> items) {
    List<ListItem> out = new ArrayList<>();
    for (ListItem item : items) {
      List<Block> blocks = blocks(item.blocks());
      if (!blocks.isEmpty()) {
        out.add(new ListItem(blocks));
      }
    }
    return out;
  }

  private TableRow row(TableRow row) {
    List<TableCell> cells = new ArrayList<>();
    for (TableCell cell : row.cells()) {
      cells.add(new TableCell(inlines.block(cell.content(), true)));
    }
    return new TableRow(cells);
  }

  private static <T> T orNull(List<?> content, Function<Void, T> make) {
    return content.isEmpty() ? null : make.apply(null);
  }

  private final BlockVisitor<Block> visitor = new BlockVisitor<>() {
    @Override public Block visit(Paragraph p) {
      var content = inlines.paragraph(p.content());
      return orNull(content, v -> new Paragraph(content));
    }
    @Override public Block visit(BulletList list) {
      var items = items(list.items());
      return orNull(items, v -> new BulletList(items));
    }
    @Override public Block visit(OrderedList list) {
      var items = items(list.items());
      return orNull(items, v -> new OrderedList(Math.min(list.start(), 999_999_999), items));
    }
    @Override public Block visit(Quote quote) {
      var blocks = blocks(quote.blocks());
      return orNull(blocks, v -> new Quote(blocks));
    }
    @Override public Block visit(Callout callout) {
      var blocks = blocks(callout.blocks());
      return orNull(blocks, v -> new Callout(callout.kind(), blocks));
    }
    @Override public Block visit(Figure figure) {
      String src = Urls.clean(figure.src());
      return src.isEmpty() ? null : new Figure(src, Chars.clean(figure.alt()), text(figure.caption()));
    }
    @Override public Block visit(Table table) {
      List<TableRow> rows = table.rows().stream().map(Canonical.this::row).toList();
      return new Table(row(table.header()), rows, table.alignments(), text(table.caption()));
    }
    @Override public Block visit(CodeBlock code) {
      Optional<String> language = text(code.language()).map(l -> l.split(" ", 2)[0]);
      return new CodeBlock(language, code(code.code()));
    }
    @Override public Block visit(ThematicBreak rule) {
      return rule;
    }
  };

  /** Code as a file holds it: line ends {@code \n}, characters XML cannot hold replaced. */
  static String code(String code) {
    String text = code.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(
        c == '\n' || c == '\t' || dev.carepress.text.Xml.isAllowed(c) ? c : 0xFFFD));
    return out.toString();
  }
}
