package dev.carepress.cli.internal;

import dev.carepress.Problem;
import dev.carepress.importer.ImportResult;
import dev.carepress.importer.MarkdownArticleWriter;
import dev.carepress.importer.PageImage;
import dev.carepress.io.AtomicFiles;
import dev.carepress.model.Article;
import dev.carepress.read.JsonArticleReader;
import dev.carepress.read.JsonArticleWriter;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.read.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one imported article into the output folder: its images first (local ones copied beside
 * it under the same relative path, remote ones downloaded only when asked), then the article,
 * atomically, then reads it back to make sure it says what was imported.
 */
final class ImportWriting {
  private static final long MAX_IMAGE_BYTES = 20L << 20;
  private static final MarkdownArticleReader READER = MarkdownArticleReader.builder().markGlossaryTerms(false).build();

  private final Path out;
  private final boolean json;
  private final boolean fetch;

  /** What was written and what went wrong on the way. */
  record Written(Path file, List<Problem> problems) {}

  ImportWriting(Path out, boolean json, boolean fetch) {
    this.out = out;
    this.json = json;
    this.fetch = fetch;
  }

  Written write(ImportResult result, Path page, Set<String> slugs) throws IOException {
    Article article = result.orThrow();
    String slug = article.slug();
    for (int n = 2; !slugs.add(slug); n++) {
      slug = article.slug() + "-" + n;
    }
    if (!slug.equals(article.slug())) {
      article = article.toBuilder().slug(slug).build();
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, String> moved = new HashMap<>();
    for (PageImage image : result.images()) {
      if (image.file().isPresent()) {
        copy(image, slug, page, moved, problems);
      } else if (image.remote() && fetch) {
        download(image, slug, page, moved, problems);
      }
    }
    article = ImageSources.rewrite(article, moved);
    Path file = out.resolve(slug + (json ? ".json" : ".md"));
    if (Files.exists(file)) { // an article imported before, perhaps edited since
      problems.add(Problem.warning("replaced", page.toString(), 0, 0, "the article " + file
          + " was there already and is replaced by this import", "import into another folder to keep both"));
    }
    Files.createDirectories(out);
    if (json) {
      JsonArticleWriter.create().write(article, file);
    } else {
      MarkdownArticleWriter.create().write(article, file);
    }
    ReadResult<Article> back = json ? JsonArticleReader.create().parse(file) : READER.parse(file);
    if (back.value().isEmpty() || !back.value().get().equals(article)) {
      problems.add(Problem.warning("round-trip", page.toString(), 0, 0, "the written " + file.getFileName()
          + " does not read back exactly as imported", "please report this page to the Carepress developers"));
    }
    return new Written(file, problems);
  }

  /** Copies a local image to the same relative place beside the article (another name if that is taken). */
  private void copy(PageImage image, String slug, Path page, Map<String, String> moved, List<Problem> problems)
      throws IOException {
    String src = image.src().replaceFirst("[?#].*$", "");
    Path target = out.resolve(src).normalize();
    if (!target.startsWith(out.normalize()) || Files.exists(target) && Files.mismatch(target, image.file().get()) != -1) {
      String name = slug + "-" + image.file().get().getFileName();
      target = out.resolve(slug + "-images").resolve(name);
      moved.put(image.src(), slug + "-images/" + name);
    }
    Path source = image.file().get();
    Path finalTarget = target;
    try (InputStream in = Files.newInputStream(source)) {
      AtomicFiles.write(finalTarget, o -> in.transferTo(o));
    } catch (IOException e) {
      problems.add(Problem.warning("image-copy", page.toString(), 0, 0, "the image " + source + " could not be copied: "
          + CommandLines.reason(e), ""));
    }
  }

  /** Downloads a remote image (only with --fetch-images) into DIR/<slug>-images/. */
  private void download(PageImage image, String slug, Path page, Map<String, String> moved, List<Problem> problems) {
    String name = image.src().replaceFirst("[?#].*$", "");
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    if (name.isEmpty() || name.startsWith(".")) {
      name = "image" + (moved.size() + 1);
    }
    Path target = out.resolve(slug + "-images").resolve(name);
    try {
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10)).build();
      HttpResponse<InputStream> response = client.send(
          HttpRequest.newBuilder(URI.create(image.src())).timeout(Duration.ofSeconds(30)).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() / 100 != 2) {
          throw new IOException("the server answered " + response.statusCode());
        }
        byte[] bytes = in.readNBytes((int) MAX_IMAGE_BYTES + 1);
        if (bytes.length > MAX_IMAGE_BYTES) {
          throw new IOException("it is larger than 20 MB");
        }
        AtomicFiles.write(target, o -> o.write(bytes));
      }
      moved.put(image.src(), slug + "-images/" + name);
    } catch (IOException | IllegalArgumentException e) {
      problems.add(Problem.warning("image-fetch", page.toString(), 0, 0, "the image " + image.src()
          + " could not be downloaded (" + e.getMessage() + "); it stays a link", ""));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
