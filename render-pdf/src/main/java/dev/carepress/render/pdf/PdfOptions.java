package dev.carepress.render.pdf;

import dev.carepress.render.OptionValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link PdfRenderer} lays out handouts: paper, large print, the URL in the footer, the fonts
 * and label texts. An immutable value, made by {@link PdfRenderer#builder()} and read from {@link
 * PdfRenderer#options()}; the options are declared once, as the {@link dev.carepress.render.Option}
 * constants of {@link PdfRenderer}, and {@link #values()} gives them in that generic form.
 *
 * <pre>{@code
 * PdfRenderer pdf = PdfRenderer.builder().pageSize(PageSize.LETTER).build();
 * pdf.options().pageSize();   // LETTER
 * pdf.options().largePrint(); // false
 * }</pre>
 */
public final class PdfOptions {
  private final OptionValues values;

  PdfOptions(OptionValues values) {
    this.values = values;
  }

  /** The values of {@link PdfRenderer#OPTIONS}, set and default. */
  public OptionValues values() {
    return values;
  }

  /** The paper size. */
  public PageSize pageSize() {
    return values.get(PdfRenderer.PAGE_SIZE);
  }

  /** Whether text is set large (18 pt body) for readers with low vision. */
  public boolean largePrint() {
    return values.get(PdfRenderer.LARGE_PRINT);
  }

  /** The site or source URL set for the footer, if one was set (and not blank). */
  public Optional<String> siteUrl() {
    return nonBlank(values.get(PdfRenderer.SITE_URL));
  }

  /** The address the site is published at, if set. */
  public Optional<String> baseUrl() {
    return nonBlank(values.get(PdfRenderer.BASE_URL));
  }

  /**
   * The URL every page's footer shows: the site URL if one was set (a blank one for none), else the
   * base URL, if any.
   */
  public Optional<String> footerUrl() {
    return values.isSet(PdfRenderer.SITE_URL) ? siteUrl() : baseUrl();
  }

  /** Where the QR code to the article's page online goes (made only when a base URL is set). */
  public QrCodePlacement qrCode() {
    return values.get(PdfRenderer.QR_CODE);
  }

  /** The regular text face, if not the bundled one. */
  public Optional<PdfFont> regularFont() {
    return values.get(PdfRenderer.FONT_REGULAR);
  }

  /** The bold text face, if not the bundled one. */
  public Optional<PdfFont> boldFont() {
    return values.get(PdfRenderer.FONT_BOLD);
  }

  /** The italic text face, if not the bundled one. */
  public Optional<PdfFont> italicFont() {
    return values.get(PdfRenderer.FONT_ITALIC);
  }

  /** The bold italic text face, if not the bundled one. */
  public Optional<PdfFont> boldItalicFont() {
    return values.get(PdfRenderer.FONT_BOLD_ITALIC);
  }

  /** The monospaced face for code, if not the bundled one. */
  public Optional<PdfFont> monoFont() {
    return values.get(PdfRenderer.FONT_MONO);
  }

  /** The fonts tried, in order, for characters the text faces lack. */
  public List<PdfFont> fallbackFonts() {
    return values.get(PdfRenderer.FALLBACK_FONTS);
  }

  /** The calendar of dates ({@link PdfRenderer#CALENDAR}): {@code language}, the default, or a calendar's name. */
  public String calendar() {
    return values.get(PdfRenderer.CALENDAR);
  }

  /** Label texts replacing Carepress's own in every language, by key (e.g. {@code keyPoints}). */
  public Map<String, String> labels() {
    return values.get(PdfRenderer.LABELS);
  }

  private static Optional<String> nonBlank(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PdfOptions && ((PdfOptions) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "PdfOptions" + values.toSettings().asMap();
  }
}
