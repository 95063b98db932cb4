package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Figure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page saved from the browser keeps its canonical link and points at its images in a folder
 * beside it ({@code earache_files/chart.png}): those images are the files on disk, copied with the
 * article, not addresses on the live site; an image that is not on disk is still resolved
 * against the page's address.
 */
class SavedPageImagesTest {
  private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Earache</title>"
      + "<link rel=\"canonical\" href=\"https://health.example.org/earache/\"></head><body><main><h1>Earache</h1>"
      + "<p>Most earaches get better on their own in about 3 days, and painkillers help.</p>"
      + "<figure><img src=\"earache_files/chart.png\" alt=\"A fever chart\"></figure>"
      + "<figure><img src=\"diagram.png\" alt=\"The middle ear\"></figure>"
      + "</main></body></html>";

  @Test
  void anImageSavedBesideThePageIsTheLocalFileEvenWithACanonicalLink(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("earache.html");
    Files.writeString(page, PAGE);
    Path chart = Files.createDirectories(dir.resolve("earache_files")).resolve("chart.png");
    Files.write(chart, new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    ImportResult result = HtmlArticleImporter.builder().build().importPage(page);

    assertThat(result.orThrow().introduction()).filteredOn(Figure.class::isInstance).map(b -> ((Figure) b).src())
        .containsExactly("earache_files/chart.png", "https://health.example.org/earache/diagram.png");
    assertThat(result.images()).extracting(PageImage::src, PageImage::file).containsExactly(
        org.assertj.core.groups.Tuple.tuple("earache_files/chart.png", Optional.of(chart.toAbsolutePath().normalize())),
        org.assertj.core.groups.Tuple.tuple("https://health.example.org/earache/diagram.png", Optional.empty()));
  }

  @Test
  void anImageGivenOnlyBySrcsetIsKeptAtItsLargestCandidateNotDroppedUnsaid() {
    String html = "<html><head><link rel=\"canonical\" href=\"https://health.example.org/earache/\"></head><body><main>"
        + "<h1>Earache</h1><p>Most earaches get better on their own in about 3 days, and painkillers help.</p>"
        + "<figure><img srcset=\"ear-1x.jpg 1x, ear-2x.jpg 2x\" alt=\"The ear\"></figure>"
        + "<figure><img src=\"data:image/gif;base64,R0lGOD\" data-srcset=\"/m/tube-300.jpg 300w, /m/tube-1280.jpg 1280w,"
        + " /m/tube-640.jpg 640w\" alt=\"A grommet\"></figure></main></body></html>";

    ImportResult result = HtmlArticleImporter.builder().build().importHtml(html, "earache.html", Optional.empty());

    assertThat(result.orThrow().introduction()).filteredOn(Figure.class::isInstance)
        .map(b -> ((Figure) b).src() + " " + ((Figure) b).alt())
        .containsExactly("https://health.example.org/earache/ear-2x.jpg The ear",
            "https://health.example.org/m/tube-1280.jpg A grommet");
  }
}
