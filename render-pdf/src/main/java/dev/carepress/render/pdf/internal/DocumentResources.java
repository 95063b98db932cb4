package dev.carepress.render.pdf.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * What the pages of one document share while they are drawn: the document, its pages, fonts and
 * images (each embedded once), anchors, links and the structure tree. One per document.
 */
final class DocumentResources {
  /**
   * A face drawing this many different ASCII characters embeds its common glyphs whether drawn or
   * not: their compressed outlines are made once per JVM, which saves deflating most of the font
   * program for each document, at the cost of a few unused glyphs.
   */
  private static final int COMMON_GLYPHS_FROM = 32;

  final PDDocument doc;
  final List<PDPage> pages;
  final Flate flate;
  final Typesetter typesetter;
  final Destinations destinations;
  final StructureTree tree;
  final LinkAnnotations links;
  /** Scratch space for a run's glyph ids. */
  final int[][] glyphBuffer = {new int[256]};
  private final Fonts fonts;
  private final FontEmbedder[] embedders;
  private final Map<String, PDImageXObject> images = new HashMap<>();
  private final Map<String, Integer> imageNames = new HashMap<>();

  DocumentResources(PDDocument doc, List<PDPage> pages, List<Page> paginated, Flate flate, Fonts fonts,
      Typesetter typesetter) {
    this.doc = doc;
    this.pages = pages;
    this.flate = flate;
    this.fonts = fonts;
    this.typesetter = typesetter;
    this.embedders = new FontEmbedder[fonts.faces().length];
    this.destinations = new Destinations(paginated, pages);
    this.tree = new StructureTree(pages.size());
    this.links = new LinkAnnotations(pages, destinations, tree);
  }

  /** The embedder of a face, made when the face is first drawn. */
  FontEmbedder font(int face) {
    FontEmbedder font = embedders[face];
    if (font == null) {
      font = new FontEmbedder(fonts.face(face), typesetter.shaper().asciiVariety(face) >= COMMON_GLYPHS_FROM);
      embedders[face] = font;
    }
    return font;
  }

  /** Whether text of the role drawn with the face is made bold by stroking it ({@link SyntheticBold}). */
  boolean syntheticBold(int role, int face) {
    return fonts.lacksBold(role, face);
  }

  /**
   * The image, read the first time it is drawn.
   *
   * @throws ContentException if the bytes cannot be read as an image after all
   */
  PDImageXObject image(Box.Image image) {
    PDImageXObject x = images.get(image.name);
    if (x == null) {
      try {
        x = PrintColours.fit(doc, PDImageXObject.createFromByteArray(doc, image.bytes, image.name));
      } catch (IOException | RuntimeException e) {
        throw new ContentException(Problem.error("image-unreadable", image.name, 0, 0,
            "the image '" + image.name + "' cannot be read: " + e.getMessage(), "save it again as PNG or JPEG"));
      }
      images.put(image.name, x);
    }
    return x;
  }

  /** The resource name of an image, the same on every page: {@code Im0}, {@code Im1} … */
  String imageName(Box.Image image) {
    return "Im" + imageNames.computeIfAbsent(image.name, k -> imageNames.size());
  }

  /** Subsets and writes every font drawn with. */
  void finishFonts() throws IOException {
    for (FontEmbedder embedder : embedders) {
      if (embedder != null) {
        embedder.finish(doc.getDocument(), flate);
      }
    }
  }
}
