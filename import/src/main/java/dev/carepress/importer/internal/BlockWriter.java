package dev.carepress.importer.internal;

import dev.carepress.model.Block;
import dev.carepress.model.BlockVisitor;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Quote;
import dev.carepress.model.Section;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.model.ThematicBreak;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes blocks, sections and footnote definitions as Markdown lines: lists with their items'
 * continuation lines indented, quotes and callouts ({@code > [!TIP]}) prefixed with {@code >},
 * fenced code longer than any fence inside it, GFM tables with a {@code Table:} caption, figures as
 * an image alone in a paragraph. Two lists of the same kind in a row are kept apart by an HTML
 * comment, which the reader drops.
 */
final class BlockWriter implements BlockVisitor<List<String>> {
  static final BlockWriter INSTANCE = new BlockWriter();

  private BlockWriter() {}

  /** The lines of the blocks, separated by blank lines. */
  List<String> blocks(List<Block> blocks) {
    List<String> lines = new ArrayList<>();
    Block previous = null;
    for (Block block : blocks) {
      if (previous != null) {
        lines.add("");
        if (previous.getClass() == block.getClass() && (block instanceof BulletList || block instanceof OrderedList)) {
          lines.add(InlineWriter.SEPARATOR);
          lines.add("");
        }
      }
      lines.addAll(block.accept(this));
      previous = block;
    }
    return lines;
  }

  /** The lines of a section and its subsections; {@code depth} 0 is a {@code ##} heading. */
  List<String> section(Section section, int depth) {
    List<String> lines = new ArrayList<>();
    lines.add("#".repeat(depth + 2) + " " + InlineWriter.text(section.title(), true));
    if (!section.blocks().isEmpty()) {
      lines.add("");
      lines.addAll(blocks(section.blocks()));
    }
    for (Section sub : section.subsections()) {
      lines.add("");
      lines.addAll(section(sub, depth + 1));
    }
    return lines;
  }

  /** The lines of a footnote's definition: its first block after the label, the rest indented. */
  List<String> footnote(Footnote footnote) {
    String marker = "[^" + footnote.label() + "]:";
    List<String> content = blocks(footnote.blocks());
    if (footnote.blocks().get(0) instanceof Paragraph && !content.get(0).contains("]:")) {
      return prefixed(content, marker + " ", "    ");
    }
    // a list or quote on the label's line would indent its continuation lines from there, and a
    // "]:" on it would end the label there
    List<String> lines = new ArrayList<>();
    lines.add(marker);
    lines.addAll(prefixed(content, "    ", "    "));
    return lines;
  }

  @Override
  public List<String> visit(Paragraph paragraph) {
    return List.of(InlineWriter.write(paragraph.content(), InlineWriter.Mode.BLOCK).split("\n", -1));
  }

  @Override
  public List<String> visit(BulletList list) {
    List<String> lines = new ArrayList<>();
    boolean loose = list.items().stream().anyMatch(i -> !tight(i));
    for (ListItem item : list.items()) {
      if (loose && !lines.isEmpty()) {
        lines.add("");
      }
      lines.addAll(prefixed(item(item, loose), "- ", "  "));
    }
    return lines;
  }

  @Override
  public List<String> visit(OrderedList list) {
    List<String> lines = new ArrayList<>();
    boolean loose = list.items().stream().anyMatch(i -> !tight(i));
    long number = list.start();
    for (ListItem item : list.items()) {
      if (loose && !lines.isEmpty()) {
        lines.add("");
      }
      String marker = (number++) + ". ";
      lines.addAll(prefixed(item(item, loose), marker, " ".repeat(marker.length())));
    }
    return lines;
  }

  /** An item's lines: in a tight list, a nested list right under its paragraph, with no blank line. */
  private List<String> item(ListItem item, boolean loose) {
    if (loose || item.blocks().size() == 1) {
      return blocks(item.blocks());
    }
    List<String> lines = new ArrayList<>(item.blocks().get(0).accept(this));
    lines.addAll(item.blocks().get(1).accept(this));
    return lines;
  }

