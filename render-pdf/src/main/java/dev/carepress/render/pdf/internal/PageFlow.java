package dev.carepress.render.pdf.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Where pagination is: the pages made so far, the current page, how far down it the next box goes,
 * and the panels open around it (a panel broken by a page gets its tint and bar on both pages).
 * One per pagination.
 */
final class PageFlow {
  /** Tolerance for rounding when asking whether something fits. */
  static final float EPSILON = 0.01f;
  /** A panel broken by a page ends this far below its last line on the first page. */
  private static final float BROKEN_PANEL_END = 6f;
  /** A panel continued on a new page starts with at most this much padding. */
  private static final float CONTINUED_PANEL_TOP = 8f;

  private final Theme.PageGeometry geometry;
  private final List<Page> pages = new ArrayList<>();
  private final Deque<OpenPanel> panels = new ArrayDeque<>();
  private Page page;
  private PageInfo info;
  private float y;
  private boolean atTop;

  /** A panel being placed, and where its fragment on the current page starts. */
  private static final class OpenPanel {
    final Box.Panel panel;
    final float x;
    Page page;
    float top;
    int opIndex;

    OpenPanel(Box.Panel panel, float x) {
      this.panel = panel;
      this.x = x;
    }
  }

  PageFlow(Theme.PageGeometry geometry, PageInfo info) {
    this.geometry = geometry;
    this.info = info;
  }

  /** The pages, with at least one. */
  List<Page> pages() {
    if (pages.isEmpty()) {
      newPage();
    }
    return pages;
  }

  Theme.PageGeometry geometry() {
    return geometry;
  }

  /** Whether a page has been started. */
  boolean started() {
    return page != null;
  }

  /** Whether nothing has been placed on the current page yet. */
  boolean atTop() {
    return atTop;
  }

  /** Something has been placed on the current page. */
  void placed() {
    atTop = false;
  }

  /** How far down the page the next box goes. */
  float y() {
    return y;
  }

  /** The room left on the page. */
  float room() {
    return y - geometry.bottom();
  }

  /** Moves down the page. */
  void down(float height) {
    y -= height;
  }

  /** Moves down the page by the space after a box, stopping at the bottom margin. */
  void spaceAfter(float space) {
    y = Math.max(geometry.bottom(), y - space);
  }

  /** Whether the current page's text is right to left (its header and footer say so). */
  boolean rightToLeft() {
    return info.rightToLeft();
  }

  /** The current page's footer makes room for a QR code in its band. */
  void band(FooterBand band) {
    page.band = band;
  }

  /** Adds an op to the current page. */
  void add(Op op) {
    page.ops.add(op);
  }

  /** Starts a page if none is started yet. */
  void ensurePage() {
    if (page == null) {
      newPage();
    }
  }

  /**
   * Starts on page {@code index} (making empty pages up to it) at {@code top} down it: a column of a
   * bilingual handout starting beside the other one.
   */
  void startAt(int index, float top) {
    while (pages.size() <= index) {
      newPage();
    }
    y = top;
    atTop = top >= geometry.top() - EPSILON;
  }

  /** Starts the next page with the current header and footer, continuing the open panels on it. */
  void newPage() {
    float closeAt = Math.max(geometry.bottom(), y - BROKEN_PANEL_END);
    for (Iterator<OpenPanel> it = panels.descendingIterator(); it.hasNext(); ) {
      closeFragment(it.next(), closeAt);
    }
    page = new Page(info);
    pages.add(page);
    y = geometry.top();
    atTop = true;
    for (Iterator<OpenPanel> it = panels.descendingIterator(); it.hasNext(); ) {
      OpenPanel open = it.next();
      open.page = page;
      open.top = y;
      open.opIndex = page.ops.size();
      y -= Math.min(open.panel.frame.padTop(), CONTINUED_PANEL_TOP);
    }
  }

  /** A forced page break; what follows has this header and footer (an empty page takes them itself). */
  void pageBreak(PageInfo next) {
    info = next;
    if (page != null && atTop && page.ops.isEmpty()) {
      page.info = next;
    } else {
      newPage();
    }
  }

  /** Opens a panel at {@code x}: its tint and bar are drawn behind what is placed until it closes. */
  void openPanel(Box.Panel p, float x) {
    OpenPanel open = new OpenPanel(p, x);
    open.page = page;
    open.top = y;
    open.opIndex = page.ops.size();
    panels.push(open);
    y -= p.frame.padTop();
    atTop = false;
  }

  /** Closes the innermost panel after its bottom padding. */
  void closePanel() {
    OpenPanel open = panels.peek();
    Box.Panel p = open.panel;
    y -= p.frame.padBottom();
    panels.pop();
    closeFragment(open, Math.max(geometry.bottom() - p.frame.padBottom(), y));
  }

  /** Draws the tint and bar of a panel's fragment on its page, behind the fragment's content. */
  private static void closeFragment(OpenPanel open, float bottomY) {
    Box.Panel p = open.panel;
    float height = open.top - bottomY;
    if (height <= 0) {
      return;
    }
    List<Op> ops = open.page.ops;
    int at = open.opIndex;
    if (p.frame.fill().isPresent()) {
      ops.add(at++, new Op.Rect(open.x, bottomY, p.width, height, p.frame.fill().getAsInt()));
    }
    if (p.frame.bar().isPresent() && p.frame.barWidth() > 0) {
      ops.add(at, new Op.Rect(open.x, bottomY, p.frame.barWidth(), height, p.frame.bar().get().color()));
    }
  }
}
