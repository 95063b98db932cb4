package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaginatorTest {
  private static final Theme THEME = Theme.standard(595f, 842f);
  private static final PageInfo INFO = new PageInfo("Title", "", "Page {0} of {1}");

  private static Box.Text paragraph(int lines, float lineHeight) {
    List<Line> list = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      list.add(new Line(List.of(), 10f));
    }
    return new Box.Text(list, 0f, lineHeight, lineHeight * 0.8f);
  }

  /** For each line of the boxes, the page it landed on. */
  private static Map<Line, Integer> pagesOf(List<Page> pages) {
    Map<Line, Integer> where = new IdentityHashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      for (Op op : pages.get(p).ops) {
        if (op instanceof Op.TextLine) {
          where.put(((Op.TextLine) op).line(), p);
        }
      }
    }
    return where;
  }

  @Test
  void aParagraphNeverLeavesASingleLineAtTheBottomOrTopOfAPage() {
    float lh = 17.4f;
    int perPage = (int) Math.floor(THEME.page().bodyHeight() / lh);
    for (int size = 2; size <= 9; size++) {
      for (int filler = 0; filler < perPage + 2; filler++) {
        Box.Text before = paragraph(filler + 1, lh);
        Box.Text para = paragraph(size, lh);
        List<Page> pages = new Paginator(THEME).paginate(List.of(before, para), INFO);
        Map<Line, Integer> where = pagesOf(pages);
        Map<Integer, Integer> perPageCount = new java.util.TreeMap<>();
        for (Line line : para.lines) {
          assertThat(where).containsKey(line);
          perPageCount.merge(where.get(line), 1, Integer::sum);
        }
        assertThat(perPageCount.values()).as("lines of a %d-line paragraph per page after %d lines", size, filler + 1)
            .allMatch(n -> n >= 2);
      }
    }
  }

  @Test
  void aHeadingIsNeverLeftAloneAtTheBottomOfAPage() {
    float lh = 17.4f;
    int perPage = (int) Math.floor(THEME.page().bodyHeight() / lh);
    for (int filler = 0; filler < perPage + 2; filler++) {
      Box.Text before = paragraph(filler + 1, lh);
      Box.Text heading = paragraph(1, 22f);
      heading.keepWithNext = true;
      heading.unbreakable = true;
      heading.spaceBefore = 16f;
      Box.Text after = paragraph(6, lh);
      List<Page> pages = new Paginator(THEME).paginate(List.of(before, heading, after), INFO);
      Map<Line, Integer> where = pagesOf(pages);
      int headingPage = where.get(heading.lines.get(0));
      assertThat(where.get(after.lines.get(0))).as("after %d lines", filler + 1).isEqualTo(headingPage);
      assertThat(where.get(after.lines.get(1))).isEqualTo(headingPage);
    }
  }

  @Test
  void aPanelThatFitsOnAPageIsNotSplit() {
    float lh = 17.4f;
    int perPage = (int) Math.floor(THEME.page().bodyHeight() / lh);
    for (int filler = 0; filler < perPage; filler += 3) {
      Box.Text inside = paragraph(8, lh);
      Box.Panel panel = new Box.Panel(List.of(inside), 0f, 400f, Frame.of(8f, 8f, 8f).tint(0xEEEEEE).bar(0x333333, 4f));
      List<Page> pages = new Paginator(THEME).paginate(List.of(paragraph(filler + 1, lh), panel), INFO);
      Map<Line, Integer> where = pagesOf(pages);
      assertThat(inside.lines.stream().map(where::get).distinct()).hasSize(1);
    }
  }

  @Test
  void aPanelTallerThanAPageRunsOntoTheNextWithItsTint() {
    Box.Text inside = paragraph(120, 17.4f);
    Box.Panel panel = new Box.Panel(List.of(inside), 0f, 400f, Frame.of(8f, 8f, 8f).tint(0xEEEEEE).bar(0x333333, 4f));
    List<Page> pages = new Paginator(THEME).paginate(List.of(panel), INFO);
    assertThat(pages).hasSizeGreaterThan(1);
    for (Page page : pages) {
      assertThat(page.ops).anyMatch(op -> op instanceof Op.Rect && ((Op.Rect) op).color() == 0xEEEEEE);
    }
    assertThat(pagesOf(pages)).hasSize(120);
  }

  private static Box.Table table(int rows, float lh) {
    StructNode node = StructNode.document().child("Table");
    java.util.function.Supplier<Box.Row> row = () -> {
      StructNode tr = node.child("TR");
      return new Box.Row(List.of(new Box.Cell(List.of(new Line(List.of(), 10f)), tr.child("TD"), lh, lh * 0.8f,
          dev.carepress.model.Table.Alignment.NONE)),
          tr, 4f);
    };
    List<Box.Row> body = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      body.add(row.get());
    }
    return new Box.Table(0f, new float[] {0f}, new float[] {400f}, row.get(), body, node);
  }

  /** For each body row of the table, the page its first line landed on. */
  private static List<Integer> rowPages(Box.Table t, List<Page> pages) {
    Map<Line, Integer> where = pagesOf(pages);
    return t.rows.stream().map(r -> where.get(r.cells.get(0).lines.get(0))).toList();
  }

  @Test
  void aSmallTableIsNeverSplit() {
    float lh = 17.4f;
    int perPage = (int) Math.floor(THEME.page().bodyHeight() / lh);
    for (int filler = 0; filler < perPage + 2; filler++) {
      Box.Table t = table(3, lh);
      List<Page> pages = new Paginator(THEME).paginate(List.of(paragraph(filler + 1, lh), t), INFO);
      assertThat(rowPages(t, pages).stream().distinct()).as("after %d lines", filler + 1).hasSize(1);
    }
  }

  @Test
  void aLongTableKeepsAtLeastTwoRowsAfterItsHeaderAndNeverLeavesItsLastRowAlone() {
    float lh = 17.4f;
    int perPage = (int) Math.floor(THEME.page().bodyHeight() / lh);
    for (int rows = 12; rows <= 40; rows += 7) {
      for (int filler = 0; filler < perPage + 2; filler++) {
        Box.Table t = table(rows, lh);
        List<Page> pages = new Paginator(THEME).paginate(List.of(paragraph(filler + 1, lh), t), INFO);
        List<Integer> where = rowPages(t, pages);
        assertThat(where).doesNotContainNull();
        Map<Integer, Long> perPageCount = new java.util.TreeMap<>(where.stream()
            .collect(java.util.stream.Collectors.groupingBy(p -> p, java.util.stream.Collectors.counting())));
        assertThat(perPageCount.values()).as("rows per page of a %d-row table after %d lines: %s", rows, filler + 1,
            perPageCount).allMatch(n -> n >= 2);
      }
    }
  }

  @Test
  void aPageBreakStartsANewPageWithTheHeaderAndFooterItCarries() {
    PageInfo second = new PageInfo("Second article", "Last reviewed today", "Page {0} of {1}");
    Box.Text one = paragraph(3, 17.4f);
    Box.Text two = paragraph(3, 17.4f);
    List<Page> pages = new Paginator(THEME).paginate(List.of(one, new Box.PageBreak(second), two), INFO);
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).info).isEqualTo(INFO);
    assertThat(pages.get(1).info).isEqualTo(second);
    assertThat(pagesOf(pages).get(two.lines.get(0))).isEqualTo(1);
  }

  @Test
  void aPageBreakOnAnEmptyPageMakesNoBlankPage() {
    PageInfo first = new PageInfo("First article", "", "Page {0} of {1}");
    List<Page> pages = new Paginator(THEME).paginate(List.of(new Box.PageBreak(first), paragraph(3, 17.4f)), INFO);
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).info).isEqualTo(first);
  }

  @Test
  void boxesKeptWithTheNextMoveTogetherWithTheStartOfWhatFollows() {
    float lh = 17.4f;
    int perPage = (int) Math.floor(THEME.page().bodyHeight() / lh);
    for (int filler = 0; filler < perPage + 2; filler++) {
      Box.Text section = paragraph(1, 24f);
      section.keepWithNext = true;
      Box.Text subsection = paragraph(1, 20f);
      subsection.keepWithNext = true;
      subsection.spaceBefore = 12f;
      Box.Text after = paragraph(5, lh);
      List<Page> pages = new Paginator(THEME).paginate(List.of(paragraph(filler + 1, lh), section, subsection, after),
          INFO);
      Map<Line, Integer> where = pagesOf(pages);
      int page = where.get(section.lines.get(0));
      assertThat(List.of(where.get(subsection.lines.get(0)), where.get(after.lines.get(0)), where.get(after.lines.get(1))))
          .as("after %d lines", filler + 1).containsOnly(page);
    }
  }

  @Test
  void aTableRunningOntoMorePagesRepeatsItsHeaderThereAsAnArtifact() {
    Box.Table t = table(120, 17.4f);
    List<Page> pages = new Paginator(THEME).paginate(List.of(t), INFO);
    assertThat(pages).hasSizeGreaterThan(2);
    Line header = t.header.cells.get(0).lines.get(0);
    for (int p = 0; p < pages.size(); p++) {
      List<Op.TextLine> headers = pages.get(p).ops.stream().filter(op -> op instanceof Op.TextLine)
          .map(op -> (Op.TextLine) op).filter(op -> op.line() == header).toList();
      assertThat(headers).as("page %d", p + 1).hasSize(1);
      assertThat(headers.get(0).artifact()).as("the header is content once, where the table starts").isEqualTo(p > 0);
    }
    assertThat(rowPages(t, pages)).doesNotContainNull();
  }

  @Test
  void aRowTallerThanAPageIsSplitBetweenItsLinesAndNoLineIsLost() {
    StructNode node = StructNode.document().child("Table");
    List<Line> tall = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      tall.add(new Line(List.of(), 10f));
    }
    StructNode tr = node.child("TR");
    Box.Row row = new Box.Row(List.of(new Box.Cell(tall, tr.child("TD"), 17.4f, 14f,
        dev.carepress.model.Table.Alignment.NONE)), tr, 4f);
    StructNode htr = node.child("TR");
    Box.Row header = new Box.Row(List.of(new Box.Cell(List.of(new Line(List.of(), 10f)), htr.child("TH"), 17.4f, 14f,
        dev.carepress.model.Table.Alignment.NONE)), htr, 4f);
    Box.Table t = new Box.Table(0f, new float[] {0f}, new float[] {400f}, header, List.of(row), node);
    List<Page> pages = new Paginator(THEME).paginate(List.of(t), INFO);
    Map<Line, Integer> where = pagesOf(pages);
    assertThat(tall).allMatch(where::containsKey);
    assertThat(tall.stream().map(where::get).distinct().count()).isGreaterThan(1);
  }

  @Test
  void nothingIsDrawnOutsideTheTextColumn() {
    float lh = 17.4f;
    List<Box> boxes = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Box.Text p = paragraph(1 + (i * 7) % 11, lh);
      p.spaceBefore = (i % 3) * 6f;
      p.spaceAfter = 8f;
      boxes.add(p);
      if (i % 5 == 0) {
        boxes.add(new Box.Panel(List.of(paragraph(3 + i % 4, lh)), 0f, 400f,
            Frame.of(8f, 8f, 8f).tint(0xEEEEEE)));
      }
      if (i % 7 == 0) {
        boxes.add(table(4 + i, lh));
      }
    }
    List<Page> pages = new Paginator(THEME).paginate(boxes, INFO);
    for (Page page : pages) {
      for (Op op : page.ops) {
        if (op instanceof Op.TextLine) {
          float baseline = ((Op.TextLine) op).baseline();
          assertThat(baseline).isBetween(THEME.page().bottom(), THEME.page().top());
        }
      }
    }
  }
}
