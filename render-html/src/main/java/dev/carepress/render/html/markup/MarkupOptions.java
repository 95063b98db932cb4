package dev.carepress.render.html.markup;

import dev.carepress.Problem;
import dev.carepress.model.RelatedLink;
import dev.carepress.render.Option;
import dev.carepress.render.OptionValues;
import dev.carepress.text.UrlPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How {@link ArticleMarkup} writes an article: the dialect, three settings of the article's own
 * parts, and the hooks a container (a web page, a static site, an EPUB) uses to say where links and
 * images go. Immutable and thread-safe as long as the functions given are.
 *
 * <pre>{@code
 * MarkupOptions epub = MarkupOptions.builder()
 *     .dialect(Dialect.EPUB)
 *     .imageSource(src -> Optional.ofNullable(packedImages.get(src)))
 *     .relatedLink(link -> link.slug().map(chapters::get))
 *     .build();
 * }</pre>
 *
 * <p>Every URL a hook returns is still checked: a link target must pass {@link
 * UrlPolicy#isSafeLink}, an image source {@link UrlPolicy#isSafeImage}; what fails is written as
 * text, never as an {@code href} or {@code src}.
 */
public final class MarkupOptions {
  /**
   * The number of top-level sections from which a table of contents is written; default {@code
   * 3}. The HTML renderer offers it as its {@code toc} setting.
   */
  public static final Option<Integer> TABLE_OF_CONTENTS_MINIMUM = Option.integer("toc", 3, 1, Integer.MAX_VALUE,
      "number of sections from which an article gets a table of contents");

  /** The reading speed for the estimated reading time; default {@code 200} words a minute. */
  public static final Option<Integer> WORDS_PER_MINUTE = Option.integer("wordsPerMinute", 200, 1, Integer.MAX_VALUE,
      "reading speed for the estimated reading time");

  /** Whether each section heading is a link to its own section; default {@code true}. */
  public static final Option<Boolean> SECTION_LINKS =
      Option.flag("sectionLinks", true, "section headings link to their own section");

  /** The settings above, which a renderer declares among its own to pass them on. */
  public static final List<Option<?>> OPTIONS = List.of(TABLE_OF_CONTENTS_MINIMUM, WORDS_PER_MINUTE, SECTION_LINKS);

  private static final MarkupOptions DEFAULTS = builder().build();

  private final Dialect dialect;
  private final String idPrefix;
  private final int headingBase;
  private final OptionValues values;
  private final Function<String, Optional<String>> linkTarget;
  private final Function<String, Optional<String>> imageSource;
  private final Function<RelatedLink, Optional<String>> relatedLink;
  private final Function<String, Optional<String>> categoryLink;
  private final Function<String, Optional<ImageSize>> imageSize;
  private final Consumer<Problem> warnings;

  private MarkupOptions(Builder b) {
    dialect = b.dialect;
    idPrefix = b.idPrefix;
    headingBase = b.headingBase;
    values = b.values;
    linkTarget = b.linkTarget;
    imageSource = b.imageSource;
    relatedLink = b.relatedLink;
    categoryLink = b.categoryLink;
    imageSize = b.imageSize;
    warnings = b.warnings;
  }

  /** The defaults: HTML dialect, no id prefix, sections at {@code <h2>}, links and images as written. */
  public static MarkupOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The dialect. */
  public Dialect dialect() {
    return dialect;
  }

  /** The prefix put before every id written (and every in-page fragment link). */
  public String idPrefix() {
    return idPrefix;
  }

  /** The heading level of top-level sections and generated parts; the title is one above. */
  public int headingBase() {
    return headingBase;
  }

  /** Whether section headings link to their own section ({@link #SECTION_LINKS}). */
  public boolean sectionLinks() {
    return values.get(SECTION_LINKS);
  }

  /** The number of sections from which a table of contents is written ({@link #TABLE_OF_CONTENTS_MINIMUM}). */
  public int tableOfContentsMinimum() {
    return values.get(TABLE_OF_CONTENTS_MINIMUM);
  }

  /** The reading speed used for the estimated reading time ({@link #WORDS_PER_MINUTE}). */
  public int wordsPerMinute() {
    return values.get(WORDS_PER_MINUTE);
  }

  /** Where an inline link's URL (as written) points; empty makes it plain text. */
  public Function<String, Optional<String>> linkTarget() {
    return linkTarget;
  }

  /** Where a figure's or lead image's {@code src} (as written) is found; empty shows its description instead. */
  public Function<String, Optional<String>> imageSource() {
    return imageSource;
  }

  /** Where a related link points; empty shows its title as text. */
  public Function<RelatedLink, Optional<String>> relatedLink() {
    return relatedLink;
  }

  /** Where a category name links to; empty shows it as text. */
  public Function<String, Optional<String>> categoryLink() {
    return categoryLink;
  }

  /** The pixel size of an image by its {@code src} as written, if known. */
  public Function<String, Optional<ImageSize>> imageSize() {
    return imageSize;
  }

  /** Where warnings (a link or image left out) go. */
  public Consumer<Problem> warnings() {
    return warnings;
  }

  /** Builds {@link MarkupOptions}. Not thread-safe. */
  public static final class Builder {
    private Dialect dialect = Dialect.HTML;
    private String idPrefix = "";
    private int headingBase = 2;
    private OptionValues values = OptionValues.defaults(OPTIONS);
    private Function<String, Optional<String>> linkTarget = Optional::of;
    private Function<String, Optional<String>> imageSource = Optional::of;
    private Function<RelatedLink, Optional<String>> relatedLink = RelatedLink::url;
    private Function<String, Optional<String>> categoryLink = category -> Optional.empty();
    private Function<String, Optional<ImageSize>> imageSize = src -> Optional.empty();
    private Consumer<Problem> warnings = problem -> {};

    private Builder() {}

    private Builder(MarkupOptions o) {
      dialect = o.dialect;
      idPrefix = o.idPrefix;
      headingBase = o.headingBase;
      values = o.values;
      linkTarget = o.linkTarget;
      imageSource = o.imageSource;
      relatedLink = o.relatedLink;
      categoryLink = o.categoryLink;
      imageSize = o.imageSize;
      warnings = o.warnings;
    }

    /** The dialect; default {@link Dialect#HTML}. */
    public Builder dialect(Dialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * A prefix for every id and in-page link, so that several articles can share one document;
     * default none. Letters, digits, {@code -} and {@code _}, starting with a letter.
     */
    public Builder idPrefix(String idPrefix) {
      if (!idPrefix.isEmpty() && !idPrefix.matches("[A-Za-z][A-Za-z0-9_-]*")) {
        throw new IllegalArgumentException("idPrefix '" + idPrefix + "' must be a letter then letters, digits, - or _");
      }
      this.idPrefix = idPrefix;
      return this;
    }

    /**
     * The heading level of top-level sections and of generated parts (key points, references …),
     * 2 to 6; the article's title is one level above. Default {@code 2} ({@code <h1>} title).
     */
    public Builder headingBase(int headingBase) {
      if (headingBase < 2 || headingBase > 6) {
        throw new IllegalArgumentException("headingBase must be 2 to 6, not " + headingBase);
      }
      this.headingBase = headingBase;
      return this;
    }

    /** Whether each section heading is a link to its own section; default {@code true}. */
    public Builder sectionLinks(boolean sectionLinks) {
      return set(SECTION_LINKS, sectionLinks);
    }

    /**
     * The number of top-level sections from which a table of contents is written, at least 1;
     * default {@code 3}. {@link Integer#MAX_VALUE} turns it off.
     */
    public Builder tableOfContentsMinimum(int minimum) {
      return set(TABLE_OF_CONTENTS_MINIMUM, minimum);
    }

    /** The reading speed for the estimated reading time, at least 1; default {@code 200} words a minute. */
    public Builder wordsPerMinute(int wordsPerMinute) {
      return set(WORDS_PER_MINUTE, wordsPerMinute);
    }

    /**
     * Takes the values of the {@link #OPTIONS} that a renderer's options declare too, so a
     * renderer passes its {@code toc}, {@code wordsPerMinute} and {@code sectionLinks} on as they are.
     */
    public Builder settings(OptionValues rendererOptions) {
      for (Option<?> option : OPTIONS) {
        if (rendererOptions.options().contains(option)) {
          copy(option, rendererOptions);
        }
      }
      return this;
    }

    private <T> void copy(Option<T> option, OptionValues from) {
      set(option, from.get(option));
    }

    private <T> Builder set(Option<T> option, T value) {
      values = values.toBuilder().set(option, value).build();
      return this;
    }

    /**
     * Maps an inline link's URL as written to the {@code href} to write, or empty to write its text
     * without a link; default the URL as written. The result must pass {@link
     * UrlPolicy#isSafeLink}.
     */
    public Builder linkTarget(Function<String, Optional<String>> linkTarget) {
      this.linkTarget = Objects.requireNonNull(linkTarget, "linkTarget");
      return this;
    }

    /**
     * Maps a figure's or lead image's {@code src} as written to the {@code src} to write (the
     * packaged path in an EPUB), or empty when the image is not available; default the {@code src}
     * as written. The result must pass {@link UrlPolicy#isSafeImage}.
     */
    public Builder imageSource(Function<String, Optional<String>> imageSource) {
      this.imageSource = Objects.requireNonNull(imageSource, "imageSource");
      return this;
    }

    /**
     * Maps a related link to its {@code href} (a page of the site, a chapter of the book), or empty
     * to show its title as text; default its {@code url}, if any.
     */
    public Builder relatedLink(Function<RelatedLink, Optional<String>> relatedLink) {
      this.relatedLink = Objects.requireNonNull(relatedLink, "relatedLink");
      return this;
    }

    /** Maps the article's category to the page listing it, or empty; default empty. */
    public Builder categoryLink(Function<String, Optional<String>> categoryLink) {
      this.categoryLink = Objects.requireNonNull(categoryLink, "categoryLink");
      return this;
    }

    /**
     * The pixel size of an image by its {@code src} as written, written as {@code width} and {@code
     * height} so the page does not shift while it loads; default unknown (none written).
     */
    public Builder imageSize(Function<String, Optional<ImageSize>> imageSize) {
      this.imageSize = Objects.requireNonNull(imageSize, "imageSize");
      return this;
    }

    /** Where warnings go (a link or image left out, a footnote that does not exist); default dropped. */
    public Builder warnings(Consumer<Problem> warnings) {
      this.warnings = Objects.requireNonNull(warnings, "warnings");
      return this;
    }

    /** Builds the options. */
    public MarkupOptions build() {
      return new MarkupOptions(this);
    }
  }
}
