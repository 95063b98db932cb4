package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 19: a figure that does not fit moves or shrinks; the page break does not come early. */
class FloatsTest {
  private static final Theme THEME = Theme.largePrint(595f, 842f);
  private static final PageInfo INFO = new PageInfo("Title", "", "Page {0} of {1}");
  private static final float LH = 27f;

  /** Lines are records: each gets its own width, so that lines of different paragraphs are not equal. */
  private static int made;

  private static Box.Text paragraph(int lines) {
    List<Line> list = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      list.add(new Line(List.of(), 10f + made++));
    }
    return new Box.Text(list, 0f, LH, LH * 0.8f);
  }

  private static Box.Image image(float height, StructNode node) {
    return new Box.Image(0f, 200f, height, new byte[0], "figure.png", node);
  }

  /** The lines of the body, leaving {@code room} points at the bottom of page 1. */
  private static Box.Text filler(float room) {
    return paragraph((int) ((THEME.page().bodyHeight() - room) / LH));
  }

  @Test
  void aFigureWithoutCaptionThatDoesNotFitLetsTheNextParagraphsFillThePage() {
    StructNode root = StructNode.document();
    Box.Text first = filler(200f);
    Box.Image figure = image(300f, root.child("Figure"));
    Box.Text next = paragraph(3);
    Box.Text after = paragraph(2);
    Box.Text last = paragraph(20);
    List<Page> pages = new Paginator(THEME).paginate(List.of(first, figure, next, after, last), INFO);
    assertThat(pages.get(0).ops).filteredOn(op -> op instanceof Op.TextLine)
        .extracting(op -> ((Op.TextLine) op).line())
        .as("the paragraphs after the figure are on page 1")
        .containsAll(next.lines).containsAll(after.lines).doesNotContainAnyElementsOf(last.lines);
    assertThat(pages.get(0).ops).as("the figure's element is attached where it was")
        .contains(new Op.Touch(figure.node));
    assertThat(pages.get(1).ops.stream().filter(op -> op instanceof Op.Picture).findFirst()).isPresent();
  }

  @Test
  void aCaptionedFigureShrinksToFitRatherThanEndThePageButNotBelowSixtyPercent() {
    Box.Text first = filler(260f);
    Box.Image figure = image(300f, null);
    figure.keepWithNext = true;
    Box.Text caption = paragraph(1);
    List<Page> pages = new Paginator(THEME).paginate(List.of(first, figure, caption, paragraph(10)), INFO);
    Op.Picture placed = (Op.Picture) pages.get(0).ops.stream().filter(op -> op instanceof Op.Picture)
        .findFirst().orElseThrow();
    assertThat(placed.height()).isLessThan(300f).isGreaterThanOrEqualTo(300f * Floats.LEAST_SCALE);

    Box.Text crowded = filler(120f);
    List<Page> moved = new Paginator(THEME).paginate(List.of(crowded, figure, caption, paragraph(10)), INFO);
    assertThat(moved.get(0).ops).noneMatch(op -> op instanceof Op.Picture);
    assertThat(moved.get(1).ops).filteredOn(op -> op instanceof Op.Picture)
        .allMatch(op -> ((Op.Picture) op).height() == 300f);
  }

  @Test
  void aFigureThatFitsStaysWhereItIs() {
    Box.Text first = filler(400f);
    Box.Image figure = image(300f, null);
    Box.Text next = paragraph(3);
    List<Page> pages = new Paginator(THEME).paginate(List.of(first, figure, next), INFO);
    List<Op> ops = pages.get(0).ops;
    int picture = ops.indexOf(ops.stream().filter(op -> op instanceof Op.Picture).findFirst().orElseThrow());
    int firstOfNext = -1;
    for (int i = 0; i < ops.size(); i++) {
      if (ops.get(i) instanceof Op.TextLine t && t.line() == next.lines.get(0)) {
        firstOfNext = i;
      }
    }
    assertThat(picture).isLessThan(firstOfNext);
  }
}
