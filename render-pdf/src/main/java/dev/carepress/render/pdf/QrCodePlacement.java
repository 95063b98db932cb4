package dev.carepress.render.pdf;

/**
 * Where a handout's QR code to its online version goes (issue 19). The code is made only when the
 * article has an address online: the base URL ({@code --base-url}) plus its slug and {@code .html},
 * as the HTML renderer names the page.
 */
public enum QrCodePlacement {
  /** On page 1, after the key points, with the short address printed beside it (the default). */
  PAGE_ONE,
  /** No QR code. */
  OFF
}
