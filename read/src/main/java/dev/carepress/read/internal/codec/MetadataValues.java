package dev.carepress.read.internal.codec;

import dev.carepress.model.Audience;
import dev.carepress.model.Metadata;
import dev.carepress.model.Slugs;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeReading;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checked scalar values of metadata, shared by articles and {@code book.yaml}: a slug, a
 * language tag, a date, a number of views and an audience. A value that is not valid is reported
 * at its position and replaced by a usable one (or left out).
 */
final class MetadataValues {
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private MetadataValues() {}

  /** A valid slug: the one written, or (reported) a slug made of it. */
  static String slug(TreeNode node, TreeReading in) {
    String slug = in.text(node, "slug");
    if (slug == null) {
      return "untitled";
    }
    if (!Metadata.isValidSlug(slug)) {
      String better = Slugs.slugify(slug);
      in.diagnostics().error(
          "invalid-slug", node.pos(), "the slug '" + slug + "'" + in.at(node) + " may hold only letters, digits, '-',"
              + " '_' and '.', and must start with a letter or digit",
          "write " + in.pair("slug", better));
      return better;
    }
    String shorter = Slugs.shorten(slug);
    if (!shorter.equals(slug)) {
      in.diagnostics().error("long-slug", node.pos(), "the slug" + in.at(node) + " is "
          + slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes long; a slug names the output files,"
          + " and may be at most " + Slugs.MAX_BYTES + " bytes (of UTF-8) to fit a file name",
          "write " + in.pair("slug", shorter));
      return shorter;
    }
    return slug;
  }

  /**
   * A BCP 47 language tag in its canonical case ({@code EN} → {@code en}, {@code zh-hans} →
   * {@code zh-Hans}), silently: tags are case-insensitive, so a tag in another case is not a fault,
   * as an audience or callout kind in another case is not; {@code en} (reported) for anything else.
   */
  static String language(TreeNode node, TreeReading in) {
    String tag = in.text(node, "language");
    if (tag == null) {
      return "en";
    }
    if (!Metadata.isValidLanguage(tag)) {
      in.diagnostics().error(
          "invalid-language", node.pos(), "'" + tag + "'" + in.at(node) + " is not a BCP 47 language tag",
          "write a tag such as en, es, es-MX or pt-BR");
      return "en";
    }
    return Metadata.canonicalLanguage(tag);
  }

  /** The article's own address: an absolute http(s) URL, else reported and left out. */
  static Optional<String> url(TreeNode node, TreeReading in) {
    String url = in.text(node, "url");
    if (url == null) {
      return Optional.empty();
    }
    String stripped = url.strip();
    int length = Metadata.asciiLength(stripped);
    if (length > Metadata.MAX_URL_LENGTH) {
      in.diagnostics().error(
          "invalid-url", node.pos(), "'url'" + in.at(node) + " is " + length + " characters long (non-ASCII letters"
              + " counted percent-encoded); an article's address may have at most " + Metadata.MAX_URL_LENGTH,
          "shorten the address (the handout's QR code and sitemaps cannot hold a longer one), or leave the key out");
      return Optional.empty();
    }
    Optional<String> problem = Metadata.urlProblem(stripped);
    if (problem.isPresent()) {
      in.diagnostics().error(
          "invalid-url", node.pos(), "'url'" + in.at(node) + " '" + url + "' " + problem.get(),
          "write the article's full address, e.g. " + in.pair("url", "https://health.example.org/asthma.html")
              + ", or leave the key out");
      return Optional.empty();
    }
    return Optional.of(stripped);
  }

  /** The date under the key, written YYYY-MM-DD. */
  static Optional<LocalDate> date(TreeNode object, String key, TreeReading in) {
    Optional<TreeNode> node = in.optional(object, key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    TreeNode n = node.get();
    String text = n.isScalar() ? n.text().strip() : null;
    Matcher m = text == null ? null : DATE.matcher(text);
    if (m == null || !m.matches()) {
      in.diagnostics().error(
          "invalid-date", n.pos(),
          "'" + key + "'" + in.at(n) + " must be a date written YYYY-MM-DD, not " + TreeReading.describe(n),
          "write " + in.pair(key, "2025-03-04") + " (year, month, day)");
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      in.diagnostics().error(
          "invalid-date", n.pos(), "'" + key + "'" + in.at(n) + " is " + text + ", which is not a real date ("
              + e.getMessage() + ")",
          "check the month and day: YYYY-MM-DD");
      return Optional.empty();
    }
  }

  /** The number of views: a whole number 0 or more. */
  static OptionalLong views(TreeNode object, TreeReading in) {
    Optional<TreeNode> node = in.optional(object, "views");
    if (node.isEmpty()) {
      return OptionalLong.empty();
    }
    TreeNode n = node.get();
    if (n.kind() != TreeNode.Kind.INTEGER) {
      boolean digits = n.kind() == TreeNode.Kind.STRING && n.text().strip().matches("-?[\\d,. ]+");
      in.diagnostics().error(
          "wrong-type", n.pos(), "'views'" + in.at(n) + " must be a whole number 0 or more, not "
              + TreeReading.describe(n),
          digits ? "write the number without quotes, commas or spaces, e.g. " + in.pair("views", "2348")
              : "write a number such as " + in.pair("views", "2348") + ", or leave the key out");
      return OptionalLong.empty();
    }
    try {
      long views = Long.parseLong(n.text());
      if (views < 0) {
        in.diagnostics().error(
            "negative-views", n.pos(), "'views'" + in.at(n) + " must be 0 or more, not " + views,
            "write the number of times the article was read, or leave the key out");
        return OptionalLong.empty();
      }
      return OptionalLong.of(views);
    } catch (NumberFormatException e) {
      in.diagnostics().error(
          "out-of-range", n.pos(), "'views'" + in.at(n) + " is too large: " + n.text(), "write a smaller number");
      return OptionalLong.empty();
    }
  }

  /** The audiences, each once, in the order written. */
  static List<Audience> audience(TreeNode object, TreeReading in) {
    return in.optional(object, "audience")
        .map(n -> in.list(n, a -> audienceOf(a, in)))
        .map(l -> List.copyOf(new LinkedHashSet<>(l)))
        .orElse(List.of());
  }

  private static Audience audienceOf(TreeNode node, TreeReading in) {
    String id = in.text(node, "audience");
    if (id == null) {
      return null;
    }
    Optional<Audience> audience = Audience.fromId(id.strip());
    if (audience.isEmpty()) {
      List<String> ids = Arrays.stream(Audience.values()).map(Audience::id).toList();
      in.diagnostics().error(
          "invalid-value", node.pos(), "'" + id + "'" + in.at(node) + " is not an audience"
              + TreeReading.didYouMean(id, ids),
          "write one or more of " + String.join(", ", ids));
    }
    return audience.orElse(null);
  }
}
