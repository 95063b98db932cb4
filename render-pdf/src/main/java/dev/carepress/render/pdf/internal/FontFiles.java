package dev.carepress.render.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Parses a font file's bytes with FontBox: a TrueType or OpenType font, or one font of a
 * collection ({@code .ttc}) chosen by name (the first when none is named).
 */
final class FontFiles {
  private FontFiles() {}

  /** A new parsed font; FontBox reads its tables lazily, so it is for one user at a time. */
  static TrueTypeFont parse(byte[] data, Optional<String> collectionFont) throws IOException {
    FontBoxLogging.quietUnusedCmapWarnings();
    boolean collection = data.length > 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f';
    if (collection) {
      TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(data));
      AtomicReference<TrueTypeFont> chosen = new AtomicReference<>();
      ttc.processAllFonts(font -> {
        String name = font.getName();
        boolean wanted = collectionFont.map(n -> n.equals(name)).orElse(chosen.get() == null);
        if (wanted && chosen.get() == null) {
          chosen.set(font);
        }
      });
      if (chosen.get() == null) {
        throw new IOException("the collection has no font named " + collectionFont.orElse("?"));
      }
      return chosen.get();
    }
    boolean otto = data.length > 4 && data[0] == 'O' && data[1] == 'T' && data[2] == 'T' && data[3] == 'O';
    RandomAccessReadBuffer in = new RandomAccessReadBuffer(data);
    return otto ? new OTFParser().parse(in) : new TTFParser().parse(in);
  }
}
