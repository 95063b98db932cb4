package dev.carepress.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link PdfRenderer} lays out handouts: paper, large print, the site named in the footer and
 * the fonts. Immutable; make one with {@link #builder()}.
 *
 * <pre>{@code
 * PdfOptions options = PdfOptions.builder()
 *     .pageSize(PageSize.LETTER)
 *     .largePrint(true)
 *     .siteUrl("https://health.example.org")
 *     .build();
 * }</pre>
 */
public final class PdfOptions {
  private static final PdfOptions DEFAULTS = builder().build();

  private final PageSize pageSize;
  private final boolean largePrint;
  private final Optional<String> siteUrl;
  private final Optional<PdfFont> regular;
  private final Optional<PdfFont> bold;
  private final Optional<PdfFont> italic;
  private final Optional<PdfFont> boldItalic;
  private final Optional<PdfFont> mono;
  private final List<PdfFont> fallbackFonts;

  private PdfOptions(Builder b) {
    this.pageSize = b.pageSize;
    this.largePrint = b.largePrint;
    this.siteUrl = b.siteUrl;
    this.regular = b.regular;
    this.bold = b.bold;
    this.italic = b.italic;
    this.boldItalic = b.boldItalic;
    this.mono = b.mono;
    this.fallbackFonts = List.copyOf(b.fallbackFonts);
  }

  /** The defaults: A4, standard print (12 pt body), no site URL, the bundled Noto Sans fonts. */
  public static PdfOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.pageSize = pageSize;
    b.largePrint = largePrint;
    b.siteUrl = siteUrl;
    b.regular = regular;
    b.bold = bold;
    b.italic = italic;
    b.boldItalic = boldItalic;
    b.mono = mono;
    b.fallbackFonts.addAll(fallbackFonts);
    return b;
  }

  /** The paper size. */
  public PageSize pageSize() {
    return pageSize;
  }

  /** Whether text is set large (18 pt body) for readers with low vision. */
  public boolean largePrint() {
    return largePrint;
  }

  /** The site or source URL shown in every page's footer, if any. */
  public Optional<String> siteUrl() {
    return siteUrl;
  }

  /** The regular text face, if not the bundled one. */
  public Optional<PdfFont> regularFont() {
    return regular;
  }

  /** The bold text face, if not the bundled one. */
  public Optional<PdfFont> boldFont() {
    return bold;
  }

  /** The italic text face, if not the bundled one. */
  public Optional<PdfFont> italicFont() {
    return italic;
  }

  /** The bold italic text face, if not the bundled one. */
  public Optional<PdfFont> boldItalicFont() {
    return boldItalic;
  }

  /** The monospaced face for code, if not the bundled one. */
  public Optional<PdfFont> monoFont() {
    return mono;
  }

  /** The fonts tried, in order, for characters the text faces lack. */
  public List<PdfFont> fallbackFonts() {
    return fallbackFonts;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PdfOptions)) {
      return false;
    }
    PdfOptions o = (PdfOptions) other;
    return pageSize == o.pageSize && largePrint == o.largePrint && siteUrl.equals(o.siteUrl)
        && regular.equals(o.regular) && bold.equals(o.bold) && italic.equals(o.italic)
        && boldItalic.equals(o.boldItalic) && mono.equals(o.mono) && fallbackFonts.equals(o.fallbackFonts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pageSize, largePrint, siteUrl, regular, bold, italic, boldItalic, mono, fallbackFonts);
  }

  @Override
  public String toString() {
    return "PdfOptions[pageSize=" + pageSize + ", largePrint=" + largePrint + ", siteUrl=" + siteUrl.orElse("")
        + ", fonts=" + List.of(regular, bold, italic, boldItalic, mono) + ", fallbackFonts=" + fallbackFonts + "]";
  }

  /** Builds {@link PdfOptions}. Not thread-safe. */
  public static final class Builder {
    private PageSize pageSize = PageSize.A4;
    private boolean largePrint;
    private Optional<String> siteUrl = Optional.empty();
    private Optional<PdfFont> regular = Optional.empty();
    private Optional<PdfFont> bold = Optional.empty();
    private Optional<PdfFont> italic = Optional.empty();
    private Optional<PdfFont> boldItalic = Optional.empty();
    private Optional<PdfFont> mono = Optional.empty();
    private final List<PdfFont> fallbackFonts = new ArrayList<>();

    private Builder() {}

    /** The paper size; default {@link PageSize#A4}. */
    public Builder pageSize(PageSize pageSize) {
      this.pageSize = Objects.requireNonNull(pageSize, "pageSize must not be null");
      return this;
    }

    /**
     * Large print: body text 18 pt with 1.5 line spacing and headings to match, the same content
     * reflowed; default {@code false} (12 pt body).
     */
    public Builder largePrint(boolean largePrint) {
      this.largePrint = largePrint;
      return this;
    }

    /**
     * The site or source URL printed in every page's footer (e.g. {@code https://health.example.org});
     * default none, and the footer shows the page number and review date only.
     */
    public Builder siteUrl(String siteUrl) {
      Objects.requireNonNull(siteUrl, "siteUrl must not be null");
      this.siteUrl = siteUrl.isBlank() ? Optional.empty() : Optional.of(siteUrl.strip());
      return this;
    }

    /**
     * The text family's four faces; default the bundled Noto Sans (Latin, Greek, Cyrillic). A face
     * left out of a family is never synthesised: give all four.
     */
    public Builder textFonts(PdfFont regular, PdfFont bold, PdfFont italic, PdfFont boldItalic) {
      this.regular = Optional.of(Objects.requireNonNull(regular, "regular must not be null"));
      this.bold = Optional.of(Objects.requireNonNull(bold, "bold must not be null"));
      this.italic = Optional.of(Objects.requireNonNull(italic, "italic must not be null"));
      this.boldItalic = Optional.of(Objects.requireNonNull(boldItalic, "boldItalic must not be null"));
      return this;
    }

    /** The monospaced face for code; default the bundled Noto Sans Mono. */
    public Builder monoFont(PdfFont mono) {
      this.mono = Optional.of(Objects.requireNonNull(mono, "mono must not be null"));
      return this;
    }

    /**
     * Adds a font tried for characters the text and mono faces lack (after those added before);
     * default none. A character no font has is drawn as a box and reported as a warning.
     */
    public Builder fallbackFont(PdfFont font) {
      fallbackFonts.add(Objects.requireNonNull(font, "font must not be null"));
      return this;
    }

    /** Replaces the fallback fonts; default none. */
    public Builder fallbackFonts(List<PdfFont> fonts) {
      fallbackFonts.clear();
      fonts.forEach(this::fallbackFont);
      return this;
    }

    /** The options. */
    public PdfOptions build() {
      return new PdfOptions(this);
    }
  }
}
