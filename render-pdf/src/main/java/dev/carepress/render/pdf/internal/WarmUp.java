package dev.carepress.render.pdf.internal;

import dev.carepress.model.Article;
import dev.carepress.model.BulletList;
import dev.carepress.model.Emphasis;
import dev.carepress.model.Link;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.Reference;
import dev.carepress.model.Strong;
import dev.carepress.model.Table;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import dev.carepress.render.RenderContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A short built-in handout, laid out once per JVM and thrown away, so that the first real render
 * does not pay for loading and initializing what every render uses: PDFBox's classes (whose
 * document class initializes Java 2D's colour classes and native library), the composers, the line
 * breaker, the page writer, the fonts' subset layout, and the call sites the JVM links on first
 * use. A batch makes its renderers while it is still reading its articles, so on a one-handout run
 * this happens beside the reading instead of after it. Its output and warnings go nowhere; a
 * failure (settings it cannot draw with, such as a clinic logo that is missing) is left for the real
 * render to report.
 */
public final class WarmUp {
  private static final AtomicBoolean DONE = new AtomicBoolean();

  private WarmUp() {}

  /** Lays out the built-in handout with this engine, unless one was laid out already in this JVM. */
  public static void once(Engine engine) {
    if (!DONE.compareAndSet(false, true)) {
      return;
    }
    try {
      engine.renderArticle(article(), OutputStream.nullOutputStream(), RenderContext.defaults());
    } catch (IOException | RuntimeException e) {
      // nothing to do: the real render does the same work and reports what is wrong
    }
  }

  /** A handout with what most have: key points, sections, emphasis, a link, lists, a table, references. */
  static Article article() {
    return Article.builder()
        .title("Warm-up")
        .summary("A short handout laid out once and thrown away.")
        .lastReviewed(LocalDate.of(2026, 1, 1))
        .reviewer(Person.of("A. Reviewer", "MD"))
        .keyPoint("Wash your hands with soap and water.")
        .keyPoint("Ask your care team when you have questions.")
        .section("What to do", Paragraph.of(new Text("Use "), Strong.of("soap"), new Text(" and "),
                Emphasis.of("warm water"), new Text(" for twenty seconds; see "),
                Link.of("https://example.org/", "the guide"), new Text(".")),
            BulletList.of("Before eating.", "After the toilet."),
            OrderedList.of("Wet your hands.", "Rub them together."))
        .section("When", Table.of(TableRow.of("Time", "What"), List.of(TableRow.of("Morning", "Wash"))))
        .term("soap", "A cleaner.")
        .reference(Reference.of("Hand hygiene", "https://example.org/hands"))
        .build();
  }
}