  /**
   * Whether the item can be written without blank lines around it: one paragraph, or a paragraph
   * and a list nested under it ("- Rest" then "  - raise the leg"), as a page's {@code <li>} without
   * {@code <p>} holding a list. An ordered list that starts at another number than 1 cannot
   * interrupt a paragraph, so it needs the blank line (and the list is loose).
   */
  private static boolean tight(ListItem item) {
    List<Block> blocks = item.blocks();
    if (blocks.size() == 1) {
      return true;
    }
    return blocks.size() == 2 && blocks.get(0) instanceof Paragraph
        && (blocks.get(1) instanceof BulletList || blocks.get(1) instanceof OrderedList && ((OrderedList) blocks.get(1)).start() == 1);
  }

  @Override
  public List<String> visit(Quote quote) {
    return quoted(blocks(quote.blocks()));
  }

  @Override
  public List<String> visit(Callout callout) {
    List<String> lines = new ArrayList<>();
    lines.add("[!" + callout.kind().name() + "]");
    lines.add("");
    lines.addAll(blocks(callout.blocks()));
    return quoted(lines);
  }

  @Override
  public List<String> visit(Figure figure) {
    StringBuilder line = new StringBuilder("![").append(InlineWriter.text(figure.alt(), false)).append("](")
        .append(InlineWriter.destination(figure.src()));
    figure.caption().ifPresent(c -> line.append(" \"").append(InlineWriter.title(c)).append('"'));
    return List.of(line.append(')').toString());
  }

  @Override
  public List<String> visit(Table table) {
    List<String> lines = new ArrayList<>();
    lines.add(row(table.header()));
    StringBuilder separator = new StringBuilder("|");
    for (Table.Alignment alignment : table.alignments()) {
      switch (alignment) {
        case LEFT: separator.append(" :-- |"); break;
        case CENTER: separator.append(" :-: |"); break;
        case RIGHT: separator.append(" --: |"); break;
        default: separator.append(" --- |");
      }
    }
    lines.add(separator.toString());
    table.rows().forEach(r -> lines.add(row(r)));
    table.caption().ifPresent(c -> {
      lines.add("");
      lines.add("Table: " + InlineWriter.text(c, false));
    });
    return lines;
  }

  private static String row(TableRow row) {
    StringBuilder line = new StringBuilder("|");
    for (TableCell cell : row.cells()) {
      String text = InlineWriter.write(cell.content(), InlineWriter.Mode.CELL);
      if (text.startsWith("-") || text.startsWith(":")) {
        text = "\\" + text; // a cell of dashes would read as the separator row
      }
      line.append(' ').append(text).append(text.isEmpty() ? "|" : " |");
    }
    return line.toString();
  }

  @Override
  public List<String> visit(CodeBlock code) {
    String language = code.language().orElse("");
    char fenceChar = language.indexOf('`') >= 0 ? '~' : '`';
    int longest = 0;
    int run = 0;
    for (int i = 0; i < code.code().length(); i++) {
      run = code.code().charAt(i) == fenceChar ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = String.valueOf(fenceChar).repeat(Math.max(3, longest + 1));
    List<String> lines = new ArrayList<>();
    lines.add(fence + InlineWriter.title(language));
    if (!code.code().isEmpty()) {
      lines.addAll(List.of(code.code().split("\n", -1)));
    }
    lines.add(fence);
    return lines;
  }

  @Override
  public List<String> visit(ThematicBreak rule) {
    return List.of("***");
  }

  /** The lines with the first prefixed by {@code first} and the others by {@code rest} (blank lines stay blank). */
  private static List<String> prefixed(List<String> lines, String first, String rest) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0) {
        out.add(line.isEmpty() ? first.stripTrailing() : first + line);
      } else {
        out.add(line.isEmpty() ? "" : rest + line);
      }
    }
    return out;
  }

  private static List<String> quoted(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(line.isEmpty() ? ">" : "> " + line);
    }
    return out;
  }
}
