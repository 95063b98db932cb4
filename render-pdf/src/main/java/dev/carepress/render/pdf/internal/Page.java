package dev.carepress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/** One page: its drawing instructions in reading order and what its header and footer say. */
final class Page {
  final List<Op> ops = new ArrayList<>();
  PageInfo info;

  Page(PageInfo info) {
    this.info = info;
  }
}
