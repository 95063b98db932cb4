package dev.carepress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/** One page: its drawing instructions in reading order and what its header and footer say and where. */
final class Page {
  final List<Op> ops = new ArrayList<>();
  PageInfo info;
  /** How the footer makes room for a QR code in its band; {@link FooterBand#NONE} on nearly every page. */
  FooterBand band = FooterBand.NONE;

  Page(PageInfo info) {
    this.info = info;
  }
}
