package dev.carepress.render.pdf.internal;

import dev.carepress.render.RenderException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the JDK's {@link Font} of a font file, for shaping through {@code java.awt.font} (whose
 * layout engine is the HarfBuzz the JDK bundles). The JDK copies a font given as a stream to a
 * temporary file of its own, deleted when the JVM exits; each font is made once per JVM (it is
 * held by its {@link FontProgram}).
 */
final class LayoutFonts {
  private static final Map<TextAttribute, Object> FEATURES =
      Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON, TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);

  private LayoutFonts() {}

  static Font create(String displayName, byte[] data, Optional<String> collectionFont, String postScriptName,
      float unitsPerEm) {
    try {
      Font font;
      boolean collection = data.length > 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f';
      if (collection) {
        Font[] all = Font.createFonts(new ByteArrayInputStream(data));
        font = all[0];
        for (Font f : all) {
          if (f.getPSName().equals(postScriptName)) {
            font = f;
            break;
          }
        }
      } else {
        font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
      }
      return font.deriveFont(unitsPerEm).deriveFont(FEATURES);
    } catch (IOException | FontFormatException e) {
      throw new RenderException("the JDK cannot lay out text with the font " + displayName + ": " + e.getMessage(), e);
    }
  }
}
