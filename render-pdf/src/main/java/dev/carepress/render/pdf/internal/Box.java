package dev.carepress.render.pdf.internal;

import java.util.List;

/**
 * A laid-out block, measured for the column it sits in, waiting to be placed on pages by the
 * {@link Paginator}.
 */
abstract class Box {
  float spaceBefore;
  float spaceAfter;
  boolean keepWithNext;

  abstract float height();

  /** Lines of text: a paragraph, heading, list item or caption. */
  static final class Text extends Box {
    final List<Line> lines;
    final float x;
    /** The height of a line of the box's size and leading; a line of a taller script's runs may be taller ({@link #lineHeight(int)}). */
    final float lineHeight;
    /** The baseline of such a line, from its top. */
    final float baseline;
    /**
     * Each line's height and baseline where the lines differ (a heading of Latin words and one
     * Arabic word: only the Arabic word's line needs the Arabic face's height); null where all are
     * {@link #lineHeight} and {@link #baseline}.
     */
    private final float[] heights;
    private final float[] baselines;
    Line label;
    float labelX;
    String anchor;
    String tocAnchor;
    Style tocStyle;
    float tocRight;
    /** Headings are never split. */
    boolean unbreakable;

    Text(List<Line> lines, float x, float lineHeight, float baseline) {
      this(lines, x, lineHeight, baseline, null, null);
    }

    Text(List<Line> lines, float x, float lineHeight, float baseline, float[] heights, float[] baselines) {
      this.lines = lines;
      this.x = x;
      this.lineHeight = lineHeight;
      this.baseline = baseline;
      this.heights = heights;
      this.baselines = baselines;
    }

    /** Whether some lines are taller than others. */
    boolean uneven() {
      return heights != null;
    }

    /** The height of line {@code k}. */
    float lineHeight(int k) {
      return heights == null ? lineHeight : heights[k];
    }

    /** The baseline of line {@code k}, from the line's top. */
    float baseline(int k) {
      return baselines == null ? baseline : baselines[k];
    }

    /** The height of {@code count} lines from line {@code from}. */
    float height(int from, int count) {
      if (heights == null) {
        return count * lineHeight;
      }
      float h = 0f;
      for (int k = from; k < from + count; k++) {
        h += heights[k];
      }
      return h;
    }

    /** The baseline of line {@code k}, from the top of the box. */
    float baselineFromTop(int k) {
      return height(0, k) + baseline(k);
    }

    @Override
    float height() {
      return height(0, lines.size());
    }
  }

  /** A tinted or ruled box around other boxes: the key points, a callout, a quote, code. */
  static final class Panel extends Box {
    final List<Box> children;
    final float x;
    final float width;
    final Frame frame;

    Panel(List<Box> children, float x, float width, Frame frame) {
      this.children = children;
      this.x = x;
      this.width = width;
      this.frame = frame;
    }

    @Override
    float height() {
      float h = frame.padTop() + frame.padBottom();
      for (int i = 0; i < children.size(); i++) {
        Box child = children.get(i);
        h += (i == 0 ? 0 : child.spaceBefore) + child.height() + (i == children.size() - 1 ? 0 : child.spaceAfter);
      }
      return h;
    }
  }

  /** A table: a header row repeated on each page it runs onto, and body rows. */
  static final class Table extends Box {
    final float x;
    final float[] columnX;
    final float[] columnWidth;
    final Row header;
    final List<Row> rows;
    final StructNode tableNode;

    Table(float x, float[] columnX, float[] columnWidth, Row header, List<Row> rows, StructNode tableNode) {
      this.x = x;
      this.columnX = columnX;
      this.columnWidth = columnWidth;
      this.header = header;
      this.rows = rows;
      this.tableNode = tableNode;
    }

    float width() {
      float w = 0f;
      for (float c : columnWidth) {
        w += c;
      }
      return w;
    }

    @Override
    float height() {
      float h = header.height();
      for (Row row : rows) {
        h += row.height();
      }
      return h;
    }
  }

  /** A table row. */
  static final class Row {
    final List<Cell> cells;
    final StructNode node;
    final float pad;

    Row(List<Cell> cells, StructNode node, float pad) {
      this.cells = cells;
      this.node = node;
      this.pad = pad;
    }

    float height() {
      int max = 1;
      float lh = 0f;
      for (Cell cell : cells) {
        max = Math.max(max, cell.lines.size());
        lh = Math.max(lh, cell.lineHeight);
      }
      return max * lh + 2 * pad;
    }

    int lineCount() {
      int max = 0;
      for (Cell cell : cells) {
        max = Math.max(max, cell.lines.size());
      }
      return max;
    }
  }

  /** A table cell's lines. */
  static final class Cell {
    final List<Line> lines;
    final StructNode node;
    final float lineHeight;
    final float baseline;
    final dev.carepress.model.Table.Alignment align;

    Cell(List<Line> lines, StructNode node, float lineHeight, float baseline,
        dev.carepress.model.Table.Alignment align) {
      this.lines = lines;
      this.node = node;
      this.lineHeight = lineHeight;
      this.baseline = baseline;
      this.align = align;
    }
  }

  /** A raster image scaled into the column. */
  static final class Image extends Box {
    final float x;
    final float width;
    final float imageHeight;
    final byte[] bytes;
    final String name;
    final StructNode node;

    Image(float x, float width, float imageHeight, byte[] bytes, String name, StructNode node) {
      this.x = x;
      this.width = width;
      this.imageHeight = imageHeight;
      this.bytes = bytes;
      this.name = name;
      this.node = node;
    }

    @Override
    float height() {
      return imageHeight;
    }
  }

  /** A horizontal rule (decoration, an artifact). */
  static final class Rule extends Box {
    final float x;
    final float width;

    Rule(float x, float width) {
      this.x = x;
      this.width = width;
    }

    @Override
    float height() {
      return 1f;
    }
  }

  /** Starts a new page (each article of a booklet). */
  static final class PageBreak extends Box {
    final PageInfo info;

    PageBreak(PageInfo info) {
      this.info = info;
    }

    @Override
    float height() {
      return 0f;
    }
  }
}
