package dev.carepress.model;

import dev.carepress.text.UrlPolicy;
import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What is known about an article besides its content. Front-matter keys and JSON properties have
 * the same names as these components.
 *
 * @param title the title, shown as the one top-level heading
 * @param subtitle a line under the title
 * @param slug the name used for output files and links: letters, digits, {@code - _ .}, starting
 *     with a letter or digit
 * @param summary one or two sentences on what the article covers (the page description)
 * @param language the BCP 47 language tag, e.g. {@code en} or {@code es-MX}; kept in canonical case
 *     ({@link #canonicalLanguage}: {@code EN} becomes {@code en})
 * @param category the section of the site the article belongs to
 * @param breadcrumb the trail from the site's home to the article
 * @param tags keywords
 * @param published when the article was first published
 * @param updated when its content last changed
 * @param lastReviewed when a medical reviewer last checked it
 * @param nextReview when it is due to be checked again
 * @param views how many times it has been read
 * @param authors who wrote it
 * @param reviewers who checked it medically
 * @param audience who it is written for
 * @param about the conditions and topics it is about
 * @param image the lead image
 * @param url the article's own address online, an absolute {@code http} or {@code https} URL; when
 *     present it wins over the address a renderer would make of a base URL and the slug (the PDF's QR
 *     code, the HTML page's canonical link)
 */
public record Metadata(
    String title,
    Optional<String> subtitle,
    String slug,
    Optional<String> summary,
    String language,
    Optional<String> category,
    List<Crumb> breadcrumb,
    List<String> tags,
    Optional<LocalDate> published,
    Optional<LocalDate> updated,
    Optional<LocalDate> lastReviewed,
    Optional<LocalDate> nextReview,
    OptionalLong views,
    List<Person> authors,
    List<Person> reviewers,
    List<Audience> audience,
    List<Subject> about,
    Optional<Image> image,
    Optional<String> url) {

  private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_.-]*");
  /** Tags already checked: building a locale for every article costs more than reading its metadata. */
  private static final Map<String, Boolean> LANGUAGES = new ConcurrentHashMap<>();
  private static final Set<String> RIGHT_TO_LEFT =
      Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "ug", "ur", "yi");

  /** Validates and copies the components. */
  public Metadata {
    Values.text(title, "title");
    Values.present(subtitle, "subtitle");
    Values.text(slug, "slug");
    if (!isValidSlug(slug)) {
      throw new IllegalArgumentException(
          "slug '" + slug + "' must start with a letter or digit and hold only letters, digits, '-', '_' and '.'");
    }
    Values.present(summary, "summary");
    Values.text(language, "language");
    if (!isValidLanguage(language)) {
      throw new IllegalArgumentException("language '" + language + "' is not a BCP 47 tag such as 'en' or 'es-MX'");
    }
    language = canonicalLanguage(language); // one form for lang attributes, /Lang, dc:language and comparisons
    Values.present(category, "category");
    breadcrumb = Values.list(breadcrumb, "breadcrumb");
    tags = Values.list(tags, "tags");
    Values.present(published, "published");
    Values.present(updated, "updated");
    Values.present(lastReviewed, "lastReviewed");
    Values.present(nextReview, "nextReview");
    Values.present(views, "views");
    if (views.isPresent() && views.getAsLong() < 0) {
      throw new IllegalArgumentException("views must be >= 0, not " + views.getAsLong());
    }
    authors = Values.list(authors, "authors");
    reviewers = Values.list(reviewers, "reviewers");
    audience = Values.list(audience, "audience");
    about = Values.list(about, "about");
    Values.present(image, "image");
    Values.present(url, "url");
    Optional<String> problem = url.flatMap(Metadata::urlProblem);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("url '" + url.get() + "' " + problem.get()
          + "; write an absolute http or https address such as https://example.org/page");
    }
  }

  /**
   * Metadata without its own URL (as before the {@code url} component existed): the renderers make
   * the address from a base URL and the slug, if they are given one.
   */
  public Metadata(
      String title, Optional<String> subtitle, String slug, Optional<String> summary, String language,
      Optional<String> category, List<Crumb> breadcrumb, List<String> tags, Optional<LocalDate> published,
      Optional<LocalDate> updated, Optional<LocalDate> lastReviewed, Optional<LocalDate> nextReview,
      OptionalLong views, List<Person> authors, List<Person> reviewers, List<Audience> audience,
      List<Subject> about, Optional<Image> image) {
    this(title, subtitle, slug, summary, language, category, breadcrumb, tags, published, updated, lastReviewed,
        nextReview, views, authors, reviewers, audience, about, image, Optional.empty());
  }

  /**
   * The longest article URL this model accepts, counted as {@link #asciiLength}: the sitemap
   * protocol's limit, and short enough for a QR code (a version-40 code at level M holds 2,331 bytes).
   */
  public static final int MAX_URL_LENGTH = 2048;

  /**
   * Whether the text is an article URL this model accepts: an absolute {@code http} or {@code
   * https} address with a host, without a user name or password, spaces or control characters, at
   * most {@link #MAX_URL_LENGTH} characters long once percent-encoded.
   */
  public static boolean isValidUrl(String url) {
    return urlProblem(url).isEmpty();
  }

  /**
   * What is wrong with the text as an article URL, in words that end a sentence beginning "the
   * address …" (e.g. "has a space at character 24"), or empty if it is one this model accepts
   * ({@link #isValidUrl}).
   */
  public static Optional<String> urlProblem(String url) {
    if (asciiLength(url) > MAX_URL_LENGTH) {
      return Optional.of("is longer than " + MAX_URL_LENGTH + " characters");
    }
    Optional<String> scheme = UrlPolicy.scheme(url);
    if (scheme.isEmpty() || !(scheme.get().equals("http") || scheme.get().equals("https"))) {
      return Optional.of("is not an absolute http or https address");
    }
    String rest = url.substring(scheme.get().length() + 1);
    if (!(rest.startsWith("//") && rest.length() > 2 && rest.charAt(2) != '/' && rest.charAt(2) != '?'
        && rest.charAt(2) != '#')) {
      return Optional.of("has no host name after '" + scheme.get() + "://'");
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7F) {
        return Optional.of("has " + (c == ' ' ? "a space" : "a control character") + " at character " + (i + 1)
            + (c == ' ' ? " (write it %20)" : ""));
      }
    }
    int end = rest.length();
    for (char stop : new char[] {'/', '?', '#'}) {
      int at = rest.indexOf(stop, 2);
      end = at >= 0 ? Math.min(end, at) : end;
    }
    if (rest.substring(2, end).indexOf('@') >= 0) {
      return Optional.of("has a user name or password before '@' (it would be printed on the handout"
          + " and in its QR code)");
    }
    return Optional.empty();
  }

  /**
   * The length of the URL with each non-ASCII character percent-encoded as its UTF-8 bytes (three
   * characters a byte): the length of the address a QR code or a plain-ASCII link carries.
   */
  public static int asciiLength(String url) {
    int length = 0;
    for (int i = 0; i < url.length(); ) {
      int c = url.codePointAt(i);
      length += c < 0x80 ? 1 : 3 * (c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);
      i += Character.charCount(c);
    }
    return length;
  }

  /** Whether the text is a slug this model accepts. */
  public static boolean isValidSlug(String slug) {
    return SLUG.matcher(slug).matches() && !slug.contains("..");
  }

  /** Whether the text is a well-formed BCP 47 language tag with a language. */
  public static boolean isValidLanguage(String tag) {
    Boolean known = LANGUAGES.get(tag);
    if (known != null) {
      return known;
    }
    boolean valid;
    try {
      valid = !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
    } catch (IllformedLocaleException e) {
      valid = false;
    }
    if (LANGUAGES.size() < 256) { // a book has a handful of languages; the cache stays small whatever comes
      LANGUAGES.put(tag, valid);
    }
    return valid;
  }

  /**
   * The well-formed tag in the case RFC 5646 §2.1.1 makes canonical, and nothing else changed: the language and
   * every other subtag lower case, a two-letter subtag (the region) upper case and a four-letter one
   * (the script) title case, except at the start or after a singleton ({@code x-}, {@code u-} …),
   * where everything is lower case. {@code EN} → {@code en}, {@code zh-hans} → {@code zh-Hans},
   * {@code ES-mx} → {@code es-MX}. Tags are case-insensitive; outputs (lang attributes, PDF /Lang,
   * dc:language) and comparisons want the one form.
   */
  public static String canonicalLanguage(String tag) {
    String[] subtags = tag.split("-", -1);
    StringBuilder out = new StringBuilder(tag.length());
    boolean afterSingleton = false;
    for (int i = 0; i < subtags.length; i++) {
      String subtag = subtags[i].toLowerCase(Locale.ROOT);
      if (i > 0) {
        out.append('-');
        if (!afterSingleton && subtag.length() == 2) {
          subtag = subtag.toUpperCase(Locale.ROOT);
        } else if (!afterSingleton && subtag.length() == 4) {
          subtag = subtag.substring(0, 1).toUpperCase(Locale.ROOT) + subtag.substring(1);
        }
      }
      afterSingleton |= subtag.length() == 1;
      out.append(subtag);
    }
    String canonical = out.toString();
    return canonical.equals(tag) ? tag : canonical;
  }

  /** The language as a {@link Locale}, for formatting dates and numbers. */
  public Locale locale() {
    return Locale.forLanguageTag(language);
  }

  /** Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu …). */
  public boolean rightToLeft() {
    return isRightToLeft(language);
  }

  /** Whether the language of the BCP 47 tag is written right to left (Arabic, Hebrew, Persian, Urdu …). */
  public static boolean isRightToLeft(String languageTag) {
    return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(languageTag).getLanguage());
  }

  /** The date the content last changed: {@code updated}, else {@code published}. */
  public Optional<LocalDate> modified() {
    return updated.or(() -> published);
  }
}
