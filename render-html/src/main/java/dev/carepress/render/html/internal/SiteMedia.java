package dev.carepress.render.html.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.BlockVisitor;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Figure;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Quote;
import dev.carepress.model.Table;
import dev.carepress.model.ThematicBreak;
import dev.carepress.render.FileSink;
import dev.carepress.render.ImageProblems;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Resource;
import dev.carepress.render.html.markup.ImageSize;
import dev.carepress.text.UrlPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local images of a site's articles, copied into {@code media/} as they are first used: one
 * copy of each file however many articles show it, names made unique, and each image's pixel size
 * read once. One per site being written; copies on the site's thread, sizes read from any.
 */
final class SiteMedia {
  private final RenderContext context;
  private final FileSink sink;
  private final Map<String, String> filesBySource = new HashMap<>();
  private final Map<String, byte[]> written = new HashMap<>();
  private final Map<String, ImageSize> sizes = new ConcurrentHashMap<>(); // read by page renders

  SiteMedia(RenderContext context, FileSink sink) {
    this.context = context;
    this.sink = sink;
  }

  /**
   * Copies the article's local images (lead image and figures) and maps each {@code src} to its copy.
   *
   * @throws ContentException when a local file found for an image is no picture (a text file named
   *     {@code .png}), before anything is copied: the PDF and EPUB refuse it too, and a page would
   *     show it as a broken image
   */
  Map<String, String> copy(Article article) throws IOException {
    List<String> sources = new ArrayList<>();
    article.metadata().image().ifPresent(image -> sources.add(image.src()));
    collectFigures(article.introduction(), sources);
    article.allSections().forEach(section -> collectFigures(section.blocks(), sources));
    Map<String, Resource> found = new LinkedHashMap<>();
    List<Problem> notPictures = new ArrayList<>();
    for (String src : sources) {
      if (found.containsKey(src) || UrlPolicy.hasScheme(src) || src.startsWith("//") || !UrlPolicy.isSafeImage(src)) {
        continue;
      }
      Optional<Resource> resource = context.resources().resolve(article.source(), src);
      if (resource.isPresent() && !resource.get().isImage()) {
        notPictures.add(ImageProblems.notAnImage(article.source().map(Object::toString).orElse(article.slug()), src,
            "article '" + article.slug() + "'", resource.get()));
      } else if (resource.isPresent()) {
        found.put(src, resource.get());
      }
    }
    if (!notPictures.isEmpty()) {
      throw new ContentException(notPictures);
    }
    Map<String, String> map = new HashMap<>();
    for (Map.Entry<String, Resource> image : found.entrySet()) {
      map.put(image.getKey(), copy(article, image.getKey(), image.getValue()));
    }
    return map;
  }

  /** The pixel size of a copied image, by its file in the site. */
  Optional<ImageSize> size(String file) {
    return Optional.ofNullable(sizes.get(file));
  }

  private String copy(Article article, String src, Resource resource) throws IOException {
    String key = article.source().map(p -> p.toAbsolutePath().getParent().toString()).orElse("") + "\n" + src;
    String file = filesBySource.get(key);
    if (file == null) {
      file = name(resource);
      filesBySource.put(key, file);
      try (OutputStream out = sink.open(file)) {
        out.write(resource.bytes());
      }
      ImageSizes.of(resource.bytes()).ifPresent(size -> sizes.put(key, size));
    }
    if (sizes.containsKey(key)) {
      sizes.put(file, sizes.get(key));
    }
    return file;
  }

  /** {@code media/<name>}, or {@code media/2-<name>} … when another picture already has that name. */
  private String name(Resource resource) {
    String base = resource.name().replaceAll("[^A-Za-z0-9._-]", "-");
    if (base.isEmpty() || base.startsWith(".")) {
      base = "image" + base;
    }
    String name = "media/" + base;
    for (int n = 2; written.containsKey(name) && !Arrays.equals(written.get(name), resource.bytes()); n++) {
      name = "media/" + n + "-" + base;
    }
    written.put(name, resource.bytes());
    return name;
  }

  private static void collectFigures(List<Block> blocks, List<String> out) {
    FigureSources visitor = new FigureSources(out);
    for (Block block : blocks) {
      block.accept(visitor);
    }
  }

  /** Collects the {@code src} of every figure, in reading order, inside lists, quotes and callouts too. */
  private static final class FigureSources implements BlockVisitor<Void> {
    private final List<String> out;

    FigureSources(List<String> out) {
      this.out = out;
    }

    private Void items(List<ListItem> items) {
      items.forEach(item -> collectFigures(item.blocks(), out));
      return null;
    }

    @Override public Void visit(Figure figure) { out.add(figure.src()); return null; }
    @Override public Void visit(Callout callout) { collectFigures(callout.blocks(), out); return null; }
    @Override public Void visit(Quote quote) { collectFigures(quote.blocks(), out); return null; }
    @Override public Void visit(BulletList list) { return items(list.items()); }
    @Override public Void visit(OrderedList list) { return items(list.items()); }
    @Override public Void visit(Paragraph paragraph) { return null; }
    @Override public Void visit(Table table) { return null; }
    @Override public Void visit(CodeBlock codeBlock) { return null; }
    @Override public Void visit(ThematicBreak thematicBreak) { return null; }
  }
}
