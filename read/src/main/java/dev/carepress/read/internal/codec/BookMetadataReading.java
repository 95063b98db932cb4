package dev.carepress.read.internal.codec;

import dev.carepress.model.BookMetadata;
import dev.carepress.model.Slugs;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeReading;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a {@code book.yaml}'s metadata with the codecs articles use for the same values (slug,
 * language, people, an image). A book has no JSON form: it is read, never written.
 */
public final class BookMetadataReading {
  /** The keys of {@code book.yaml}. */
  public static final List<String> KEYS =
      List.of("title", "subtitle", "slug", "authors", "publisher", "language", "identifier", "cover", "articles");

  private BookMetadataReading() {}

  /** The book's metadata; the caller reads {@code articles}. */
  public static BookMetadata read(TreeNode object, TreeReading in) {
    for (TreeNode.Entry entry : object.entries().values()) {
      if (!KEYS.contains(entry.key())) {
        in.unknownKey(entry, KEYS, "book");
      }
    }
    Optional<TreeNode> titleNode = in.optional(object, "title");
    String title = titleNode.map(n -> in.text(n, "title")).orElse(null);
    if (title == null || title.isBlank()) {
      in.diagnostics().error(
          "missing-title", titleNode.map(TreeNode::pos).orElse(object.pos()),
          "the book has no title", "add a line such as 'title: Everyday health' to book.yaml");
      title = "Untitled";
    }
    String finalTitle = title;
    String slug = in.optional(object, "slug").map(n -> MetadataValues.slug(n, in))
        .orElseGet(() -> Slugs.shorten(Slugs.slugify(finalTitle)));
    String language = in.optional(object, "language").map(n -> MetadataValues.language(n, in)).orElse("en");
    try {
      return new BookMetadata(
          title, in.optionalText(object, "subtitle"), slug, PartCodecs.PERSON.readList(object, "authors", in),
          in.optionalText(object, "publisher"), language, in.optionalText(object, "identifier"),
          in.optional(object, "cover").map(n -> PartCodecs.IMAGE.read(n, "cover", in)).filter(Objects::nonNull));
    } catch (IllegalArgumentException e) {
      in.diagnostics().error("invalid", object.pos(), "the book's metadata is not valid: " + e.getMessage(), "");
      return BookMetadata.of(title);
    }
  }
}
