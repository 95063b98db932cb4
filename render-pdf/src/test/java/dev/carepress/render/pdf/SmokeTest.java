package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.testing.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void rendersSample() throws Exception {
    PdfRenderer r = PdfRenderer.create();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.render(SampleArticles.everything(), out);
    Files.createDirectories(Path.of("target/out"));
    Files.write(Path.of("target/out/everything.pdf"), out.toByteArray());
    ByteArrayOutputStream book = new ByteArrayOutputStream();
    r.renderBook(SampleArticles.book(), book);
    Files.write(Path.of("target/out/book.pdf"), book.toByteArray());
    System.out.println("FAILURES article: " + VeraPdf.failures(out.toByteArray()));
    System.out.println("FAILURES book: " + VeraPdf.failures(book.toByteArray()));
    assertThat(out.size()).isPositive();
  }
}
