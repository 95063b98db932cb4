package dev.carepress.importer.internal;

import dev.carepress.Problem;
import dev.carepress.importer.PageImage;
import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Figure;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Quote;
import dev.carepress.text.UrlPolicy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The images an article shows, each with its local file when the page was read from a file and the
 * image is a file inside the page's folder. A relative image outside that folder is reported and
 * never read.
 */
final class Images {
  private Images() {}

  static List<PageImage> of(Article article, Optional<Path> page, List<Problem> problems, String source) {
    Set<String> sources = new LinkedHashSet<>();
    article.metadata().image().ifPresent(i -> sources.add(i.src()));
    collect(article.introduction(), sources);
    article.allSections().forEach(s -> collect(s.blocks(), sources));
    article.footnotes().forEach(fn -> collect(fn.blocks(), sources));
    List<PageImage> out = new ArrayList<>();
    for (String src : sources) {
      out.add(new PageImage(src, local(src, page, problems, source)));
    }
    return out;
  }

  /**
   * The file a relative image address names inside the page's folder, if the page was read from a
   * file and that file exists; never a file outside the folder.
   */
  static Optional<Path> savedFile(String src, Optional<Path> page) {
    return local(src, page, new ArrayList<>(), "");
  }

  private static Optional<Path> local(String src, Optional<Path> page, List<Problem> problems, String source) {
    if (page.isEmpty() || UrlPolicy.hasScheme(src) || src.startsWith("/") || src.startsWith("#") || src.startsWith("?")) {
      return Optional.empty();
    }
    Path dir = page.get().toAbsolutePath().normalize().getParent();
    try {
      String path = URLDecoder.decode(src.replace("+", "%2B").replaceFirst("[?#].*$", ""), StandardCharsets.UTF_8);
      Path file = dir.resolve(path).normalize();
      if (!file.startsWith(dir)) {
        problems.add(Problem.warning("image-outside", source, 0, 0, "the image '" + src + "' is outside the page's"
            + " folder; it was not copied", "copy it next to the article by hand"));
        return Optional.empty();
      }
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    } catch (IllegalArgumentException e) { // an invalid path or escape
      return Optional.empty();
    }
  }

  private static void collect(List<Block> blocks, Set<String> out) {
    for (Block block : blocks) {
      if (block instanceof Figure) {
        out.add(((Figure) block).src());
      } else if (block instanceof BulletList) {
        ((BulletList) block).items().forEach(i -> collect(i.blocks(), out));
      } else if (block instanceof OrderedList) {
        ((OrderedList) block).items().forEach(i -> collect(i.blocks(), out));
      } else if (block instanceof Quote) {
        collect(((Quote) block).blocks(), out);
      } else if (block instanceof Callout) {
        collect(((Callout) block).blocks(), out);
      }
    }
  }

}
