package dev.carepress.importer;

import dev.carepress.importer.internal.PageImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an existing health web page (saved HTML) into an article.
 *
 * <pre>{@code
 * HtmlArticleImporter importer = HtmlArticleImporter.builder().build();
 * ImportResult result = importer.importPage(Path.of("saved/asthma.html"), Optional.of("https://health.example.org/asthma"));
 * Article article = result.orThrow();
 * }</pre>
 *
 * <p><b>Metadata</b> is taken in this order of trust, each field from the first source that has
 * it: schema.org JSON-LD ({@code MedicalWebPage}, {@code Article}, {@code WebPage}, {@code
 * BreadcrumbList}, people and organizations, {@code @graph} forms), microdata, Open Graph and
 * {@code article:*} meta, {@code citation_*} and Dublin Core meta, then the page itself ({@code
 * h1}, labelled dates and {@code <time>}, breadcrumb navs and "Location: A > B" trails, bylines and
 * {@code rel=author}, "N views" counters, category labels). {@link ImportResult#fields()} says
 * where each came from and {@link ImportResult#guessed()} which were inferred.
 *
 * <p><b>Content</b> is the page's {@code article}, else its {@code main} or {@code [role=main]},
 * else the element a Readability-like scoring picks; navigation, banners, cookie notices, share
 * widgets, ads, comments, scripts, styles and footers are left out. The title {@code h1} is
 * dropped; the top heading level becomes sections, the next subsections; lists, tables with
 * captions, figures, quotes, callouts and code are kept; links are resolved against the page's
 * {@code <base>} or address. A "Key points" or "At a glance" box becomes the key points; the
 * references, related links, notes and glossary become those parts. Nothing active survives: a
 * link or image whose scheme is not allowed by {@link dev.carepress.text.UrlPolicy} keeps only its
 * text, and scripts are never read as content.
 *
 * <p><b>Bad input</b> (empty, binary, too large, not HTML, no discernible text) gives a result
 * with one error naming the file and no article; a charset other than UTF-8, a cut-off page or
 * deep nesting gives a warning. The article is in {@link MarkdownArticleWriter#canonical canonical
 * form}, so that its Markdown reads back equal. Immutable and thread-safe.
 */
public final class HtmlArticleImporter {
  private final long maxBytes;

  private HtmlArticleImporter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Imports a saved page; problems name the file as given. */
  public ImportResult importPage(Path file) throws IOException {
    return importPage(file, Optional.empty());
  }

  /**
   * Imports a saved page.
   *
   * @param baseUrl the page's address on the web, which relative links are resolved against (a
   *     {@code <base>} in the page still wins)
   * @throws IOException if the file cannot be read; bad content is a problem in the result
   */
  public ImportResult importPage(Path file, Optional<String> baseUrl) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(baseUrl, "baseUrl");
    long size = Files.size(file);
    if (size > maxBytes) {
      return PageImport.tooLarge(file.toString(), size, maxBytes); // refused without reading it
    }
    byte[] bytes = Files.readAllBytes(file);
    return PageImport.run(bytes, file.toString(), Optional.of(file), baseUrl, maxBytes);
  }

  /**
   * Imports a page held in memory.
   *
   * @param html the page's text
   * @param sourceName the name problems give as the source, e.g. a file name; its base name is a
   *     candidate slug
   * @param baseUrl the page's address on the web, for relative links
   */
  public ImportResult importHtml(String html, String sourceName, Optional<String> baseUrl) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(baseUrl, "baseUrl");
    return PageImport.run(html.getBytes(StandardCharsets.UTF_8), sourceName, Optional.empty(), baseUrl, maxBytes);
  }

  /** Builds an {@link HtmlArticleImporter}. */
  public static final class Builder {
    private long maxBytes = 16L << 20;

    private Builder() {}

    /** The largest page read, in bytes; a larger one is an error. Default 16 MiB. */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxBytes must be > 0, not " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /** Builds the importer. */
    public HtmlArticleImporter build() {
      return new HtmlArticleImporter(maxBytes);
    }
  }
}
