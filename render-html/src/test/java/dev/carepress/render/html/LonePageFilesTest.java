package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.render.FileSink;
import dev.carepress.render.RenderContext;
import dev.carepress.testing.SampleArticles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lone article rendered into a folder: the page and what it needs beside it to show as it should. */
class LonePageFilesTest {
  private static final String PAGE = "living-well-with-asthma.html";

  @Test
  void aPageGetsItsLocalImagesUnderMediaAndShowsThemWithTheirSize(@TempDir Path dir) throws Exception {
    Path image = dir.resolve("articles/pics/inhaler.png");
    Files.createDirectories(image.getParent());
    ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
    Article article = SampleArticles.withFigure(dir.resolve("articles/a.md"), "pics/inhaler.png", "An inhaler", "Caption");
    List<Problem> warnings = new ArrayList<>();
    Path out = dir.resolve("out");

    HtmlRenderer.create().render(article, FileSink.directory(out), RenderContext.defaults().withWarnings(warnings::add));

    assertThat(files(out)).containsExactly("living-well-with-asthma.html", "media/inhaler.png");
    assertThat(Files.readAllBytes(out.resolve("media/inhaler.png"))).isEqualTo(Files.readAllBytes(image));
    assertThat(Files.readString(out.resolve(PAGE)))
        .contains("<img src=\"media/inhaler.png\" alt=\"An inhaler\" width=\"3\" height=\"2\"")
        .doesNotContain("pics/inhaler.png");
    assertThat(warnings).extracting(Problem::code).doesNotContain("image-left-out");
  }

  @Test
  void aPageThatLinksItsStylesheetGetsTheStylesheetBesideIt(@TempDir Path dir) throws Exception {
    HtmlRenderer linked = HtmlRenderer.builder().cssMode(CssMode.LINK).build();
    Path out = dir.resolve("out");

    linked.render(SampleArticles.everything(), FileSink.directory(out), RenderContext.defaults());

    assertThat(files(out)).containsExactly("carepress.css", PAGE);
    assertThat(Files.readString(out.resolve("carepress.css"))).isEqualTo(linked.stylesheet());
    assertThat(Files.readString(out.resolve(PAGE))).contains("<link rel=\"stylesheet\" href=\"carepress.css\"");
  }

  @Test
  void aLocalImageThatCannotBeFoundIsLeftOutWithAWarningAndNothingIsCopied(@TempDir Path dir) throws Exception {
    Article article = SampleArticles.withFigure(dir.resolve("a.md"), "missing.png", "An inhaler", "Caption");
    List<Problem> warnings = new ArrayList<>();
    Path out = dir.resolve("out");

    HtmlRenderer.create().render(article, FileSink.directory(out), RenderContext.defaults().withWarnings(warnings::add));

    assertThat(files(out)).containsExactly(PAGE);
    assertThat(Files.readString(out.resolve(PAGE))).contains("Image not available: An inhaler");
    assertThat(warnings).extracting(Problem::code).contains("image-left-out");
  }

  @Test
  void aLocalImageThatIsNoPictureIsAnErrorNamingItAndNothingIsWritten(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.png"), "just text, renamed");
    Path image = dir.resolve("real.png");
    ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
    Article article = SampleArticles.withFigure(dir.resolve("a.md"), "real.png", "A real picture", "Caption").toBuilder()
        .section("Notes", new dev.carepress.model.Figure("notes.png", "Notes", java.util.Optional.empty())).build();
    Path out = dir.resolve("out");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HtmlRenderer.builder().cssMode(CssMode.LINK).build()
            .render(article, FileSink.directory(out), RenderContext.defaults()))
        .isInstanceOf(dev.carepress.ContentException.class)
        .satisfies(e -> assertThat(((dev.carepress.ContentException) e).problems()).singleElement()
            .isEqualTo(dev.carepress.render.ImageProblems.notAnImage(dir.resolve("a.md").toString(), "notes.png",
                "article '" + article.slug() + "'", dev.carepress.render.Resource.of("notes.png",
                    "just text, renamed".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    assertThat(out).satisfiesAnyOf(o -> assertThat(o).doesNotExist(), o -> assertThat(files(o)).isEmpty());
  }

  @Test
  void aFragmentIsWrittenAloneAsTheStreamWouldHaveIt(@TempDir Path dir) throws Exception {
    HtmlRenderer fragments = HtmlRenderer.builder().mode(HtmlMode.FRAGMENT).build();
    Path out = dir.resolve("out");

    fragments.render(SampleArticles.everything(), FileSink.directory(out), RenderContext.defaults());

    assertThat(files(out)).containsExactly(PAGE);
    assertThat(Files.readString(out.resolve(PAGE))).isEqualTo(fragments.renderToString(SampleArticles.everything()));
  }

  private static List<String> files(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }
}
