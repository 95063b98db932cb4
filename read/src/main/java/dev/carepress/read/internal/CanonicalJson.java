package dev.carepress.read.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.BlockVisitor;
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
import dev.carepress.model.InlineVisitor;
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
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes an article as canonical JSON with Jackson's generator: properties in a fixed order, two
 * spaces of indentation, {@code \n} line ends, a final newline, absent and empty values left out.
 * The same article always gives the same bytes, and JSON read back writes out unchanged.
 */
public final class CanonicalJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final DefaultPrettyPrinter PRETTY = createPrettyPrinter();

  private final JsonGenerator g;

  private CanonicalJson(JsonGenerator g) {
    this.g = g;
  }

  private static DefaultPrettyPrinter createPrettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /**
   * The indentation every JSON Carepress writes uses: two spaces, {@code "key": value}, one array
   * element a line, {@code {}} and {@code []} when empty. Stateless until {@code createInstance()}.
   */
  public static DefaultPrettyPrinter prettyPrinter() {
    return PRETTY;
  }

  /** Writes the article and a final newline; the writer is flushed, not closed. */
  public static void write(Article article, Writer out) throws IOException {
    ObjectWriteContext context = new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return PRETTY.createInstance();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
    try {
      JsonGenerator g = FACTORY.createGenerator(context, out);
      new CanonicalJson(g).article(article);
      g.flush();
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw e;
    }
    out.write('\n');
    out.flush();
  }

  private void article(Article article) {
    Metadata m = article.metadata();
    g.writeStartObject();
    g.writeStringProperty("title", m.title());
    text("subtitle", m.subtitle());
    g.writeStringProperty("slug", m.slug());
    text("summary", m.summary());
    g.writeStringProperty("language", m.language());
    text("category", m.category());
    array("breadcrumb", m.breadcrumb(), this::crumb);
    array("tags", m.tags(), g::writeString);
    m.published().ifPresent(d -> g.writeStringProperty("published", d.toString()));
    m.updated().ifPresent(d -> g.writeStringProperty("updated", d.toString()));
    m.lastReviewed().ifPresent(d -> g.writeStringProperty("lastReviewed", d.toString()));
    m.nextReview().ifPresent(d -> g.writeStringProperty("nextReview", d.toString()));
    if (m.views().isPresent()) {
      g.writeNumberProperty("views", m.views().getAsLong());
    }
    array("authors", m.authors(), this::person);
    array("reviewers", m.reviewers(), this::person);
    array("audience", m.audience(), a -> g.writeString(a.id()));
    array("about", m.about(), this::subject);
    m.image().ifPresent(i -> {
      g.writeName("image");
      image(i);
    });
    array("keyPoints", article.keyPoints(), this::keyPoint);
    blocks("introduction", article.introduction());
    array("sections", article.sections(), this::section);
    if (!article.glossary().isEmpty()) {
      g.writeObjectPropertyStart("glossary");
      for (GlossaryEntry entry : article.glossary()) {
        g.writeStringProperty(entry.term(), entry.definition());
      }
      g.writeEndObject();
    }
    array("footnotes", article.footnotes(), this::footnote);
    array("references", article.references(), this::reference);
    array("related", article.related(), this::related);
    text("disclaimer", article.disclaimer());
    g.writeEndObject();
  }

  private void crumb(Crumb crumb) {
    g.writeStartObject();
    g.writeStringProperty("label", crumb.label());
    text("url", crumb.url());
    g.writeEndObject();
  }

  private void person(Person person) {
    g.writeStartObject();
    g.writeStringProperty("name", person.name());
    text("credentials", person.credentials());
    text("url", person.url());
    g.writeEndObject();
  }

  private void subject(Subject subject) {
    g.writeStartObject();
    g.writeStringProperty("name", subject.name());
    g.writeStringProperty("type", subject.kind().id());
    g.writeEndObject();
  }

  private void image(Image image) {
    g.writeStartObject();
    g.writeStringProperty("src", image.src());
    if (!image.alt().isEmpty()) {
      g.writeStringProperty("alt", image.alt());
    }
    g.writeEndObject();
  }

  private void keyPoint(KeyPoint point) {
    g.writeStartObject();
    inlines("content", point.content());
    g.writeEndObject();
  }

  private void section(Section section) {
    g.writeStartObject();
    g.writeStringProperty("id", section.id());
    g.writeStringProperty("title", section.title());
    blocks("blocks", section.blocks());
    array("subsections", section.subsections(), this::section);
    g.writeEndObject();
  }

  private void footnote(Footnote footnote) {
    g.writeStartObject();
    g.writeStringProperty("label", footnote.label());
    blocks("blocks", footnote.blocks());
    g.writeEndObject();
  }

  private void reference(Reference reference) {
    g.writeStartObject();
    g.writeStringProperty("title", reference.title());
    text("url", reference.url());
    text("publisher", reference.publisher());
    if (reference.year().isPresent()) {
      g.writeNumberProperty("year", reference.year().getAsInt());
    }
    g.writeEndObject();
  }

  private void related(RelatedLink link) {
    g.writeStartObject();
    g.writeStringProperty("title", link.title());
    text("url", link.url());
    text("slug", link.slug());
    text("summary", link.summary());
    g.writeEndObject();
  }

  private void blocks(String name, List<Block> blocks) {
    array(name, blocks, this::block);
  }

  private void block(Block block) {
    g.writeStartObject();
    block.accept(new BlockVisitor<Void>() {
      @Override
      public Void visit(Paragraph paragraph) {
        type("paragraph");
        inlines("content", paragraph.content());
        return null;
      }

      @Override
      public Void visit(BulletList list) {
        type("bulletList");
        array("items", list.items(), CanonicalJson.this::item);
        return null;
      }

      @Override
      public Void visit(OrderedList list) {
        type("orderedList");
        if (list.start() != 1) {
          g.writeNumberProperty("start", list.start());
        }
        array("items", list.items(), CanonicalJson.this::item);
        return null;
      }

      @Override
      public Void visit(Quote quote) {
        type("quote");
        blocks("blocks", quote.blocks());
        return null;
      }

      @Override
      public Void visit(Callout callout) {
        type("callout");
        g.writeStringProperty("kind", callout.kind().id());
        blocks("blocks", callout.blocks());
        return null;
      }

      @Override
      public Void visit(Figure figure) {
        type("figure");
        g.writeStringProperty("src", figure.src());
        if (!figure.alt().isEmpty()) {
          g.writeStringProperty("alt", figure.alt());
        }
        text("caption", figure.caption());
        return null;
      }

      @Override
      public Void visit(Table table) {
        type("table");
        g.writeName("header");
        row(table.header());
        array("rows", table.rows(), CanonicalJson.this::row);
        g.writeArrayPropertyStart("alignments");
        for (Table.Alignment alignment : table.alignments()) {
          g.writeString(alignment.id());
        }
        g.writeEndArray();
        text("caption", table.caption());
        return null;
      }

      @Override
      public Void visit(CodeBlock codeBlock) {
        type("codeBlock");
        text("language", codeBlock.language());
        g.writeStringProperty("code", codeBlock.code());
        return null;
      }

      @Override
      public Void visit(ThematicBreak thematicBreak) {
        type("thematicBreak");
        return null;
      }
    });
    g.writeEndObject();
  }

  private void item(ListItem item) {
    g.writeStartObject();
    blocks("blocks", item.blocks());
    g.writeEndObject();
  }

  private void row(TableRow row) {
    g.writeStartArray();
    for (TableCell cell : row.cells()) {
      g.writeStartArray();
      cell.content().forEach(this::inline);
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private void inlines(String name, List<Inline> inlines) {
    array(name, inlines, this::inline);
  }

  private void inline(Inline inline) {
    g.writeStartObject();
    inline.accept(new InlineVisitor<Void>() {
      @Override
      public Void visit(Text text) {
        type("text");
        g.writeStringProperty("text", text.text());
        return null;
      }

      @Override
      public Void visit(Emphasis emphasis) {
        type("emphasis");
        inlines("content", emphasis.content());
        return null;
      }

      @Override
      public Void visit(Strong strong) {
        type("strong");
        inlines("content", strong.content());
        return null;
      }

      @Override
      public Void visit(Strikethrough strike) {
        type("strikethrough");
        inlines("content", strike.content());
        return null;
      }

      @Override
      public Void visit(Code code) {
        type("code");
        g.writeStringProperty("code", code.code());
        return null;
      }

      @Override
      public Void visit(Link link) {
        type("link");
        g.writeStringProperty("url", link.url());
        text("title", link.title());
        inlines("content", link.content());
        return null;
      }

      @Override
      public Void visit(LineBreak lineBreak) {
        type("lineBreak");
        return null;
      }

      @Override
      public Void visit(FootnoteReference reference) {
        type("footnoteReference");
        g.writeStringProperty("label", reference.label());
        return null;
      }

      @Override
      public Void visit(GlossaryTerm term) {
        type("glossaryTerm");
        g.writeStringProperty("term", term.term());
        inlines("content", term.content());
        return null;
      }
    });
    g.writeEndObject();
  }

  private void type(String type) {
    g.writeStringProperty("type", type);
  }

  private void text(String name, Optional<String> value) {
    value.ifPresent(v -> g.writeStringProperty(name, v));
  }

  private <T> void array(String name, List<T> values, Consumer<T> element) {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart(name);
    values.forEach(element);
    g.writeEndArray();
  }
}
