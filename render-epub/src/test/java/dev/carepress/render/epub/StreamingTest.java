package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Figure;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Resource;
import dev.carepress.testing.SampleArticles;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A book is written one article at a time: each chapter reaches the stream before the next is made. */
class StreamingTest {

  @Test
  void chaptersReachTheStreamOneAtATime() throws Exception {
    int count = 40;
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // every article has its own picture, so the renderer asks for it just before writing the chapter
      articles.add(SampleArticles.everything().toBuilder()
          .slug("article-" + i).source(Path.of("/virtual/article-" + i + ".md"))
          .section("Picture", new Figure("pic-" + i + ".png", "Picture " + i, Optional.empty()))
          .build());
    }
    Book book = Book.of(BookMetadata.of("Streaming"), articles);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> sizeWhenAsked = new ArrayList<>();
    boolean[] checking = {true};
    RenderContext context = RenderContext.defaults().withResources((from, src) -> {
      if (src.equals("pic-0.png") && !sizeWhenAsked.isEmpty()) {
        checking[0] = false; // second pass: the images are packed while the chapters are written
      }
      if (!checking[0]) {
        sizeWhenAsked.add(out.size());
      } else {
        sizeWhenAsked.add(-1);
      }
      int n = Integer.parseInt(src.replaceAll("\\D", ""));
      return Optional.of(Resource.of(src, TestImages.png(8 + n, 8, Color.BLACK)));
    });
    EpubRenderer.create().renderBook(book, out, context);

    List<Integer> whileWriting = sizeWhenAsked.subList(count, sizeWhenAsked.size());
    assertThat(whileWriting).hasSize(count);
    for (int i = 1; i < count; i++) {
      // each chapter of ~6 KB deflates to well over 1 KB; all of it is out before the next image is read
      assertThat(whileWriting.get(i) - whileWriting.get(i - 1))
          .as("bytes written between article %d and %d", i - 1, i).isGreaterThan(1000);
    }
    assertThat(out.size() - whileWriting.get(count - 1)).as("only the last chapter and the package remain")
        .isLessThan(out.size() / 10);
  }
}
