package dev.carepress.render.pdf.internal;

import io.nayuki.qrcodegen.QrCode;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A QR code for a URL, encoded with Nayuki's {@code qrcodegen} at error correction level M (15 %
 * of the symbol may be smudged or folded), and drawn as vector rectangles: one per run of dark
 * modules in a row, filled in one path, so that it is crisp at any print size. The quiet zone of
 * four modules around it is left blank. Immutable.
 */
final class QrSymbol {
  /** The blank border a reader needs, in modules. */
  static final int QUIET_ZONE = 4;

  private final String url;
  private final QrCode code;

  private QrSymbol(String url, QrCode code) {
    this.url = url;
    this.code = code;
  }

  /** The symbol of a URL; characters outside ASCII are percent-encoded first, as a browser would. */
  static QrSymbol of(String url) {
    String ascii;
    try {
      ascii = new URI(url).toASCIIString();
    } catch (URISyntaxException e) {
      ascii = url;
    }
    return new QrSymbol(ascii, QrCode.encodeText(ascii, QrCode.Ecc.MEDIUM));
  }

  /** The URL the symbol encodes. */
  String url() {
    return url;
  }

  /** The modules across the symbol, quiet zone included. */
  int modulesWithQuietZone() {
    return code.size + 2 * QUIET_ZONE;
  }

  /**
   * Writes the dark modules as rectangles of one path, then fills it: the symbol with its quiet
   * zone fills the square of side {@code side} whose lower left corner is at ({@code x}, {@code y}).
   */
  void draw(ContentWriter cs, float x, float y, float side) {
    float module = side / modulesWithQuietZone();
    float left = x + QUIET_ZONE * module;
    float top = y + side - QUIET_ZONE * module;
    for (int row = 0; row < code.size; row++) {
      int col = 0;
      while (col < code.size) {
        if (!code.getModule(col, row)) {
          col++;
          continue;
        }
        int start = col;
        while (col < code.size && code.getModule(col, row)) {
          col++;
        }
        cs.num(left + start * module).num(top - (row + 1) * module).num((col - start) * module).num(module).op("re");
      }
    }
    cs.op("f");
  }
}
