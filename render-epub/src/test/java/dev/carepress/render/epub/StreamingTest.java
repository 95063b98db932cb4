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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A book is written a few articles at a time: when the renderer reads article k's picture, all but
 * the last few chapters before k are already in the stream, so memory does not grow with the book.
 */
class StreamingTest {
  private static final byte[] CHAPTER_HEADER = "EPUB/text/article-".getBytes(StandardCharsets.US_ASCII);

  @Test
  void onlyAFewChaptersAreEverAheadOfTheStream() throws Exception {
    int count = 60;
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // every article has its own picture, read just before its chapter is rendered
      articles.add(SampleArticles.everything().toBuilder()
          .slug("article-" + i).source(Path.of("/virtual/article-" + i + ".md"))
          .section("Picture", new Figure("pic-" + i + ".png", "Picture " + i, Optional.empty()))
          .build());
    }
    Book book = Book.of(BookMetadata.of("Streaming"), articles);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<int[]> askedWritten = new ArrayList<>(); // {article asked for, chapters already in the stream}
    int[] calls = {0};
    RenderContext context = RenderContext.defaults().withResources((from, src) -> {
      int n = Integer.parseInt(src.replaceAll("\\D", ""));
      if (calls[0]++ >= count) { // the first pass only checks that every image exists
        askedWritten.add(new int[] {n, occurrences(out.toByteArray(), CHAPTER_HEADER)});
      }
      return Optional.of(Resource.of(src, TestImages.png(8 + n, 8, Color.BLACK)));
    });
    EpubRenderer.create().renderBook(book, out, context);

    assertThat(askedWritten).hasSize(count);
    for (int[] aw : askedWritten) {
      assertThat(aw[0] - aw[1]).as("chapters prepared but not yet written when article %d is read", aw[0])
          .isBetween(0, 6);
    }
    assertThat(occurrences(out.toByteArray(), CHAPTER_HEADER)).as("local headers + central directory")
        .isEqualTo(2 * count);
  }

  private static int occurrences(byte[] haystack, byte[] needle) {
    int found = 0;
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      found++;
    }
    return found;
  }
}
