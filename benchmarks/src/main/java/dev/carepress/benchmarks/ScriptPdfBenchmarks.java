package dev.carepress.benchmarks;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.RenderContext;
import dev.carepress.render.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a handout in another script costs: the hand-washing handout of the render-pdf tests
 * ({@code scripts/hands-LANG.md}) with its paragraphs, list and table repeated to about the length
 * of the 600-word English handout of {@link PdfBenchmarks} (about 3,600 characters), shaped, laid
 * out and embedded with the font packs' fonts. Run from the repository root.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScriptPdfBenchmarks {
  private static final Path SCRIPTS = Path.of("render-pdf/src/test/resources/dev/carepress/render/pdf/scripts");
  private static final int CHARACTERS = 3600;

  @Param({"ar", "hi", "zh-hans"})
  public String language;

  private PdfRenderer renderer;
  private Article handout;

  @Setup(Level.Trial)
  public void setUp() {
    renderer = PdfRenderer.create();
    handout = MarkdownArticleReader.create().read(longer(SCRIPTS.resolve("hands-" + language + ".md")), language);
  }

  /** The handout's body repeated until it has about {@link #CHARACTERS} characters. */
  static String longer(Path file) {
    try {
      String all = Files.readString(file, StandardCharsets.UTF_8);
      int end = all.indexOf("\n---\n", 4) + 5;
      String body = all.substring(end);
      StringBuilder out = new StringBuilder(all.substring(0, end));
      for (int length = 0; length < CHARACTERS; length += body.length()) {
        out.append(body).append('\n');
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A tagged handout (A4) of about 3,600 characters in the language: time per handout. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void handout() throws IOException {
    renderer.render(handout, OutputStream.nullOutputStream(), RenderContext.defaults());
  }

  /** For a quick look without JMH: renders each once and prints the page count's worth of bytes. */
  public static void main(String[] args) throws IOException {
    for (String language : List.of("ar", "hi", "zh-hans")) {
      ScriptPdfBenchmarks b = new ScriptPdfBenchmarks();
      b.language = language;
      b.setUp();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      b.renderer.render(b.handout, out, RenderContext.defaults());
      System.out.println(language + ": " + out.size() + " bytes");
    }
  }
}
