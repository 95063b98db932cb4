package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import dev.carepress.model.Figure;
import dev.carepress.model.PlainText;
import dev.carepress.read.internal.source.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A paragraph holding only an image (perhaps inside a link, which is left out with a warning) as a
 * figure: the image's alt text, and its title as the caption. Stateless.
 */
final class FigureMapper {
  private FigureMapper() {}

  /** The figure the paragraph is, if it is one. */
  static Optional<Figure> figure(Node paragraph, BodyContext cx) {
    List<Node> parts = new ArrayList<>();
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof com.vladsch.flexmark.ast.Text && child.getChars().isBlank())
          && !(child instanceof SoftLineBreak)) {
        parts.add(child);
      }
    }
    if (parts.size() != 1) {
      return Optional.empty();
    }
    Node only = parts.get(0);
    boolean linked = false;
    if (only instanceof com.vladsch.flexmark.ast.Link && only.getFirstChild() != null
        && only.getFirstChild() == only.getLastChild() && isImage(only.getFirstChild())) {
      linked = true;
      only = only.getFirstChild();
    }
    if (!isImage(only)) {
      return Optional.empty();
    }
    String src = imageUrl(only, cx);
    String alt = PlainText.of(InlineMapper.inlines(only, 0, cx)).strip();
    String title = imageTitle(only, cx);
    Pos pos = cx.pos(only);
    if (src.isBlank()) {
      return Optional.empty(); // read as an image in running text: its alt text, with a warning
    }
    if (linked) {
      cx.diagnostics().warning(
          "linked-image", pos, "the link around the image was left out; the image became a figure",
          "put the link in the caption or in a sentence next to the image");
    }
    return Optional.of(new Figure(src, alt, title.isBlank() ? Optional.empty() : Optional.of(title.strip())));
  }

  private static boolean isImage(Node node) {
    return node instanceof com.vladsch.flexmark.ast.Image
        || (node instanceof ImageRef && ((ImageRef) node).isDefined());
  }

  private static String imageUrl(Node image, BodyContext cx) {
    if (image instanceof com.vladsch.flexmark.ast.Image) {
      return ((com.vladsch.flexmark.ast.Image) image).getUrl().unescape();
    }
    com.vladsch.flexmark.ast.Reference ref = ((ImageRef) image).getReferenceNode(cx.document());
    return ref == null ? "" : ref.getUrl().unescape();
  }

  private static String imageTitle(Node image, BodyContext cx) {
    if (image instanceof com.vladsch.flexmark.ast.Image) {
      return ((com.vladsch.flexmark.ast.Image) image).getTitle().unescape();
    }
    com.vladsch.flexmark.ast.Reference ref = ((ImageRef) image).getReferenceNode(cx.document());
    return ref == null ? "" : ref.getTitle().unescape();
  }
}
