package dev.carepress.render.epub;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.StreamedBook;
import dev.carepress.render.ClinicOptions;
import dev.carepress.render.Format;
import dev.carepress.render.Labels;
import dev.carepress.render.Option;
import dev.carepress.render.OptionValues;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.Settings;
import dev.carepress.render.epub.internal.EpubSettings;
import dev.carepress.render.epub.internal.EpubWriter;
import dev.carepress.render.epub.internal.MarkupChapterWriter;
import dev.carepress.render.epub.internal.SettingRules;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Renders books and articles as EPUB 3.3 e-books that pass EPUBCheck and carry EPUB Accessibility
 * 1.1 metadata: a navigation document, an NCX, a cover and title page for books, and one XHTML
 * document per article.
 *
 * <pre>{@code
 * Book book = BookReader.create().read(Path.of("book.yaml"));
 * EpubRenderer.create().renderBook(book, Path.of("out/everyday-health.epub"));
 * EpubRenderer.builder().tocDepth(1).build().render(article, Path.of("asthma.epub"));
 * }</pre>
 *
 * <p>Each setting is declared once, as one of the {@link Option} constants below: the {@link
 * Builder}'s methods set them in code, {@link Builder#apply(Settings)} from their text form ({@code
 * --set tocDepth=1}), and {@code carepress formats} lists them.
 *
 * <p>Immutable and thread-safe. The same input gives the same bytes: dates come from the content,
 * the identifier from the book (or from its content), and the container's order and timestamps are
 * fixed. A book is written one article at a time, in two passes over its articles (the first for
 * the contents, languages, dates and images, which come before and after the chapters; the second
 * writes the chapters), so a {@link StreamedBook} is rendered holding only a few of them: a book
 * of eight or more articles has its chapters rendered a few ahead on one background thread while
 * the calling thread compresses and writes them. The context's {@link
 * dev.carepress.render.ResourceResolver} may then be called from that thread (one call at a time);
 * warnings are always delivered on the calling thread, in reading order.
 */
public final class EpubRenderer implements Renderer {
  /** The {@code epub} format. */
  public static final Format FORMAT = EpubRendererProvider.FORMAT;

  /** How many levels the table of contents shows: 1 articles, 2 and their sections, up to 6; default 2. */
  public static final Option<Integer> TOC_DEPTH = Option.integer("tocDepth", 2, 1, 6,
      "levels in the table of contents: 1 articles, 2 and their sections, up to 6");
  /** Whether an EPUB 2 {@code toc.ncx} is added for older reading systems; default {@code true}. */
  public static final Option<Boolean> NCX = Option.flag("ncx", true, "add an EPUB 2 toc.ncx for older reading systems");
  /** Whether a book gets a generated title page; default {@code true}. */
  public static final Option<Boolean> TITLE_PAGE = Option.flag("titlePage", true, "give a book a generated title page");
  /** The {@code dcterms:modified} time; default none, meaning the latest date of the articles. */
  public static final Option<Optional<Instant>> MODIFIED = Option.of("modified", SettingRules.MODIFIED_FORM,
      Optional.empty(),
      "dcterms:modified as 2025-03-01T12:00:00Z or 2025-03-01 (default: the latest date of the articles)",
      SettingRules::modified, time -> time.map(Instant::toString).orElse(""));
  /** The deflate level of the container's entries, 0 (stored) to 9 (smallest); default 6. */
  public static final Option<Integer> COMPRESSION_LEVEL =
      Option.integer("compressionLevel", 6, 0, 9, "deflate level, 0 (stored) to 9 (smallest)");
  /** A CSS file whose rules are added after the built-in stylesheet; default none ({@code ""}). */
  public static final Option<String> STYLESHEET_FILE =
      Option.text("stylesheet", "", "a CSS file whose rules are added after the built-in stylesheet");

  /**
   * Whether the e-book embeds the bundled Noto fonts for the scripts its text uses (many e-readers
   * have no Ethiopic, Myanmar or Khmer font); default {@code false}. The fonts come from the font
   * packs on the class path ({@code carepress-fonts-world}); each is a whole TrueType file of 27 KB
   * (Hebrew) to 343 KB (Ethiopic) per weight, regular and bold. The CJK pack's collection is not
   * embedded (a {@code .ttc} is no EPUB core media type). Without a pack on the class path the
   * option warns and embeds nothing.
   */
  public static final Option<Boolean> EMBED_FONTS = Option.flag("embedFonts", false,
      "embed the bundled Noto fonts (carepress-fonts-world on the class path) for the scripts the book uses");

