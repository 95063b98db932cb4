package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.PageFlow.EPSILON;

import java.util.ArrayList;
import java.util.List;

/**
 * Places boxes on pages. Headings stay with what follows them; a paragraph never leaves a single
 * line alone at the bottom or top of a page; panels (key points, callouts) move whole to the next
 * page when they fit on one; tables are placed by {@link TablePlacer}; a figure that does not fit
 * lets the paragraphs after it fill the page first ({@link Floats}); nothing is ever cut off.
 * Immutable: every {@link #paginate} has its own {@link PageFlow}.
 */
final class Paginator {
  /** A thematic break's rule: its thickness, the height it takes, and the least room it needs. */
  private static final float RULE = 0.75f;
  private static final float RULE_HEIGHT = 1f;
  private static final float RULE_ROOM = 2f;

  private final Theme.PageGeometry geometry;
  private final TablePlacer tables;

  Paginator(Theme theme) {
    this.geometry = theme.page();
    this.tables = new TablePlacer(geometry);
  }

  /** The pages of the boxes; every page has this header and footer until a page break changes them. */
  List<Page> paginate(List<Box> boxes, PageInfo info) {
    PageFlow flow = new PageFlow(geometry, info);
    placeAll(flow, boxes, geometry.marginLeft());
    return flow.pages();
  }

  /**
   * Places the boxes from {@code y} down page {@code page} on (the pages before it are made empty):
   * a column of a bilingual handout. The flow tells where they ended.
   */
  PageFlow paginateFrom(List<Box> boxes, PageInfo info, int page, float y) {
    PageFlow flow = new PageFlow(geometry, info);
    flow.startAt(page, y);
    placeAll(flow, boxes, geometry.marginLeft());
    return flow;
  }

  private void placeAll(PageFlow flow, List<Box> composed, float x) {
    List<Box> boxes = new ArrayList<>(composed);
    for (int i = 0; i < boxes.size(); i++) {
      if (Floats.floats(boxes.get(i)) && flow.started() && !flow.atTop()) {
        Floats.arrange(boxes, i, flow, geometry.bodyHeight());
      }
      Box box = boxes.get(i);
      if (box.keepWithNext && flow.started() && !flow.atTop()) {
        float needed = chainHeight(boxes, i);
        if (needed > flow.room() && needed <= geometry.bodyHeight()) {
          flow.newPage();
        }
      }
      place(flow, box, x);
    }
  }

  /** The height of the boxes kept together from {@code from}, and the start of the box they keep with. */
  private float chainHeight(List<Box> boxes, int from) {
    float h = 0f;
    int j = from;
    while (j < boxes.size() && boxes.get(j).keepWithNext) {
      h += boxes.get(j).spaceBefore + boxes.get(j).height() + boxes.get(j).spaceAfter;
      j++;
    }
    if (j < boxes.size()) {
      h += boxes.get(j).spaceBefore + minStart(boxes.get(j));
    }
    return h;
  }

  /** The least of a box that must sit on the page where it starts. */
  private float minStart(Box box) {
    if (box instanceof Box.Text) {
      Box.Text t = (Box.Text) box;
      int n = t.lines.size();
      return t.height(0, n < 4 || t.unbreakable ? n : 2);
    }
    if (box instanceof Box.Panel) {
      Box.Panel p = (Box.Panel) box;
      float h = p.height();
      if (h <= geometry.bodyHeight() || p.children.isEmpty()) {
        return h;
      }
      return p.frame.padTop() + minStart(p.children.get(0));
    }
    if (box instanceof Box.Table) {
      return tables.minStart((Box.Table) box);
    }
    return box.height();
  }

