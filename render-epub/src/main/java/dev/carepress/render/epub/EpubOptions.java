package dev.carepress.render.epub;

import dev.carepress.render.Labels;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The typed options of {@link EpubRenderer}. Immutable; make one with {@link #builder()}.
 *
 * <pre>{@code
 * EpubOptions options = EpubOptions.builder().tocDepth(1).titlePage(false).build();
 * Renderer epub = EpubRenderer.create(options);
 * }</pre>
 */
public final class EpubOptions {
  private static final EpubOptions DEFAULTS = builder().build();

  private final int tocDepth;
  private final boolean ncx;
  private final boolean titlePage;
  private final Optional<Instant> modified;
  private final int compressionLevel;
  private final Map<String, String> labels;
  private final String extraStylesheet;

  private EpubOptions(Builder b) {
    this.tocDepth = b.tocDepth;
    this.ncx = b.ncx;
    this.titlePage = b.titlePage;
    this.modified = b.modified;
    this.compressionLevel = b.compressionLevel;
    this.labels = Map.copyOf(b.labels);
    this.extraStylesheet = b.extraStylesheet;
  }

  /** The defaults: see each {@link Builder} method. */
  public static EpubOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tocDepth = tocDepth;
    b.ncx = ncx;
    b.titlePage = titlePage;
    b.modified = modified;
    b.compressionLevel = compressionLevel;
    b.labels.putAll(labels);
    b.extraStylesheet = extraStylesheet;
    return b;
  }

  /** How many levels the table of contents shows: 1 articles, 2 and their sections, up to 6. */
  public int tocDepth() {
    return tocDepth;
  }

  /** Whether an EPUB 2 {@code toc.ncx} is added for older reading systems. */
  public boolean ncx() {
    return ncx;
  }

  /** Whether a book gets a generated title page. */
  public boolean titlePage() {
    return titlePage;
  }

  /** The {@code dcterms:modified} time, when set; otherwise it comes from the articles' dates. */
  public Optional<Instant> modified() {
    return modified;
  }

  /** The deflate level of the container's entries, 0 (stored) to 9 (smallest). */
  public int compressionLevel() {
    return compressionLevel;
  }

  /** Label texts that replace Carepress's own, by key (see {@link Labels}). */
  public Map<String, String> labels() {
    return labels;
  }

  /** CSS rules added after the built-in stylesheet. */
  public String extraStylesheet() {
    return extraStylesheet;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof EpubOptions)) {
      return false;
    }
    EpubOptions that = (EpubOptions) other;
    return tocDepth == that.tocDepth && ncx == that.ncx && titlePage == that.titlePage
        && modified.equals(that.modified) && compressionLevel == that.compressionLevel
        && labels.equals(that.labels) && extraStylesheet.equals(that.extraStylesheet);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tocDepth, ncx, titlePage, modified, compressionLevel, labels, extraStylesheet);
  }

  @Override
  public String toString() {
    return "EpubOptions[tocDepth=" + tocDepth + ", ncx=" + ncx + ", titlePage=" + titlePage + ", modified="
        + modified.map(Instant::toString).orElse("from content") + ", compressionLevel=" + compressionLevel
        + ", labels=" + new TreeMap<>(labels) + ", extraStylesheet=" + extraStylesheet.length() + " chars]";
  }

  /** Builds {@link EpubOptions}; every method states its default. */
  public static final class Builder {
    private int tocDepth = 2;
    private boolean ncx = true;
    private boolean titlePage = true;
    private Optional<Instant> modified = Optional.empty();
    private int compressionLevel = 6;
    private final Map<String, String> labels = new TreeMap<>();
    private String extraStylesheet = "";

    private Builder() {}

    /**
     * How many levels the table of contents (navigation document and NCX) shows: 1 lists the
     * articles, 2 also their sections, 3 to 6 subsections that deep. Default {@code 2}.
     */
    public Builder tocDepth(int depth) {
      if (depth < 1 || depth > 6) {
        throw new IllegalArgumentException("tocDepth must be 1 to 6, not " + depth);
      }
      this.tocDepth = depth;
      return this;
    }

    /** Whether to add an EPUB 2 {@code toc.ncx} for older reading systems. Default {@code true}. */
    public Builder ncx(boolean ncx) {
      this.ncx = ncx;
      return this;
    }

    /**
     * Whether a book gets a generated title page (title, subtitle, authors, publisher) after its
     * cover. A single article never gets one: its own heading is its title. Default {@code true}.
     */
    public Builder titlePage(boolean titlePage) {
      this.titlePage = titlePage;
      return this;
    }

    /**
     * The {@code dcterms:modified} time (and the container's timestamps), e.g. the release time of an
     * edition. Default: none, meaning the latest published, updated or last-reviewed date of the
     * articles at midnight UTC (2000-01-01 when none has a date) — never the clock.
     */
    public Builder modified(Instant modified) {
      this.modified = Optional.of(modified);
      return this;
    }

    /**
     * The deflate level of the container's entries, 0 (stored) to 9 (smallest, slowest); {@code
     * mimetype} is always stored. Default {@code 6}.
     */
    public Builder compressionLevel(int level) {
      if (level < 0 || level > 9) {
        throw new IllegalArgumentException("compressionLevel must be 0 to 9, not " + level);
      }
      this.compressionLevel = level;
      return this;
    }

    /**
     * Replaces the text of one label (e.g. {@code keyPoints} → {@code At a glance}) in every
     * language. Default: Carepress's own labels.
     *
     * @throws IllegalArgumentException if there is no such label
     */
    public Builder label(String key, String text) {
      Labels.forLanguage("en").with(key, text); // fails now, not at render time, on an unknown key
      labels.put(key, text);
      return this;
    }

    /** CSS rules added after the built-in stylesheet (to change fonts, spacing …). Default: none. */
    public Builder extraStylesheet(String css) {
      this.extraStylesheet = Objects.requireNonNull(css, "css");
      return this;
    }

    /** The options. */
    public EpubOptions build() {
      return new EpubOptions(this);
    }
  }
}
