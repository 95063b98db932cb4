package dev.carepress.render.pdf.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Callout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a clinic adds to page 1 of a handout, after the key points (issue 19): a box with its
 * details, tagged {@code Aside} with the clinic's name as its heading, and a QR code to the
 * online version with "Read this online:" and the short address beside it, tagged {@code Figure}
 * with alternate text saying where it leads. With both in standard print, the code sits in the box
 * beside the details, to keep page 1 for the article.
 */
final class ClinicComposer {
  /**
   * The QR code's side with its quiet zone, in points: 90 pt (3.2 cm) in standard and large print
   * alike, since a phone's camera, not the reader's eye, reads it; its modules stay over 0.5 mm for
   * addresses up to about 100 characters.
   */
  private static final float QR_SIDE = 90f;
  /**
   * The side of the code at the foot of the last page, with its quiet zone: 60 pt (21 mm), small
   * beside the text yet with modules of 0.47 mm or more for addresses up to 84 characters, which a
   * phone, and zbarimg on a 150 dpi scan, still reads; a longer address's code is larger ({@link
   * #FOOTER_LARGE_MODULE}).
   */
  private static final float FOOTER_QR_SIDE = 60f;
  /**
   * Up to this many modules across, quiet zone included (version 5 at level M: addresses up to 84
   * characters), the footer's code is {@link #FOOTER_QR_SIDE}, its modules 1.33 pt or more; those
   * read from a 150 dpi scan at every length tried.
   */
  private static final int FOOTER_QR_MODULES = 45;
  /**
   * A larger footer code's module, in points: 3 pixels in a 150 dpi scan (0.53 mm). At 60 pt, or
   * with 1.33 pt modules, a version-6 code (85 to 106 characters) was not always read by zbarimg.
   */
  private static final float FOOTER_LARGE_MODULE = 1.5f;
  /** The gap between the QR code and its text, in body sizes. */
  private static final float QR_GAP = 0.75f;
  /**
   * The clinic's details go beside the code, in its box, when the column there is at least this
   * many body sizes wide (standard print); in large print the box and the code come one after the other.
   */
  private static final float MIN_BESIDE = 20f;
  /** The tallest the logo may be, in body sizes. */
  private static final float LOGO_HEIGHT = 4f;

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
    Optional<String> url = extras.qr() == HandoutExtras.Qr.PAGE_ONE ? articleUrl(extras, kit.scope.article())
        : Optional.empty();
    ClinicDetails clinic = extras.clinic();
    Frame frame = theme.frames().callout(Callout.Kind.NOTE);
    float width = theme.page().contentWidth();
    float inner = frame.inner(width);
    boolean beside = url.isPresent() && inner - QR_SIDE - gap() >= theme.type().body() * MIN_BESIDE;
    if (!clinic.isEmpty()) {
      composition.diagnostics.where("the clinic's details");
      StructNode aside = container.child("Aside");
      List<Box.Text> details = details(clinic, aside, inner - (beside ? QR_SIDE + gap() : 0f));
      List<Box> boxes = new ArrayList<>();
      logo(clinic, aside, inner).ifPresent(boxes::add);
      if (!clinic.name().isEmpty()) {
        boxes.add(details.remove(0)); // the name heads the box, above the code
      }
      if (beside) {
        boxes.add(qrCode(url.get(), aside, details, inner, QR_SIDE, false));
      } else {
        boxes.addAll(details);
      }
      PanelComposer.trim(boxes);
      Box.Panel panel = new Box.Panel(boxes, 0f, width, frame);
      panel.spaceBefore = theme.space().blockBefore();
      panel.spaceAfter = theme.space().keyPointsAfter();
      out.add(panel);
    }
    if (url.isPresent() && (clinic.isEmpty() || !beside)) {
      composition.diagnostics.where("the QR code");
      QrBox qr = qrCode(url.get(), container, List.of(), width, QR_SIDE, false);
      qr.spaceBefore = theme.space().blockBefore();
      qr.spaceAfter = theme.space().keyPointsAfter();
      out.add(qr);
    }
  }

  /**
   * The QR code at the foot of the last page, when that is where it goes: after everything else
   * in reading order, pushed down to sit just above the page footer.
   */
  void composeFooter(HandoutExtras extras, StructNode container, List<Box> out) {
    Optional<String> url = extras.qr() == HandoutExtras.Qr.FOOTER ? articleUrl(extras, kit.scope.article())
        : Optional.empty();
    if (url.isPresent()) {
      composition.diagnostics.where("the QR code");
      QrBox qr = qrCode(url.get(), container, List.of(), theme.page().contentWidth(), FOOTER_QR_SIDE, true);
      qr.spaceBefore = theme.space().blockBefore();
      out.add(qr);
    }
  }

  /**
   * The article's address online: its own {@code url}, else the base URL, the slug and {@code
   * .html}, as the HTML renderer names it.
   */
  static Optional<String> articleUrl(HandoutExtras extras, Article article) {
    return article.metadata().url().or(() -> extras.qrBase().map(base -> base + article.slug() + ".html"));
  }

  /** The logo, no taller than two lines and no wider than a third of the box, or none; an unreadable one is an error. */
  private Optional<Box.Image> logo(ClinicDetails clinic, StructNode aside, float inner) {
    byte[] bytes = clinic.logo().bytes();
    if (bytes.length == 0) {
      return Optional.empty();
    }
    ImageInfo info = ImageInfo.read(bytes);
    if (info == null) {
      composition.error(Problem.error("image-format", "clinicLogo", 0, 0,
          "the clinic's logo (setting clinicLogo) is not a PNG or JPEG image", "convert it to PNG or JPEG"));
      return Optional.empty();
    }
    if (info.tooLarge()) {
      composition.error(info.tooLargeError("clinicLogo", "the clinic's logo (setting clinicLogo)"));
      return Optional.empty();
    }
    Images.Size size = Images.fit(info, inner / 3f, theme.type().body() * LOGO_HEIGHT);
    StructNode node = aside.child("Figure");
    // the clinic's name is what its logo says; without a name, its web site or phone number
    node.alt = java.util.stream.Stream.of(clinic.name(), clinic.web(), clinic.phone()).filter(t -> !t.isEmpty())
        .findFirst().orElse("Logo");
    Box.Image image = new Box.Image(0f, size.width(), size.height(), bytes, "clinic-logo", node);
    image.spaceAfter = theme.space().headingAfter();
    return Optional.of(image);
  }

  private float gap() {
    return theme.type().body() * QR_GAP;
  }

  /** The clinic's name (an H2, the full width), phone number, address, web site and when to call. */
  private List<Box.Text> details(ClinicDetails clinic, StructNode aside, float width) {
    float leading = theme.type().leading();
    float full = theme.frames().callout(Callout.Kind.NOTE).inner(theme.page().contentWidth());
    Styles styles = composition.styles;
    List<Box.Text> texts = new ArrayList<>();
    if (!clinic.name().isEmpty()) {
      Box.Text name = composition.typesetter.text(isolated(clinic.name()), styles.heading(3, aside.child("H2")), 0f, full,
          theme.type().headingLeading());
      name.keepWithNext = true;
      name.spaceAfter = theme.space().headingAfter();
      texts.add(name);
    }
    for (String line : List.of(clinic.phone(), clinic.address(), clinic.web())) {
      if (!line.isEmpty()) {
        Style style = styles.body(aside.child("P"));
        texts.add(composition.typesetter.text(isolated(line), line == clinic.phone() ? style.withRole(Fonts.BOLD) : style,
            0f, width, leading));
      }
    }
    if (!clinic.callUs().isEmpty()) {
      Box.Text call = composition.typesetter.text(isolated(clinic.callUs()), styles.body(aside.child("P")), 0f, width, leading);
      call.spaceBefore = theme.space().compactAfter();
      texts.add(call);
    }
    return texts;
  }

  /**
   * A detail whose direction is not the article's as an isolate of its own direction: in a
   * right-to-left article a phone number, web address or English sentence keeps its "+", trailing
   * "/" or "!" where it is written, and in a left-to-right article an Arabic detail keeps its own;
   * unchanged when it goes the article's way.
   */
  private String isolated(String text) {
    return RunningHeads.isolateParts(text, composition.typesetter.rightToLeft());
  }

  /** The code, the clinic's details (if any) beside it, then "Read this online:" and the short address. */
  private QrBox qrCode(String url, StructNode parent, List<Box.Text> details, float inner, float least,
      boolean atFoot) {
    QrSymbol symbol = QrSymbol.of(url);
    int modules = symbol.modulesWithQuietZone();
    float side = atFoot && modules > FOOTER_QR_MODULES ? Math.max(least, modules * FOOTER_LARGE_MODULE) : least;
    StructNode figure = parent.child("Figure");
    figure.alt = kit.scope.labels().format("qrCode", symbol.url());
    StructNode p = parent.child("P");
    float width = inner - side - gap();
    Style style = composition.styles.body(p);
    List<Item> items = new ArrayList<>();
    Shaper shaper = composition.typesetter.shaper();
    // shaped as running text (not "preserved" like code) so that a right-to-left article's shaped
    // layout sees the label's text, then a line break of its own
    shaper.shape(kit.scope.labels().get("readOnline"), style.withRole(Fonts.BOLD), false, items);
    items.add(Item.newline(style));
    shaper.shape(isolated(url.replaceFirst("^https?://", "")), style, false, items);
    Box.Text online = composition.typesetter.box(items, style.size(), 0f, width, theme.type().leading());
    online.spaceBefore = details.isEmpty() ? 0f : theme.space().compactAfter();
    List<Box.Text> texts = new ArrayList<>(details);
    texts.add(online);
    if (!atFoot) {
      return new QrBox(symbol, side, figure, texts, gap(), details.size(), false);
    }
    return new QrBox(symbol, side, figure, texts, gap(), details.size(), true, List.of(inBand(url, style, width)),
        theme.type().running());
  }

  /**
   * "Read this online:" and the short address as one paragraph at the footer's size, for the last
   * page's code when it goes in the footer's band (in large print the footer is at the body size;
   * in standard print the footer's 10 pt, as the footer may be). Shaped quietly: the same text was
   * just shaped at the body size, with its warnings.
   */
  private Box.Text inBand(String url, Style body, float width) {
    Style style = body.withSize(theme.type().running());
    List<Item> items = new ArrayList<>();
    Shaper shaper = composition.typesetter.shaper();
    shaper.shapeQuietly(kit.scope.labels().get("readOnline") + " ", style.withRole(Fonts.BOLD), items);
    shaper.shapeQuietly(isolated(url.replaceFirst("^https?://", "")), style, items);
    return composition.typesetter.box(items, style.size(), 0f, width, RunningHeads.SECOND_LINE);
  }
}