  /** {@code clinicName}: the clinic's name, on a book's title page ({@link ClinicOptions#NAME}). */
  public static final Option<String> CLINIC_NAME = ClinicOptions.NAME;
  /** {@code clinicPhone}: the clinic's phone number, on the title page ({@link ClinicOptions#PHONE}). */
  public static final Option<String> CLINIC_PHONE = ClinicOptions.PHONE;
  /** {@code clinicAddress}: the clinic's address, on the title page ({@link ClinicOptions#ADDRESS}). */
  public static final Option<String> CLINIC_ADDRESS = ClinicOptions.ADDRESS;
  /** {@code clinicWeb}: the clinic's web site, on the title page ({@link ClinicOptions#WEB}). */
  public static final Option<String> CLINIC_WEB = ClinicOptions.WEB;
  /**
   * {@code calendar}: the calendar of dates ({@link Labels#CALENDAR}): {@code language} (the
   * default: the article language's own, the Buddhist era for Thai, else Gregorian), {@code
   * gregorian}, {@code buddhist}, {@code islamic-umalqura}, {@code japanese} or {@code roc}.
   */
  public static final Option<String> CALENDAR = Labels.CALENDAR;

  /** Every setting of the renderer: those above and {@link Labels#OVERRIDES}. */
  public static final List<Option<?>> OPTIONS = List.of(TOC_DEPTH, NCX, TITLE_PAGE, MODIFIED, COMPRESSION_LEVEL,
      STYLESHEET_FILE, EMBED_FONTS, CLINIC_NAME, CLINIC_PHONE, CLINIC_ADDRESS, CLINIC_WEB, CALENDAR, Labels.OVERRIDES);

  private final OptionValues options;
  private final List<String> stylesheets;
  private final EpubWriter writer;

  private EpubRenderer(OptionValues options, List<String> stylesheets, String allCss) {
    this.options = options;
    this.stylesheets = stylesheets;
    this.writer = new EpubWriter(new EpubSettings(options.get(TOC_DEPTH), options.get(NCX), options.get(TITLE_PAGE),
        options.get(COMPRESSION_LEVEL), options.get(CALENDAR), options.get(Labels.OVERRIDES), allCss, options.get(EMBED_FONTS),
        Stream.of(CLINIC_NAME, CLINIC_PHONE, CLINIC_ADDRESS, CLINIC_WEB).map(options::get).map(String::strip)
            .filter(t -> !t.isEmpty()).toList()),
        new MarkupChapterWriter());
  }

  /** A renderer with the default options. */
  public static EpubRenderer create() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this renderer's options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The values of the {@link #OPTIONS}. */
  public OptionValues options() {
    return options;
  }

  @Override
  public Format format() {
    return FORMAT;
  }

  /** Renders one article as a small e-book of its own (no cover or title page). */
  @Override
  public void render(Article article, OutputStream out, RenderContext context) throws IOException {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(context, "context");
    writer.write(article, options.get(MODIFIED), out, context);
  }