  private void place(PageFlow flow, Box box, float x) {
    if (box instanceof Box.PageBreak) {
      flow.pageBreak(((Box.PageBreak) box).info);
      return;
    }
    flow.ensurePage();
    if (!flow.atTop() && box.spaceBefore > 0) {
      // the last page's QR code may go in the footer's band rather than on a page of its own (QrBox)
      boolean footerCode = box instanceof QrBox && ((QrBox) box).atFoot;
      if (flow.room() - box.spaceBefore < EPSILON && !footerCode) {
        flow.newPage();
      } else {
        flow.down(box.spaceBefore);
      }
    }
    if (box instanceof Box.Text) {
      placeText(flow, (Box.Text) box, x);
    } else if (box instanceof Box.Panel) {
      placePanel(flow, (Box.Panel) box, x);
    } else if (box instanceof Box.Table) {
      tables.place(flow, (Box.Table) box, x);
    } else if (box instanceof Box.Image) {
      placeImage(flow, (Box.Image) box, x);
    } else if (box instanceof QrBox) {
      ((QrBox) box).place(flow, x);
    } else if (box instanceof Box.Rule) {
      Box.Rule rule = (Box.Rule) box;
      if (flow.room() < RULE_ROOM) {
        flow.newPage();
      }
      flow.add(new Op.Rect(x + rule.x, flow.y() - RULE, rule.width, RULE, Palette.RULE));
      flow.down(RULE_HEIGHT);
    }
    flow.placed();
    flow.spaceAfter(box.spaceAfter);
  }

  private static void placeImage(PageFlow flow, Box.Image image, float x) {
    if (image.imageHeight > flow.room() + EPSILON && !flow.atTop()) {
      flow.newPage();
    }
    flow.add(new Op.Picture(x + image.x, flow.y() - image.imageHeight, image.width, image.imageHeight, image));
    flow.down(image.imageHeight);
  }

  private void placeText(PageFlow flow, Box.Text t, float x) {
    int total = t.lines.size();
    int i = 0;
    while (i < total) {
      int n = linesHere(flow, t, i, total - i);
      if (n == 0) {
        flow.newPage();
        continue;
      }
      for (int k = i; k < i + n; k++) {
        line(flow, t, k, x);
      }
      flow.placed();
      i += n;
      if (i < total) {
        flow.newPage();
      }
    }
  }

  /** How many of the {@code remaining} lines from line {@code from} go on this page: 0 to start on the next one. */
  private static int linesHere(PageFlow flow, Box.Text t, int from, int remaining) {
    int fit = fit(flow.room(), t, from, remaining);
    if (fit >= remaining) {
      return remaining;
    }
    if (t.unbreakable) {
      return flow.atTop() ? Math.max(1, fit) : 0;
    }
    int n = Math.min(fit, remaining - 2); // leave at least two lines for the next page: no widow
    if (n < 2) {
      n = 0; // no orphan: a single line never stays alone at the bottom
    }
    if (n == 0 && flow.atTop()) {
      n = Math.max(1, Math.min(fit, remaining)); // a page too short for the rules: keep going
    }
    return n;
  }

  /** How many lines from line {@code from} fit in the room (at most {@code remaining}; more means all). */
  private static int fit(float room, Box.Text t, int from, int remaining) {
    if (!t.uneven()) {
      return (int) Math.floor((room + EPSILON) / t.lineHeight);
    }
    float used = 0f;
    int n = 0;
    while (n < remaining && used + t.lineHeight(from + n) <= room + EPSILON) {
      used += t.lineHeight(from + n);
      n++;
    }
    return n;
  }

  /** Line {@code k} of the box, with its anchor and label before the first and a page number after the last. */
  private static void line(PageFlow flow, Box.Text t, int k, float x) {
    float y = flow.y();
    float baseline = y - t.baseline(k);
    if (k == 0 && t.anchor != null) {
      flow.add(new Op.Anchor(t.anchor, y + t.spaceBefore * 0.5f));
    }
    if (k == 0 && t.label != null) {
      flow.add(new Op.TextLine(x + t.x + t.labelX, baseline, t.label, false));
    }
    flow.add(new Op.TextLine(x + t.x, baseline, t.lines.get(k), false));
    if (k == t.lines.size() - 1 && t.tocAnchor != null) {
      flow.add(new Op.PageNumber(x + t.tocRight, baseline, t.tocStyle, t.tocAnchor,
          x + t.x + t.lines.get(k).width()));
    }
    flow.down(t.lineHeight(k));
  }

  private void placePanel(PageFlow flow, Box.Panel p, float x) {
    float h = p.height();
    if (h > flow.room() + EPSILON && !flow.atTop() && h <= geometry.bodyHeight()) {
      flow.newPage();
    }
    flow.openPanel(p, x + p.x);
    placeAll(flow, p.children, x + p.x + p.frame.padSide() + p.frame.barWidth());
    flow.closePanel();
  }
}
