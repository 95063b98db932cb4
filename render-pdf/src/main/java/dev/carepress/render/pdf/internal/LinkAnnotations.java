package dev.carepress.render.pdf.internal;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Link annotations: borderless, printed, with the link text as their description, in their Link
 * element's kids and the parent tree. One per document.
 */
final class LinkAnnotations {
  /** The annotation reaches this share of the font size below the baseline … */
  private static final float BELOW = 0.3f;
  /** … and is this many sizes tall. */
  private static final float HEIGHT = 1.25f;

  private final List<PDPage> pages;
  private final Destinations destinations;
  private final StructureTree tree;
  private PDAnnotationLink last;
  private StructNode lastNode;

  LinkAnnotations(List<PDPage> pages, Destinations destinations, StructureTree tree) {
    this.pages = pages;
    this.destinations = destinations;
    this.tree = tree;
  }

  /** Adds an annotation over a link's text from {@code x0} to {@code x1} on the page. */
  void annotate(int page, Style style, float x0, float x1, float baseline) throws IOException {
    PDAnnotationLink link = new PDAnnotationLink();
    float size = style.size();
    link.setRectangle(new PDRectangle(x0, baseline - size * BELOW, Math.max(1f, x1 - x0), size * HEIGHT));
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    link.setBorderStyle(border);
    link.setPrinted(true);
    link.setContents(style.linkText());
    if (style.link().startsWith("#")) {
      destinations.of(style.link().substring(1)).ifPresent(dest -> {
        PDActionGoTo go = new PDActionGoTo();
        go.setDestination(dest);
        link.setAction(go);
      });
    } else {
      PDActionURI uri = new PDActionURI();
      uri.setURI(style.link());
      link.setAction(uri);
    }
    link.setStructParent(tree.annotation(style.node(), page, link));
    pages.get(page).getAnnotations().add(link);
    last = link;
    lastNode = style.node();
  }

  /**
   * Widens the last annotation to {@code right} if it belongs to the node: a contents entry has
   * one annotation from its title to its page number.
   */
  void extendLast(StructNode node, float right) {
    if (last != null && lastNode == node) {
      PDRectangle r = last.getRectangle();
      last.setRectangle(new PDRectangle(r.getLowerLeftX(), r.getLowerLeftY(), right - r.getLowerLeftX(),
          r.getHeight()));
    }
  }
}
