package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Figure;
import dev.carepress.model.Image;
import dev.carepress.render.RenderContext;
import dev.carepress.testing.SampleArticles;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are found next to their article, packed once with the right media type, or refused clearly. */
class ImagesTest {
  @TempDir Path dir;

  private Path source(String name) throws Exception {
    return Files.writeString(dir.resolve(name), "unused");
  }

  private Article withFigures(Path source, String... srcs) {
    var b = SampleArticles.minimal().toBuilder().source(source);
    for (int i = 0; i < srcs.length; i++) {
      b.section("Picture " + (i + 1), new Figure(srcs[i], "Picture " + (i + 1), Optional.empty()));
    }
    return b.build();
  }

  @Test
  void imagesArePackedWithTheirMediaTypesAndTheSamePictureOnlyOnce() throws Exception {
    Path md = source("a.md");
    TestImages.writePng(dir.resolve("img/one.png"), Color.BLUE);
    Files.copy(dir.resolve("img/one.png"), dir.resolve("img/same.png"));
    BufferedImage jpeg = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(jpeg, "jpeg", out);
    Files.write(dir.resolve("img/photo.jpg"), out.toByteArray());
    Files.writeString(dir.resolve("img/chart.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");

    byte[] epub = Epubs.article(withFigures(md, "img/one.png", "img/same.png", "img/photo.jpg", "img/chart.svg"));
    Xml opf = Xml.parse(Epubs.text(epub, "EPUB/package.opf"));
    assertThat(opf.strings("//opf:item[starts-with(@id,'img-')]/@media-type"))
        .containsExactly("image/png", "image/jpeg", "image/svg+xml");
    Xml doc = Xml.parse(Epubs.text(epub, "EPUB/text/minimal.xhtml"));
    List<String> srcs = doc.strings("//h:img/@src");
    assertThat(srcs).hasSize(4).allMatch(s -> s.startsWith("../images/"));
    assertThat(srcs.get(0)).isEqualTo(srcs.get(1));
    assertThat(doc.strings("//h:img/@alt")).containsExactly("Picture 1", "Picture 2", "Picture 3", "Picture 4");
    assertThat(EpubCheckSupport.check(epub, "images.epub").errors()).isEmpty();
  }

  @Test
  void missingImageIsAContentErrorNamingArticleAndPathAndNothingIsWritten() throws Exception {
    Path md = source("asthma.md");
    TestImages.writePng(dir.resolve("there.png"), Color.BLUE);
    Article article = withFigures(md, "there.png", "images/missing.png", "gone.png");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> EpubRenderer.create().render(article, out, RenderContext.defaults()))
        .isInstanceOfSatisfying(ContentException.class, e -> {
          assertThat(e.problems()).hasSize(2);
          Problem first = e.problems().get(0);
          assertThat(first.code()).isEqualTo("image-not-found");
          assertThat(first.source()).isEqualTo(md.toString());
          assertThat(first.message()).contains("'images/missing.png'", "article 'minimal'",
              dir.resolve("images/missing.png").toString());
          assertThat(e.problems().get(1).message()).contains("'gone.png'");
        });
    assertThat(out.size()).as("bytes written before the error").isZero();
  }

  @Test
  void missingCoverIsAContentErrorNamingTheBookFile() throws Exception {
    Path yaml = source("book.yaml");
    Book book = new Book(new BookMetadata("Guide", Optional.empty(), "guide", List.of(), Optional.empty(), "en",
        Optional.empty(), Optional.of(new Image("covers/front.png", "Front"))), List.of(SampleArticles.minimal()),
        Optional.of(yaml));
    assertThatThrownBy(() -> Epubs.book(book))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining(yaml.toString()).hasMessageContaining("'covers/front.png'")
        .hasMessageContaining("the book's cover");
  }

  @Test
  void somethingThatIsNotAnImageIsRefused() throws Exception {
    Path md = source("a.md");
    Files.writeString(dir.resolve("notes.png"), "just text");
    assertThatThrownBy(() -> Epubs.article(withFigures(md, "notes.png")))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining("'notes.png'").hasMessageContaining("is not a picture: the file holds text");
  }

  @Test
  void svgWithScriptIsRefused() throws Exception {
    Path md = source("a.md");
    Files.writeString(dir.resolve("evil.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Epubs.article(withFigures(md, "evil.svg")))
        .isInstanceOf(ContentException.class).hasMessageContaining("scripts");
  }

  @Test
  void webImageIsShownAsItsDescriptionWithAWarning() throws Exception {
    List<Problem> warnings = new CopyOnWriteArrayList<>();
    Article article = withFigures(source("a.md"), "https://example.org/x.png", "data:image/png;base64,AAAA");
    byte[] epub = Epubs.article(EpubRenderer.create(), article, RenderContext.defaults().withWarnings(warnings::add));
    Xml doc = Xml.parse(Epubs.text(epub, "EPUB/text/minimal.xhtml"));
    assertThat(doc.count("//h:img")).isZero();
    assertThat(doc.strings("//h:p[@class='cp-image-missing']"))
        .containsExactly("Image not available: Picture 1", "Image not available: Picture 2");
    assertThat(warnings).extracting(Problem::code).containsExactly("epub-remote-image", "epub-remote-image");
    Xml opf = Xml.parse(Epubs.text(epub, "EPUB/package.opf"));
    assertThat(opf.strings("//opf:meta[@property='schema:accessMode']")).containsExactly("textual");
    assertThat(EpubCheckSupport.check(epub, "remote.epub").errors()).isEmpty();
  }

  @Test
  void coverBecomesTheCoverImageAndFirstPage() throws Exception {
    Path yaml = source("book.yaml");
    TestImages.writePng(dir.resolve("cover.png"), Color.RED);
    Book book = new Book(new BookMetadata("Guide", Optional.empty(), "guide", List.of(), Optional.empty(), "en",
        Optional.empty(), Optional.of(new Image("cover.png", "A red square"))), List.of(SampleArticles.minimal()),
        Optional.of(yaml));
    byte[] epub = Epubs.book(book);
    Xml opf = Xml.parse(Epubs.text(epub, "EPUB/package.opf"));
    assertThat(opf.string("//opf:item[@properties='cover-image']/@media-type")).isEqualTo("image/png");
    assertThat(opf.strings("//opf:spine/opf:itemref/@idref")).first().isEqualTo("cover");
    Xml cover = Xml.parse(Epubs.text(epub, "EPUB/cover.xhtml"));
    assertThat(cover.string("//h:img/@alt")).isEqualTo("A red square");
    assertThat(cover.string("//h:img/@src")).isEqualTo(opf.string("//opf:item[@properties='cover-image']/@href"));
  }

  @Test
  void bookWithoutArticlesIsAContentError() {
    assertThatThrownBy(() -> Epubs.book(Book.of(BookMetadata.of("Empty"), List.of())))
        .isInstanceOf(ContentException.class).hasMessageContaining("has no articles");
  }
}
