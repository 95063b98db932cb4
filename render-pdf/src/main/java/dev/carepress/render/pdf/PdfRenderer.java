package dev.carepress.render.pdf;

import dev.carepress.io.AtomicFiles;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.BilingualRenderer;
import dev.carepress.render.ClinicOptions;
import dev.carepress.render.Format;
import dev.carepress.render.Labels;
import dev.carepress.render.Option;
import dev.carepress.render.OptionValues;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import dev.carepress.render.pdf.internal.ClinicDetails;
import dev.carepress.render.pdf.internal.Engine;
import dev.carepress.render.pdf.internal.FontCache;
import dev.carepress.render.pdf.internal.FontProgram;
import dev.carepress.render.pdf.internal.Fonts;
import dev.carepress.render.pdf.internal.HandoutExtras;
import dev.carepress.render.pdf.internal.Preload;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders articles as printable patient handouts and books as booklets: tagged PDF/UA-1 and
 * PDF/A-2a files laid out directly with Apache PDFBox.
 *
 * <pre>{@code
 * PdfRenderer pdf = PdfRenderer.builder().pageSize(PageSize.LETTER).largePrint(true).build();
 * pdf.render(article, Path.of("asthma.pdf"));
 * pdf.renderBook(book, Path.of("guide.pdf"));
 * pdf.renderBilingual(english, spanish, Path.of("asthma.en-es.pdf"), RenderContext.defaults());
 * }</pre>
 *
 * <p>A handout's first page carries the title, the summary and the key points; then come the
 * sections, the glossary, numbered notes, references, related content, the "medically reviewed by"
 * line and the disclaimer. Every page has a running header (the title) and a footer (page n of m,
 * the last-reviewed date and, if set, the site URL). A character that none of the fonts has is drawn
 * as a box and reported to {@link RenderContext#warnings()}; a local image that cannot be found is a
 * {@link dev.carepress.ContentException} naming the article and the path. The same input gives the
 * same bytes. Immutable and thread-safe; fonts are parsed once per JVM and shared.
 *
 * <p>Each setting is declared once, as one of the {@link Option} constants below: the builder's
 * typed methods, the {@code pdf} format's string settings ({@code --set pdf.pageSize=LETTER}) and
 * {@code carepress formats} all come from these declarations.
 */
public final class PdfRenderer implements BilingualRenderer {
  /** The {@code pdf} format. */
  public static final Format FORMAT = PdfRendererProvider.FORMAT;

  /** {@code pageSize}: the paper, {@code A4} or {@code LETTER}; default A4. */
  public static final Option<PageSize> PAGE_SIZE =
      Option.choice("pageSize", PageSize.class, PageSize.A4, true, "paper size");
  /** {@code largePrint}: 18 pt body text; default false. */
  public static final Option<Boolean> LARGE_PRINT =
      Option.flag("largePrint", false, "large print: 18 pt body text, the same content reflowed");
  /** {@code siteUrl}: the URL in the footer; default the base URL, if any. */
  public static final Option<String> SITE_URL = Option.text("siteUrl", "",
      "the site or source URL printed in every page's footer (empty for none)");
  /** {@code baseUrl}: the site's address, shown in the footer unless a site URL is set; default none. */
  public static final Option<String> BASE_URL = Option.text("baseUrl", "",
      "the site's address (the command's --base-url); the footer shows it unless siteUrl is set");
  /** {@code fontRegular}: a font file for regular text; default the bundled Noto Sans. */
  public static final Option<Optional<PdfFont>> FONT_REGULAR = font("fontRegular",
      "a TrueType/OpenType file for regular text (give all four text faces)");
  /** {@code fontBold}: a font file for bold text; default the bundled Noto Sans Bold. */
  public static final Option<Optional<PdfFont>> FONT_BOLD = font("fontBold", "a font file for bold text");
  /** {@code fontItalic}: a font file for italic text; default the bundled Noto Sans Italic. */
  public static final Option<Optional<PdfFont>> FONT_ITALIC = font("fontItalic", "a font file for italic text");
  /** {@code fontBoldItalic}: a font file for bold italic text; default the bundled Noto Sans Bold Italic. */
  public static final Option<Optional<PdfFont>> FONT_BOLD_ITALIC =
      font("fontBoldItalic", "a font file for bold italic text");
  /** {@code fontMono}: a font file for code; default the bundled Noto Sans Mono. */
  public static final Option<Optional<PdfFont>> FONT_MONO = font("fontMono", "a font file for code");
  /** {@code fallbackFonts}: font files for characters the text fonts lack, separated by {@code ,}; default none. */
  public static final Option<List<PdfFont>> FALLBACK_FONTS = Option.of("fallbackFonts", "font files",
      List.of(), "font files tried in order for characters the text fonts lack, separated by ','",
      FontFiles::list, FontFiles::print);
  /** {@code qrCode}: where the QR code to the article's page online goes; default page one (when there is a base URL). */
  public static final Option<QrCodePlacement> QR_CODE = Option.choice("qrCode", QrCodePlacement.class,
      QrCodePlacement.PAGE_ONE,
      "a QR code to the article's page (its url, or the base URL and slug): on page 1, in the last page's footer, or off");
  /** {@code clinicName}: the clinic's name, heading its box on page 1 and in every footer ({@link ClinicOptions#NAME}). */
  public static final Option<String> CLINIC_NAME = ClinicOptions.NAME;
  /** {@code clinicPhone}: the clinic's phone number, in its box and every footer ({@link ClinicOptions#PHONE}). */
  public static final Option<String> CLINIC_PHONE = ClinicOptions.PHONE;
  /** {@code clinicAddress}: the clinic's address, in its box on page 1 ({@link ClinicOptions#ADDRESS}). */
  public static final Option<String> CLINIC_ADDRESS = ClinicOptions.ADDRESS;
  /** {@code clinicWeb}: the clinic's web site, in its box and every footer ({@link ClinicOptions#WEB}). */
  public static final Option<String> CLINIC_WEB = ClinicOptions.WEB;
  /** {@code clinicLogo}: the clinic's logo, at the top of its box ({@link ClinicOptions#LOGO}). */
  public static final Option<String> CLINIC_LOGO = ClinicOptions.LOGO;
  /** {@code clinicCallUs}: when to call the clinic, in its box on page 1 ({@link ClinicOptions#CALL_US}). */
  public static final Option<String> CLINIC_CALL_US = ClinicOptions.CALL_US;
  /**
   * {@code calendar}: the calendar of dates ({@link Labels#CALENDAR}): {@code language} (the
   * default: the article language's own, the Buddhist era for Thai, else Gregorian), {@code
   * gregorian}, {@code buddhist}, {@code islamic-umalqura}, {@code japanese} or {@code roc}.
   */
  public static final Option<String> CALENDAR = Labels.CALENDAR;
  /** {@code labels.KEY}: replaces a label's text in every language; default none. */
  public static final Option<Map<String, String>> LABELS = Labels.OVERRIDES;

  /** Every setting of the {@code pdf} format, in the order {@code carepress formats} lists them. */
  public static final List<Option<?>> OPTIONS = List.of(PAGE_SIZE, LARGE_PRINT, SITE_URL, BASE_URL, FONT_REGULAR,
      FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC, FONT_MONO, FALLBACK_FONTS, QR_CODE, CLINIC_NAME, CLINIC_PHONE, CLINIC_ADDRESS, CLINIC_WEB,
      CLINIC_CALL_US, CLINIC_LOGO, CALENDAR, LABELS);

  private static final List<Option<Optional<PdfFont>>> TEXT_FACES =
      List.of(FONT_REGULAR, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC);

  private final PdfOptions options;
  private final Engine engine;

  private PdfRenderer(PdfOptions options) {
    this.options = options;
    List<FontProgram> roles = new ArrayList<>();
    for (Optional<PdfFont> face : List.of(options.regularFont(), options.boldFont(), options.italicFont(),
        options.boldItalicFont(), options.monoFont())) {
      roles.add(face.map(PdfRenderer::load).orElse(null));
    }
    List<FontProgram> fallbacks = new ArrayList<>();
    options.fallbackFonts().forEach(f -> fallbacks.add(load(f)));
    this.engine = new Engine(options.pageSize().width(), options.pageSize().height(), options.largePrint(),
        new Fonts(roles, fallbacks), options.footerUrl(), options.labels(), options.calendar(), extras(options));
    // like the fonts above, done while a batch is still reading its articles rather than in the first render
    Preload.classes();
  }

  /** A renderer with the default options (A4, standard print, bundled fonts): {@code builder().build()}. */
  public static PdfRenderer create() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder(OptionValues.builder(OPTIONS));
  }

  /** A builder holding this renderer's options, to make a changed copy. */
  public Builder toBuilder() {
    return new Builder(options.values().toBuilder());
  }

  /** The options this renderer lays out with. */
  public PdfOptions options() {
    return options;
  }

  @Override
  public Format format() {
    return FORMAT;
  }

  @Override
  public void render(Article article, OutputStream out, RenderContext context) throws IOException {
    Objects.requireNonNull(article, "article must not be null");
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(context, "context must not be null");
    engine.renderArticle(article, out, context);
  }

  @Override
  public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
    Objects.requireNonNull(book, "book must not be null");
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(context, "context must not be null");
    engine.renderBook(book, out, context);
  }

  /**
   * Renders two articles as one bilingual handout, for a patient and the family or care team who
   * read another language: each section of the translation beside the same section of the
   * original, in two columns on A4 or Letter, or right after it in large print, where a column
   * would be too narrow. The titles, the key points and each section are paired, and a
   * right-to-left article's column is on the right, set in its own direction and fonts. The header,
   * footer, clinic details and QR code are the original's, as in {@link #render}.
   *
   * <p>The PDF is tagged to be read one language at a time: the structure tree holds the whole
   * original in a {@code Part} with the original's {@code Lang} (also the document's), then the
   * whole translation in a {@code Part} with its own. When the articles do not have the same number
   * of key points, of sections and, section by section, of subsections, a warning
   * ({@code bilingual-mismatch}) names the first section that does not pair and its line, and the
   * handout gives the whole original, then the whole translation. Thread-safe like {@link #render}.
   *
   * @param original the article as written, e.g. in English
   * @param translation its translation, e.g. in Spanish or Arabic
   * @throws dev.carepress.ContentException as {@link #render} does, for either article
   */
  @Override
  public void renderBilingual(Article original, Article translation, OutputStream out, RenderContext context)
      throws IOException {
    Objects.requireNonNull(original, "original must not be null");
    Objects.requireNonNull(translation, "translation must not be null");
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(context, "context must not be null");
    engine.renderBilingual(original, translation, out, context);
  }

  /**
   * Renders a bilingual handout ({@link #renderBilingual(Article, Article, OutputStream, RenderContext)})
   * to a file, written to a temporary file beside it and moved into place, so that a failed render
   * leaves no partial file.
   */
  public void renderBilingual(Article original, Article translation, Path file, RenderContext context)
      throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    AtomicFiles.write(file, out -> renderBilingual(original, translation, out, context));
  }

  private static HandoutExtras extras(PdfOptions options) {
    OptionValues v = options.values();
    ClinicDetails clinic = new ClinicDetails(v.get(CLINIC_NAME), v.get(CLINIC_PHONE), v.get(CLINIC_ADDRESS),
        v.get(CLINIC_WEB), v.get(CLINIC_CALL_US)).withLogo(logo(v.get(CLINIC_LOGO)));
    HandoutExtras.Qr qr = switch (options.qrCode()) {
      case PAGE_ONE -> HandoutExtras.Qr.PAGE_ONE;
      case FOOTER -> HandoutExtras.Qr.FOOTER;
      case OFF -> HandoutExtras.Qr.OFF;
    };
    return new HandoutExtras(clinic, options.baseUrl(), qr);
  }

  /** The logo file's bytes, read once when the renderer is built; empty for none. */
  private static byte[] logo(String path) {
    if (path.isBlank()) {
      return new byte[0];
    }
    try {
      return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path.strip()));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new SettingsException("setting 'clinicLogo': cannot read the image file '" + path.strip()
          + "' (give the path of a PNG or JPEG file)");
    }
  }

  private static FontProgram load(PdfFont font) {
    return FontCache.get(font.digest(), font.name(), font::bytes, font.fontName());
  }

  private static Option<Optional<PdfFont>> font(String key, String description) {
    return Option.of(key, "font file", Optional.empty(), description, FontFiles::one, FontFiles::print);
  }

  /** Builds a {@link PdfRenderer}; every method's default is that of its {@link Option}. Not thread-safe. */
  public static final class Builder {
    private final OptionValues.Builder values;

    private Builder(OptionValues.Builder values) {
      this.values = values;
    }

    /** The paper size; default {@link PageSize#A4}. */
    public Builder pageSize(PageSize pageSize) {
      values.set(PAGE_SIZE, Objects.requireNonNull(pageSize, "pageSize must not be null"));
      return this;
    }

    /**
     * Large print: body text 18 pt with 1.5 line spacing and headings to match, the same content
     * reflowed; default {@code false} (12 pt body).
     */
    public Builder largePrint(boolean largePrint) {
      values.set(LARGE_PRINT, largePrint);
      return this;
    }

    /**
     * The site or source URL printed in every page's footer (e.g. {@code https://health.example.org});
     * blank for none even when a {@linkplain #baseUrl base URL} is set. Default: the base URL if one
     * is set, else none, and the footer shows the page number and review date only.
     */
    public Builder siteUrl(String siteUrl) {
      values.set(SITE_URL, Objects.requireNonNull(siteUrl, "siteUrl must not be null").strip());
      return this;
    }

    /**
     * The address the site is published at (the command's {@code --base-url}), shown in the footer
     * unless a {@linkplain #siteUrl site URL} is set; default none.
     */
    public Builder baseUrl(String baseUrl) {
      values.set(BASE_URL, Objects.requireNonNull(baseUrl, "baseUrl must not be null").strip());
      return this;
    }

    /**
     * Where the QR code to the article's page online goes; default {@link QrCodePlacement#PAGE_ONE}.
     * The code is made only when a {@linkplain #baseUrl base URL} is set: it leads to the base URL
     * plus the article's slug and {@code .html}, where the HTML renderer publishes it.
     */
    public Builder qrCode(QrCodePlacement placement) {
      values.set(QR_CODE, Objects.requireNonNull(placement, "placement must not be null"));
      return this;
    }

    /**
     * The clinic giving out the handout: its name, phone number, address (one line), web site and
     * when to call it ("Call us if your breathing gets worse."), each blank for none; default none.
     * Page 1 shows them in a box (tagged {@code Aside}, the name its heading); every page's footer
     * shows the name, phone number and web site. The logo is the setting {@code clinicLogo}.
     */
    public Builder clinic(String name, String phone, String address, String web, String callUs) {
      values.set(CLINIC_NAME, Objects.requireNonNull(name, "name must not be null").strip());
      values.set(CLINIC_PHONE, Objects.requireNonNull(phone, "phone must not be null").strip());
      values.set(CLINIC_ADDRESS, Objects.requireNonNull(address, "address must not be null").strip());
      values.set(CLINIC_WEB, Objects.requireNonNull(web, "web must not be null").strip());
      values.set(CLINIC_CALL_US, Objects.requireNonNull(callUs, "callUs must not be null").strip());
      return this;
    }

    /**
     * The text family's four faces; default the bundled Noto Sans (Latin, Greek, Cyrillic). A face
     * left out of a family is never synthesised: give all four.
     */
    public Builder textFonts(PdfFont regular, PdfFont bold, PdfFont italic, PdfFont boldItalic) {
      values.set(FONT_REGULAR, Optional.of(Objects.requireNonNull(regular, "regular must not be null")));
      values.set(FONT_BOLD, Optional.of(Objects.requireNonNull(bold, "bold must not be null")));
      values.set(FONT_ITALIC, Optional.of(Objects.requireNonNull(italic, "italic must not be null")));
      values.set(FONT_BOLD_ITALIC, Optional.of(Objects.requireNonNull(boldItalic, "boldItalic must not be null")));
      return this;
    }

    /** The monospaced face for code; default the bundled Noto Sans Mono. */
    public Builder monoFont(PdfFont mono) {
      values.set(FONT_MONO, Optional.of(Objects.requireNonNull(mono, "mono must not be null")));
      return this;
    }

    /**
     * Adds a font tried for characters the text and mono faces lack (after those added before);
     * default none. A character no font has is drawn as a box and reported as a warning.
     */
    public Builder fallbackFont(PdfFont font) {
      List<PdfFont> fonts = new ArrayList<>(values.get(FALLBACK_FONTS));
      fonts.add(Objects.requireNonNull(font, "font must not be null"));
      values.set(FALLBACK_FONTS, List.copyOf(fonts));
      return this;
    }

    /** Replaces the fallback fonts; default none. */
    public Builder fallbackFonts(List<PdfFont> fonts) {
      values.set(FALLBACK_FONTS, List.copyOf(fonts));
      return this;
    }

    /**
     * Replaces one label's text in every language, e.g. {@code label("keyPoints", "At a glance")};
     * default none. The keys are those of {@code dev/carepress/render/labels_en.properties}.
     *
     * @throws IllegalArgumentException if there is no label with the key
     */
    public Builder label(String key, String text) {
      Objects.requireNonNull(text, "text must not be null");
      Labels.forLanguage("en").with(key, text); // fails now, naming the key, if there is no such label
      Map<String, String> labels = new TreeMap<>(values.get(LABELS));
      labels.put(key, text);
      values.set(LABELS, labels);
      return this;
    }

    /**
     * The calendar of dates: {@code language} (the default: the article language's own, the
     * Buddhist era for Thai), {@code gregorian}, {@code buddhist}, {@code islamic-umalqura}, {@code
     * japanese} or {@code roc}.
     *
     * @throws SettingsException for another calendar
     */
    public Builder calendar(String calendar) {
      Labels.requireKnownCalendar(calendar); // fails now, naming the calendars there are
      values.set(CALENDAR, calendar);
      return this;
    }

    /** Replaces every label override (see {@link #label}); default none. */
    public Builder labels(Map<String, String> labels) {
      values.set(LABELS, Map.of());
      labels.forEach(this::label);
      return this;
    }

    /**
     * Applies settings in their text form, as the command line gives them ({@code pageSize=LETTER},
     * {@code labels.keyPoints=At a glance}); the keys are those of {@link #OPTIONS}.
     *
     * @throws SettingsException for an unknown key or a value that cannot be used, naming both
     */
    public Builder settings(Settings settings) {
      values.apply(FORMAT.id(), Objects.requireNonNull(settings, "settings must not be null"));
      return this;
    }

    /**
     * The renderer. User fonts are read and checked here.
     *
     * @throws SettingsException if only some of the four text faces were set, or a label key is unknown
     * @throws dev.carepress.render.RenderException if a font cannot be used
     */
    public PdfRenderer build() {
      long faces = TEXT_FACES.stream().filter(face -> values.get(face).isPresent()).count();
      if (faces > 0 && faces < TEXT_FACES.size()) {
        throw new SettingsException("settings fontRegular, fontBold, fontItalic and fontBoldItalic go together:"
            + " give all four font files, or none for the bundled Noto Sans");
      }
      Labels.requireKnownKeys(values.get(LABELS));
      Labels.requireKnownCalendar(values.get(CALENDAR));
      return new PdfRenderer(new PdfOptions(values.build()));
    }
  }
}
