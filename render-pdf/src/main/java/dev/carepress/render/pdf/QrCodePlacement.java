package dev.carepress.render.pdf;

/**
 * Where a handout's QR code to its online version goes (issue 19). The code is made only when the
 * article has an address online: its own front-matter {@code url}, else the base URL ({@code
 * --base-url}) plus its slug and {@code .html}, as the HTML renderer names the page.
 */
public enum QrCodePlacement {
  /** On page 1, after the key points, with the short address printed beside it (the default). */
  PAGE_ONE,
  /**
   * A smaller code (21 mm) at the foot of the last page, just above the page footer, with the short
   * address beside it: page 1 stays for the article and the clinic, and the code is where a reader
   * finishes, once per handout rather than on every page. When the last page's text leaves no room
   * for it there (about 2.5 cm), it goes in that page's footer band, at the start of the footer,
   * with the short address and the footer's lines beside it: it never takes a page of its own, and
   * the handout has as many pages as without a code. Where the band is short of room (large print,
   * a full last page), that page's footer leaves out its rule, then the clinic's and site's line
   * (on every other page and in the clinic's box), then the page number.
   */
  FOOTER,
  /** No QR code. */
  OFF
}
