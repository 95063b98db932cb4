package dev.carepress.render.pdf.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Callout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a clinic adds to page 1 of a handout, after the key points (issue 19): a box with its
 * details, tagged {@code Aside} with the clinic's name as its heading, and a QR code to the
 * online version with the short address beside it, tagged {@code Figure} with alternate text
 * saying where it leads.
 */
final class ClinicComposer {
  /**
   * The QR code's side with its quiet zone, in points: 90 pt (3.2 cm) in standard and large print
   * alike, since a phone's camera, not the reader's eye, reads it; its modules stay over 0.5 mm for
   * addresses up to about 100 characters.
   */
  private static final float QR_SIDE = 90f;
  /** The gap between the QR code and its text, in body sizes. */
  private static final float QR_GAP = 0.5f;

  private final Composers kit;
  private final Composition composition;
  private final Theme theme;

  ClinicComposer(Composers kit) {
    this.kit = kit;
    this.composition = kit.composition;
    this.theme = composition.theme;
  }

  /** Adds the clinic's box and the QR code, those there are, to {@code out}. */
  void compose(HandoutExtras extras, StructNode container, List<Box> out) {
    if (!extras.clinic().isEmpty()) {
      composition.diagnostics.where("the clinic's details");
      out.add(clinicBox(extras.clinic(), container));
    }
    articleUrl(extras, kit.scope.article()).ifPresent(url -> {
      composition.diagnostics.where("the QR code");
      out.add(qrCode(url, container));
    });
  }

  /** The article's address online: the base URL, the slug and {@code .html}, as the HTML renderer names it. */
  static Optional<String> articleUrl(HandoutExtras extras, Article article) {
    return extras.qrBase().map(base -> base + article.slug() + ".html");
  }

  private Box.Panel clinicBox(ClinicDetails clinic, StructNode container) {
    StructNode aside = container.child("Aside");
    Frame frame = theme.frames().callout(Callout.Kind.NOTE);
    float inner = frame.inner(theme.page().contentWidth());
    float leading = theme.type().leading();
    Styles styles = composition.styles;
    List<Box> children = new ArrayList<>();
    if (!clinic.name().isEmpty()) {
      Box.Text name = composition.typesetter.text(clinic.name(), styles.heading(3, aside.child("H2")), 0f, inner,
          theme.type().headingLeading());
      name.keepWithNext = true;
      name.spaceAfter = theme.space().headingAfter();
      children.add(name);
    }
    for (String line : List.of(clinic.phone(), clinic.address(), clinic.web())) {
      if (!line.isEmpty()) {
        Style style = line == clinic.phone() ? styles.body(aside.child("P")).withRole(Fonts.BOLD)
            : styles.body(aside.child("P"));
        children.add(composition.typesetter.text(line, style, 0f, inner, leading));
      }
    }
    if (!clinic.callUs().isEmpty()) {
      Box.Text call = composition.typesetter.text(clinic.callUs(), styles.body(aside.child("P")), 0f, inner, leading);
      call.spaceBefore = theme.space().compactAfter();
      children.add(call);
    }
    PanelComposer.trim(children);
    Box.Panel panel = new Box.Panel(children, 0f, theme.page().contentWidth(), frame);
    panel.spaceBefore = theme.space().blockBefore();
    panel.spaceAfter = theme.space().keyPointsAfter();
    return panel;
  }

  private QrBox qrCode(String url, StructNode container) {
    QrSymbol symbol = QrSymbol.of(url);
    StructNode figure = container.child("Figure");
    figure.alt = kit.scope.labels().format("qrCode", symbol.url());
    StructNode p = container.child("P");
    float body = theme.type().body();
    float side = QR_SIDE;
    float gap = body * QR_GAP;
    float width = theme.page().contentWidth() - side - gap;
    String shown = url.replaceFirst("^https?://", "");
    Style style = composition.styles.body(p);
    List<Item> items = new ArrayList<>();
    Shaper shaper = composition.typesetter.shaper();
    shaper.shape(kit.scope.labels().get("readOnline") + "\n", style.withRole(Fonts.BOLD), true, items);
    shaper.shape(shown, style, false, items);
    Box.Text t = composition.typesetter.box(items, style.size(), 0f, width, theme.type().leading());
    QrBox box = new QrBox(symbol, side, figure, t, gap);
    box.spaceBefore = theme.space().blockBefore();
    box.spaceAfter = theme.space().keyPointsAfter();
    return box;
  }
}
