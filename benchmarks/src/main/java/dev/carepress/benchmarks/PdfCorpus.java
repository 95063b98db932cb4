package dev.carepress.benchmarks;

import dev.carepress.model.Article;
import dev.carepress.model.ArticleBuilder;
import dev.carepress.model.Block;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Code;
import dev.carepress.model.Emphasis;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.Inline;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.Link;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.Reference;
import dev.carepress.model.Section;
import dev.carepress.model.Slugs;
import dev.carepress.model.Strong;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the benchmark corpus of {@code gen_corpus.py}. It uses core's {@code MarkdownArticleReader}
 * when that class is on the classpath; until the reader lands, a small reader for exactly the
 * corpus's subset of Markdown (front matter keys, headings, paragraphs, lists, tables, callouts,
 * footnotes, emphasis and links) stands in. Benchmark support only: not a Markdown reader.
 */
final class PdfCorpus {
  private static final Pattern INLINE =
      Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*|\\[\\^([^\\]]+)\\]|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)|`([^`]+)`");

  private PdfCorpus() {}

  /** The article in the file. */
  static Article article(Path file) {
    try {
      Class<?> reader = Class.forName("dev.carepress.read.MarkdownArticleReader");
      Object instance = reader.getMethod("create").invoke(null);
      Method read = reader.getMethod("read", Path.class);
      return (Article) read.invoke(instance, file);
    } catch (ReflectiveOperationException e) {
      return interim(file);
    }
  }

  /** The first {@code count} articles listed in the folder's {@code book.yaml}, as a book. */
  static Book book(Path dir, int count) {
    List<Article> articles = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(dir.resolve("book.yaml"), StandardCharsets.UTF_8)) {
        if (line.startsWith("  - ") && line.endsWith(".md") && articles.size() < count) {
          articles.add(article(dir.resolve(line.substring(4).strip())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Book.of(new BookMetadata("Everyday Health Guide", Optional.of("Benchmark booklet"), "everyday-health-guide",
        List.of(Person.of("Renée Okafor", "MD, MPH")), Optional.of("Example Health Press"), "en", Optional.empty(),
        Optional.empty()), articles);
  }

  private static Article interim(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = file.getFileName().toString();
    ArticleBuilder b = Article.builder().source(file).slug(name.substring(0, name.length() - 3));
    int i = 1;
    String list = "";
    String refTitle = null;
    String refUrl = null;
    String refPublisher = null;
    for (; i < lines.size() && !lines.get(i).equals("---"); i++) {
      String line = lines.get(i);
      if (!line.startsWith(" ") && line.contains(":")) {
        String key = line.substring(0, line.indexOf(':'));
        String value = unquote(line.substring(line.indexOf(':') + 1).strip());
        list = value.isEmpty() ? key : "";
        switch (key) {
          case "title": b.title(value); break;
          case "summary": b.summary(value); break;
          case "language": b.language(value); break;
          case "lastReviewed": b.lastReviewed(LocalDate.parse(value)); break;
          case "published": b.published(LocalDate.parse(value)); break;
          case "disclaimer": b.disclaimer(value); break;
          default: break;
        }
      } else if (list.equals("keyPoints") && line.startsWith("  - ")) {
        b.keyPoint(new KeyPoint(inlines(line.substring(4))));
      } else if (list.equals("glossary") && line.startsWith("  ") && line.contains(": ")) {
        b.term(line.substring(2, line.indexOf(':')), line.substring(line.indexOf(':') + 2));
      } else if (list.equals("reviewers") && line.startsWith("  - name: ")) {
        b.reviewer(Person.of(line.substring(10)));
      } else if (list.equals("references")) {
        String t = line.strip().replaceFirst("^- ", "");
        if (t.startsWith("title: ")) {
          refTitle = unquote(t.substring(7));
        } else if (t.startsWith("url: ")) {
          refUrl = t.substring(5);
        } else if (t.startsWith("publisher: ")) {
          refPublisher = t.substring(11);
        } else if (t.startsWith("year: ") && refTitle != null) {
          b.reference(new Reference(refTitle, Optional.ofNullable(refUrl), Optional.ofNullable(refPublisher),
              OptionalInt.of(Integer.parseInt(t.substring(6)))));
          refTitle = null;
        }
      }
    }
    List<Block> intro = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Block> current = intro;
    String title = null;
    List<Section> subs = null;
    List<Block> top = null;
    String topTitle = null;
    for (i++; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("## ") || line.startsWith("### ")) {
        if (title != null) {
          Section s = new Section(Slugs.unique(title, ids), title, current, List.of());
          if (subs != null) {
            subs.add(s);
          } else if (line.startsWith("## ")) {
            sections.add(s);
          }
          if (subs == null && line.startsWith("### ")) {
            top = current;
            topTitle = title;
            subs = new ArrayList<>();
          }
        }
        if (line.startsWith("## ") && subs != null) {
          sections.add(new Section(Slugs.unique(topTitle, ids), topTitle, top, subs));
          subs = null;
        }
        title = line.substring(line.indexOf(' ') + 1).strip();
        current = new ArrayList<>();
      } else if (line.startsWith("[^")) {
        int close = line.indexOf("]:");
        b.footnote(Footnote.of(line.substring(2, close), line.substring(close + 2).strip()));
      } else if (line.startsWith("- ") || line.matches("\\d+\\. .*")) {
        boolean ordered = !line.startsWith("- ");
        List<ListItem> items = new ArrayList<>();
        for (; i < lines.size() && (lines.get(i).startsWith("- ") || lines.get(i).matches("\\d+\\. .*")); i++) {
          String item = lines.get(i);
          items.add(ListItem.of(new Paragraph(inlines(item.substring(item.indexOf(' ') + 1)))));
        }
        i--;
        current.add(ordered ? new OrderedList(1, items) : new BulletList(items));
      } else if (line.startsWith("|")) {
        List<TableRow> rows = new ArrayList<>();
        for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
          if (!lines.get(i).startsWith("| ---")) {
            List<TableCell> cells = new ArrayList<>();
            String[] parts = lines.get(i).split("\\|");
            for (int c = 1; c < parts.length; c++) {
              cells.add(new TableCell(inlines(parts[c].strip())));
            }
            rows.add(new TableRow(cells));
          }
        }
        i--;
        current.add(Table.of(rows.get(0), rows.subList(1, rows.size())));
      } else if (line.startsWith("> [!")) {
        Callout.Kind kind = Callout.Kind.fromId(line.substring(4, line.indexOf(']'))).orElse(Callout.Kind.NOTE);
        StringBuilder text = new StringBuilder();
        for (i++; i < lines.size() && lines.get(i).startsWith(">"); i++) {
          text.append(lines.get(i).substring(1).strip()).append(' ');
        }
        i--;
        current.add(new Callout(kind, List.of(new Paragraph(inlines(text.toString().strip())))));
      } else if (!line.isBlank()) {
        StringBuilder text = new StringBuilder(line);
        for (i++; i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("#"); i++) {
          text.append(' ').append(lines.get(i));
        }
        i--;
        current.add(new Paragraph(inlines(text.toString())));
      }
    }
    if (title != null) {
      Section s = new Section(Slugs.unique(title, ids), title, current, List.of());
      if (subs != null) {
        subs.add(s);
        sections.add(new Section(Slugs.unique(topTitle, ids), topTitle, top, subs));
      } else {
        sections.add(s);
      }
    }
    intro.forEach(b::introduction);
    b.sections(sections);
    return b.build();
  }

  private static List<Inline> inlines(String text) {
    List<Inline> out = new ArrayList<>();
    Matcher m = INLINE.matcher(text);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(new Text(text.substring(at, m.start())));
      }
      if (m.group(1) != null) {
        out.add(Strong.of(m.group(1)));
      } else if (m.group(2) != null) {
        out.add(Emphasis.of(m.group(2)));
      } else if (m.group(3) != null) {
        out.add(new FootnoteReference(m.group(3)));
      } else if (m.group(4) != null) {
        out.add(Link.of(m.group(5), m.group(4)));
      } else {
        out.add(new Code(m.group(6)));
      }
      at = m.end();
    }
    if (at < text.length()) {
      out.add(new Text(text.substring(at)));
    }
    return out.isEmpty() ? List.of(new Text(" ")) : out;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1).replace("\\\"", "\"") : value;
  }
}
