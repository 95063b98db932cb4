package dev.carepress.check.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.BlockVisitor;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Code;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Emphasis;
import dev.carepress.model.Figure;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Inline;
import dev.carepress.model.InlineVisitor;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Quote;
import dev.carepress.model.Section;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Table;
import dev.carepress.model.Text;
import dev.carepress.model.ThematicBreak;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Walks an article and collects its prose: key points, introduction and each section, as units of
 * sentences. Headings, tables, figures and their captions, code, references, footnotes, the
 * glossary, the summary and the disclaimer are not prose; tables, figures and code blocks are kept
 * as skipped units so a report can show where they are.
 */
public final class ProseExtractor {
  private static final Pattern URL_LIKE = Pattern.compile("(?i)(https?://|www\\.|mailto:)\\S*|\\S+@\\S+\\.\\S+");

  private final TextAnalyzer analyzer;

  private ProseExtractor(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** An extractor splitting sentences by the language's rules. */
  public static ProseExtractor of(TextLanguage language) {
    return new ProseExtractor(TextAnalyzer.of(language));
  }

  /** An extractor for an article in the language of the tag, read by the given rules. */
  public static ProseExtractor of(TextLanguage rules, String languageTag) {
    return new ProseExtractor(TextAnalyzer.of(rules, languageTag));
  }

  /** The article's parts in reading order: key points, introduction, then sections depth first. */
  public List<ProsePart> extract(Article article) {
    List<ProsePart> parts = new ArrayList<>();
    if (!article.keyPoints().isEmpty()) {
      PartBuilder keyPoints = new PartBuilder();
      for (int i = 0; i < article.keyPoints().size(); i++) {
        KeyPoint point = article.keyPoints().get(i);
        keyPoints.unit(ProseUnit.Kind.KEY_POINT, "/keyPoints/" + i, 0, point.content());
      }
      parts.add(keyPoints.build(ProsePart.Kind.KEY_POINTS, "key-points", "Key points", 0, "/keyPoints"));
    }
    if (!article.introduction().isEmpty()) {
      PartBuilder intro = new PartBuilder();
      intro.blocks(article.introduction(), "/introduction", 0);
      parts.add(intro.build(ProsePart.Kind.INTRODUCTION, "introduction", "Introduction", 0, "/introduction"));
    }
    sections(article.sections(), "/sections", 1, parts);
    return List.copyOf(parts);
  }

  private void sections(List<Section> sections, String path, int depth, List<ProsePart> parts) {
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String sectionPath = path + "/" + i;
      PartBuilder part = new PartBuilder();
      part.blocks(section.blocks(), sectionPath + "/blocks", 0);
      parts.add(part.build(ProsePart.Kind.SECTION, section.id(), section.title(), depth, sectionPath));
      sections(section.subsections(), sectionPath + "/subsections", depth + 1, parts);
    }
  }

  private final class PartBuilder {
    private final List<ProseUnit> units = new ArrayList<>();
    private final List<ProsePart.ListInfo> lists = new ArrayList<>();
    private int index;

    ProsePart build(ProsePart.Kind kind, String id, String title, int depth, String path) {
      return new ProsePart(kind, id, title, depth, path, units, lists);
    }

    void blocks(List<Block> blocks, String path, int listLevel) {
      for (int i = 0; i < blocks.size(); i++) {
        block(blocks.get(i), path + "/" + i, listLevel);
      }
    }

    void block(Block block, String path, int listLevel) {
      block.accept(new BlockVisitor<Void>() {
        @Override public Void visit(Paragraph p) {
          unit(listLevel > 0 ? ProseUnit.Kind.LIST_ITEM : ProseUnit.Kind.PARAGRAPH, path, listLevel, p.content());
          return null;
        }
        @Override public Void visit(BulletList list) { items(list.items(), path, listLevel); return null; }
        @Override public Void visit(OrderedList list) { items(list.items(), path, listLevel); return null; }
        @Override public Void visit(Quote quote) { blocks(quote.blocks(), path + "/blocks", listLevel); return null; }
        @Override public Void visit(Callout callout) {
          blocks(callout.blocks(), path + "/blocks", listLevel);
          return null;
        }
        @Override public Void visit(Figure figure) {
          skipped(path, "Figure: " + (figure.alt().isBlank() ? figure.src() : figure.alt()), listLevel);
          return null;
        }
        @Override public Void visit(Table table) {
          skipped(path, "Table" + table.caption().map(c -> ": " + c).orElse("") + " (" + table.rows().size()
              + " rows, " + table.columnCount() + " columns)", listLevel);
          return null;
        }
        @Override public Void visit(CodeBlock code) { skipped(path, "Code block", listLevel); return null; }
        @Override public Void visit(ThematicBreak thematicBreak) { return null; }
      });
    }

    void items(List<ListItem> items, String path, int listLevel) {
      boolean nested = false;
      for (int i = 0; i < items.size(); i++) {
        String itemPath = path + "/items/" + i + "/blocks";
        List<Block> itemBlocks = items.get(i).blocks();
        for (int b = 0; b < itemBlocks.size(); b++) {
          Block block = itemBlocks.get(b);
          nested |= block instanceof BulletList || block instanceof OrderedList;
          block(block, itemPath + "/" + b, listLevel + 1);
        }
      }
      lists.add(new ProsePart.ListInfo(path, items.size(), nested));
    }

    void skipped(String path, String description, int listLevel) {
      units.add(new ProseUnit(ProseUnit.Kind.SKIPPED, path, 0, listLevel, description, new BitSet(), List.of(),
          List.of()));
    }

    void unit(ProseUnit.Kind kind, String path, int listLevel, List<Inline> content) {
      InlineText text = new InlineText();
      text.append(content);
      String plain = text.out.toString();
      List<Sentence> sentences = analyzer.sentences(plain, text.excluded);
      units.add(new ProseUnit(kind, path, ++index, listLevel, plain, text.excluded, text.defined, sentences));
    }
  }

  /** The plain text of inlines, with what is not prose marked as excluded. */
  private static final class InlineText {
    final StringBuilder out = new StringBuilder();
    final BitSet excluded = new BitSet();
    final List<int[]> defined = new ArrayList<>();

    void append(List<Inline> inlines) {
      for (Inline inline : inlines) {
        inline.accept(new InlineVisitor<Void>() {
          @Override public Void visit(Text text) { out.append(text.text()); return null; }
          @Override public Void visit(Emphasis emphasis) { append(emphasis.content()); return null; }
          @Override public Void visit(Strong strong) { append(strong.content()); return null; }
          @Override public Void visit(Strikethrough strike) { append(strike.content()); return null; }
          @Override public Void visit(Code code) {
            int start = out.length();
            out.append(code.code());
            excluded.set(start, out.length());
            return null;
          }
          @Override public Void visit(Link link) {
            int start = out.length();
            append(link.content());
            String shown = out.substring(start);
            if (URL_LIKE.matcher(shown.strip()).matches() || shown.strip().equals(link.url())) {
              excluded.set(start, out.length()); // a bare address shown as its own link text
            }
            return null;
          }
          @Override public Void visit(LineBreak lineBreak) { out.append(' '); return null; }
          @Override public Void visit(FootnoteReference reference) { return null; }
          @Override public Void visit(GlossaryTerm term) {
            int start = out.length();
            append(term.content());
            defined.add(new int[] {start, out.length()});
            return null;
          }
        });
      }
    }
  }
}
