package dev.carepress.examples;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.render.RenderContext;
import dev.carepress.render.pdf.PageSize;
import dev.carepress.render.pdf.PdfFont;
import dev.carepress.render.pdf.PdfRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a patient handout in standard and large print, and a booklet, with the public API only.
 *
 * <pre>{@code java -cp ... dev.carepress.examples.PdfHandoutExample out/ [/path/to/cjk-font.ttc]}</pre>
 */
public final class PdfHandoutExample {
  private PdfHandoutExample() {}

  /** Writes {@code hand-washing.pdf}, {@code hand-washing-large.pdf} and {@code booklet.pdf} into the folder. */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "out");
    Files.createDirectories(out);
    Article article = Article.builder()
        .title("Washing your hands")
        .summary("How and when to wash your hands to stop germs spreading.")
        .lastReviewed(LocalDate.of(2025, 3, 3))
        .reviewer(Person.of("Dana Okafor", "MD"))
        .keyPoint("Wash for at least 20 seconds.")
        .keyPoint("Dry your hands well.")
        .section("When to wash", BulletList.of("Before you eat", "After you use the toilet", "After you cough"))
        .section("How to wash", Paragraph.of("Wet your hands, add soap and rub every part of both hands."),
            Callout.of(Callout.Kind.TIP, "Hum \u201CHappy Birthday\u201D twice to time 20 seconds."))
        .disclaimer("This handout is general information and does not replace advice from your doctor.")
        .build();

    // warnings (a character no font has) go wherever you like; here, to standard error
    List<Problem> warnings = new ArrayList<>();
    RenderContext context = RenderContext.defaults().withWarnings(warnings::add);

    PdfRenderer.Builder options = PdfRenderer.builder()
        .pageSize(PageSize.LETTER)
        .siteUrl("https://health.example.org");
    if (args.length > 1) {
      options.fallbackFont(PdfFont.file(Path.of(args[1]))); // e.g. a CJK font for Chinese text
    }
    PdfRenderer standard = options.build();
    PdfRenderer large = standard.toBuilder().largePrint(true).build();
    standard.render(article, out.resolve("hand-washing.pdf"), context);
    large.render(article, out.resolve("hand-washing-large.pdf"), context);

    Book book = Book.of(BookMetadata.of("Everyday health"), List.of(article));
    standard.renderBook(book, out.resolve("booklet.pdf"), context);
    warnings.forEach(w -> System.err.println(w));
    System.out.println("wrote " + out.resolve("hand-washing.pdf") + ", hand-washing-large.pdf and booklet.pdf");
  }
}
