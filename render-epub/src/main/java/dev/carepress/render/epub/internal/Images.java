package dev.carepress.render.epub.internal;

import dev.carepress.Problem;
import dev.carepress.render.ImageProblems;
import dev.carepress.model.Article;
import dev.carepress.render.Resource;
import dev.carepress.render.ResourceResolver;
import dev.carepress.text.UrlPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The images of a publication: found through the {@link ResourceResolver}, checked, named by a
 * hash of their content (so the same picture used twice is packed once and names never clash) and
 * written to the container as they are first needed.
 */
final class Images {
  /** The image types every EPUB reading system must support (EPUB 3.3 core media types). */
  private static final Map<String, String> EXTENSIONS =
      Map.of("image/png", "png", "image/jpeg", "jpg", "image/gif", "gif", "image/webp", "webp", "image/svg+xml", "svg");

  private static final Pattern ACTIVE_SVG =
      Pattern.compile("<script|<foreignobject|javascript:|\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

  /** An image in the container. */
  record Item(String id, String href, String mediaType) {}

  private final ResourceResolver resolver;
  private final Map<String, Item> byHash = new LinkedHashMap<>();

  Images(ResourceResolver resolver) {
    this.resolver = resolver;
  }

  /** Whether the reference is one this renderer tries to pack (a relative path). */
  static boolean isLocal(String src) {
    return !UrlPolicy.hasScheme(src) && !src.startsWith("//") && !src.isBlank();
  }

  /** Every problem with the article's local images: missing files and unusable formats. */
  List<Problem> check(Article article) throws IOException {
    List<Problem> problems = new ArrayList<>();
    for (String src : ImageRefs.of(article)) {
      if (isLocal(src)) {
        load(article.source(), src, sourceName(article), "article '" + article.slug() + "'", problems);
      }
    }
    return problems;
  }

  /** Checks one image of a book (its cover). */
  List<Problem> check(Optional<Path> source, String src, String sourceName, String owner) throws IOException {
    List<Problem> problems = new ArrayList<>();
    if (isLocal(src)) {
      load(source, src, sourceName, owner, problems);
    }
    return problems;
  }

  /** An image read and named, ready to be written (once) to the container. */
  record Resolved(String src, Item item, byte[] bytes) {}

  /**
   * Reads the article's local images (checked before) and names them; remote images are reported
   * as warnings and left out. Safe to call from another thread than {@link #add}'s.
   */
  List<Resolved> resolve(Article article, Consumer<Problem> warnings) throws IOException {
    List<Resolved> resolved = new ArrayList<>();
    for (String src : ImageRefs.of(article)) {
      if (isLocal(src)) {
        resolved.add(resolve(article.source(), src, sourceName(article), "article '" + article.slug() + "'"));
      } else {
        warnings.accept(Problem.warning(
            "epub-remote-image", sourceName(article), 0, 0,
            "article '" + article.slug() + "' shows the image '" + src + "', which is not a local file; an EPUB "
                + "cannot show images from the web, so its text description is shown instead",
            "save the image beside the article and refer to it by a relative path"));
      }
    }
    return resolved;
  }

  /** Reads and names one image (checked before). */
  Resolved resolve(Optional<Path> source, String src, String sourceName, String owner) throws IOException {
    List<Problem> problems = new ArrayList<>();
    Resource resource = load(source, src, sourceName, owner, problems);
    if (resource == null) {
      throw new dev.carepress.ContentException(problems); // changed since it was checked
    }
    String name = sha256(resource.bytes()).substring(0, 16);
    Item item = new Item("img-" + name, "images/" + name + "." + EXTENSIONS.get(resource.mediaType()),
        resource.mediaType());
    return new Resolved(src, item, resource.bytes());
  }

  /** Writes the image to the container unless the same picture is already there. */
  void add(Resolved image, OcfZip zip) throws IOException {
    if (byHash.putIfAbsent(image.item().id(), image.item()) == null) {
      zip.entry("EPUB/" + image.item().href(), image.bytes());
    }
  }

  /** The images packed so far, in the order they were written. */
  List<Item> items() {
    return List.copyOf(byHash.values());
  }

  private Resource load(Optional<Path> source, String src, String sourceName, String owner, List<Problem> problems)
      throws IOException {
    Optional<Resource> found = resolver.resolve(source, src);
    if (found.isEmpty()) {
      problems.add(ImageProblems.notFound(sourceName, src, owner, source));
      return null;
    }
    Resource resource = found.get();
    String type = resource.mediaType().toLowerCase(Locale.ROOT);
    if (!EXTENSIONS.containsKey(type)) {
      problems.add(ImageProblems.notAnImage(sourceName, src, owner, resource));
      return null;
    }
    if (type.equals("image/svg+xml")
        && ACTIVE_SVG.matcher(new String(resource.bytes(), StandardCharsets.UTF_8)).find()) {
      problems.add(Problem.error(
          "image-svg-active", sourceName, 0, 0,
          "the SVG image '" + src + "' of " + owner + " holds scripts, event handlers or foreign content, "
              + "which an EPUB image may not have",
          "export the drawing as a plain SVG or as PNG"));
      return null;
    }
    return new Resource(resource.name(), type, resource.bytes());
  }

  static String sourceName(Article article) {
    return article.source().map(Path::toString).orElse(article.slug());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
