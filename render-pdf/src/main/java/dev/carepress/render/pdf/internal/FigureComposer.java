package dev.carepress.render.pdf.internal;

import dev.carepress.model.Figure;
import dev.carepress.model.Text;
import dev.carepress.render.ImageProblems;
import dev.carepress.render.Resource;
import java.util.List;
import java.util.Optional;

/**
 * Figures: the image tagged Figure with its alternate text (or an artifact when it has none), and
 * its caption. A web image is described in place with a warning, since renders never use the
 * network; a local image that is missing, not a PNG or JPEG, or {@link ImageInfo#tooLarge too large}
 * is an error.
 */
final class FigureComposer {
  private final Composition composition;
  private final ArticleScope scope;
  private final InlineComposer inlines;
  private final Theme theme;

  FigureComposer(Composition composition, ArticleScope scope, InlineComposer inlines) {
    this.composition = composition;
    this.scope = scope;
    this.inlines = inlines;
    this.theme = composition.theme;
  }

  void figure(Figure figure, float x, float width, StructNode parent, List<Box> out) {
    figure(figure, x, width, theme.heights().figure(), parent, out);
  }

  /** A figure no taller than {@code maxHeight} (the lead image on page 1 is kept smaller). */
  void figure(Figure figure, float x, float width, float maxHeight, StructNode parent, List<Box> out) {
    Optional<Resource> found = Images.find(composition.context, scope.article().source(), figure.src());
    ImageInfo info = found.map(r -> ImageInfo.read(r.bytes())).orElse(null);
    if (found.isEmpty() && Images.isRemote(figure.src())) {
      out.add(described(figure, x, width, parent));
    } else if (found.isEmpty()) {
      String owner = "article '" + scope.article().slug() + "'";
      composition.error(ImageProblems.notFound(scope.source(), figure.src(), owner, scope.article().source()));
      return;
    } else if (info == null) { // the HTML and EPUB renderers say the same of it
      composition.error(ImageProblems.notAnImage(scope.source(), figure.src(),
          "article '" + scope.article().slug() + "'", found.get()));
      return;
    } else if (info.tooLarge()) {
      composition.error(info.tooLargeError(scope.source(),
          "the image '" + figure.src() + "' of article '" + scope.article().slug() + "'"));
      return;
    } else {
      out.add(image(figure, found.get().bytes(), info, x, width, maxHeight, parent));
    }
    figure.caption().ifPresent(caption -> out.add(caption(caption, x, width, parent)));
  }

  private Box.Image image(Figure figure, byte[] bytes, ImageInfo info, float x, float width, float maxHeight,
      StructNode parent) {
    Images.Size size = Images.fit(info, width, maxHeight);
    StructNode node = null;
    if (!figure.alt().isBlank()) {
      node = parent.child("Figure");
      node.alt = figure.alt();
    }
    Box.Image image = new Box.Image(x, size.width(), size.height(), bytes, figure.src(), node);
    spaceAround(image, figure);
    return image;
  }

  /** A web image: its description (or address) in a panel where the image would be. */
  private Box.Panel described(Figure figure, float x, float width, StructNode parent) {
    composition.diagnostics.remoteImage(figure.src());
    StructNode p = parent.child("P");
    String what = figure.alt().isBlank() ? figure.src() : figure.alt();
    Frame frame = theme.frames().missingImage();
    Style style = composition.styles.body(p).withRole(Fonts.ITALIC).withColor(Palette.MUTED);
    Box.Text t = composition.typesetter.text(scope.labels().format("imageMissing", what), style, 0f,
        frame.inner(width), theme.type().leading());
    Box.Panel panel = new Box.Panel(List.of(t), x, width, frame);
    spaceAround(panel, figure);
    return panel;
  }

  /** Space around a figure; one with a caption stays with it. */
  private void spaceAround(Box box, Figure figure) {
    box.spaceBefore = theme.space().blockBefore();
    box.spaceAfter = figure.caption().isPresent() ? theme.space().captionGap() : theme.space().paragraph();
    box.keepWithNext = figure.caption().isPresent();
  }

  private Box.Text caption(String caption, float x, float width, StructNode parent) {
    Style style = composition.styles.small(parent.child("Caption")).withRole(Fonts.ITALIC);
    Box.Text t = inlines.text(List.of(new Text(caption)), style, x, width, theme.type().leading());
    t.spaceAfter = theme.space().paragraph();
    return t;
  }
}