  /** Renders a book: cover, title page, contents, then every article in order. */
  @Override
  public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
    renderBook(StreamedBook.of(book), out, context); // one code path: the same bytes either way
  }

  /**
   * Renders a book whose articles are read when needed, in two passes: the first gathers what the
   * navigation, the NCX, the package document and the fonts need (titles, headings, languages,
   * dates, images, scripts) and checks every image; the second writes each chapter as its article
   * is read, so only a few articles are in memory at once, however long the book. The bytes are
   * those of {@link #renderBook(Book, OutputStream, RenderContext)} with the same articles. An
   * article whose slug, title or headings changed between the passes is a {@link
   * dev.carepress.ContentException} naming its file.
   */
  @Override
  public void renderBook(StreamedBook book, OutputStream out, RenderContext context) throws IOException {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(context, "context");
    writer.write(book.metadata(), book.source(), book.articles(), options.get(MODIFIED), out, context);
  }

  @Override
  public String toString() {
    return "EpubRenderer" + options.toSettings().asMap()
        + (stylesheets.isEmpty() ? "" : "[" + stylesheets.size() + " stylesheets added in code]");
  }

  /**
   * Builds an {@link EpubRenderer}. Each method sets one of the renderer's {@link #OPTIONS} and
   * states its default; {@link #apply(Settings)} sets them from their text form. Not thread-safe.
   */
  public static final class Builder {
    private final OptionValues.Builder values;
    private final List<String> stylesheets = new ArrayList<>();

    private Builder() {
      values = OptionValues.builder(OPTIONS);
    }

    private Builder(EpubRenderer renderer) {
      values = renderer.options.toBuilder();
      stylesheets.addAll(renderer.stylesheets);
    }

    /**
     * How many levels the table of contents (navigation document and NCX) shows ({@link
     * #TOC_DEPTH}): 1 lists the articles, 2 also their sections, 3 to 6 subsections that deep.
     * Default {@code 2}.
     *
     * @throws IllegalArgumentException if it is not 1 to 6
     */
    public Builder tocDepth(int depth) {
      values.set(TOC_DEPTH, depth);
      return this;
    }

    /** Whether to add an EPUB 2 {@code toc.ncx} for older reading systems ({@link #NCX}); default {@code true}. */
    public Builder ncx(boolean ncx) {
      values.set(NCX, ncx);
      return this;
    }

    /**
     * Whether a book gets a generated title page (title, subtitle, authors, publisher) after its
     * cover ({@link #TITLE_PAGE}). A single article never gets one: its own heading is its title.
     * Default {@code true}.
     */
    public Builder titlePage(boolean titlePage) {
      values.set(TITLE_PAGE, titlePage);
      return this;
    }

    /**
     * The {@code dcterms:modified} time (and the container's timestamps) ({@link #MODIFIED}), e.g.
     * the release time of an edition. Default: none, meaning the latest published, updated or
     * last-reviewed date of the articles at midnight UTC (2000-01-01 when none has a date) — never
     * the clock.
     */
    public Builder modified(Instant modified) {
      values.set(MODIFIED, Optional.of(modified));
      return this;
    }

    /**
     * The clinic giving out the book ({@link #CLINIC_NAME}, {@link #CLINIC_PHONE}, {@link
     * #CLINIC_ADDRESS}, {@link #CLINIC_WEB}), each stripped, empty for none: a short block on a
     * book's title page; default none.
     */
    public Builder clinic(String name, String phone, String address, String web) {
      values.set(CLINIC_NAME, Objects.requireNonNull(name, "name").strip());
      values.set(CLINIC_PHONE, Objects.requireNonNull(phone, "phone").strip());
      values.set(CLINIC_ADDRESS, Objects.requireNonNull(address, "address").strip());
      values.set(CLINIC_WEB, Objects.requireNonNull(web, "web").strip());
      return this;
    }

    /**
     * Whether the e-book embeds the bundled fonts for the scripts its text uses ({@link
     * #EMBED_FONTS}); default {@code false}.
     */
    public Builder embedFonts(boolean embed) {
      values.set(EMBED_FONTS, embed);
      return this;
    }

    /**
     * The deflate level of the container's entries ({@link #COMPRESSION_LEVEL}), 0 (stored) to 9
     * (smallest, slowest); {@code mimetype} is always stored. Default {@code 6}.
     *
     * @throws IllegalArgumentException if it is not 0 to 9
     */
    public Builder compressionLevel(int level) {
      values.set(COMPRESSION_LEVEL, level);
      return this;
    }

    /**
     * A CSS file whose rules are added after the built-in stylesheet and any {@link #addStylesheet}
     * text ({@link #STYLESHEET_FILE}); default none. It is read by {@link #build()}.
     */
    public Builder stylesheetFile(Path file) {
      values.set(STYLESHEET_FILE, file.toString());
      return this;
    }

    /**
     * Adds CSS rules after the built-in stylesheet (to change fonts, spacing …); default none.
     * Code only; the text form is {@link #STYLESHEET_FILE}.
     */
    public Builder addStylesheet(String css) {
      stylesheets.add(Objects.requireNonNull(css, "css"));
      return this;
    }

    /**
     * Replaces label texts in every language ({@link Labels#OVERRIDES}), e.g. {@code
     * Map.of("keyPoints", "At a glance")}; default none (Carepress's own labels).
     *
     * @throws dev.carepress.render.SettingsException naming a key that is not a label
     */
    public Builder labels(Map<String, String> overrides) {
      Labels.requireKnownKeys(overrides);
      values.set(Labels.OVERRIDES, overrides);
      return this;
    }

    /**
     * The calendar of dates ({@link #CALENDAR}): {@code language} (the default: the article
     * language's own, the Buddhist era for Thai), {@code gregorian}, {@code buddhist}, {@code
     * islamic-umalqura}, {@code japanese} or {@code roc}.
     *
     * @throws dev.carepress.render.SettingsException for another calendar
     */
    public Builder calendar(String calendar) {
      Labels.requireKnownCalendar(calendar);
      values.set(CALENDAR, calendar);
      return this;
    }

    /**
     * Sets the options named in the settings from their text form ({@code tocDepth}, {@code
     * labels.keyPoints} …).
     *
     * @throws dev.carepress.render.SettingsException for an unknown key or a value that cannot be used
     */
    public Builder apply(Settings settings) {
      values.apply(FORMAT.id(), settings);
      Labels.requireKnownKeys(values.get(Labels.OVERRIDES));
      Labels.requireKnownCalendar(values.get(CALENDAR));
      return this;
    }

    /**
     * The renderer; reads the {@link #STYLESHEET_FILE} file, if one is set.
     *
     * @throws dev.carepress.render.SettingsException if that file cannot be read
     */
    public EpubRenderer build() {
      OptionValues options = values.build();
      List<String> css = new ArrayList<>(stylesheets);
      String file = options.get(STYLESHEET_FILE);
      if (!file.isBlank()) {
        css.add(SettingRules.cssFile(STYLESHEET_FILE.key(), file));
      }
      return new EpubRenderer(options, List.copyOf(stylesheets), String.join("\n", css));
    }
  }
}
