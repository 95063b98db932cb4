package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.ListItem;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Table;
import dev.carepress.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inputs a careless or hostile author could write: nothing may crash, hang or break compliance. */
class HostileInputTest {
  private static final PdfRenderer PDF = PdfRenderer.create();

  @Test
  void randomCodePointsFromEveryPlaneRenderWithWarningsOnly() throws Exception {
    Random random = new Random(42);
    var b = Article.builder().title("Random \uD800 text \u0000");
    for (int p = 0; p < 40; p++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 80; i++) {
        int kind = random.nextInt(6);
        int cp = kind == 0 ? random.nextInt(0x80) : kind == 1 ? random.nextInt(0x3000)
            : kind == 2 ? 0xD800 + random.nextInt(0x800) : kind == 3 ? 0x1F300 + random.nextInt(0x300)
            : kind == 4 ? random.nextInt(0x110000) : ' ';
        text.appendCodePoint(cp);
      }
      b.section("Part " + p, Paragraph.of(text.toString()));
    }
    Pdfs.Rendered pdf = Pdfs.render(PDF, b.build());
    assertThat(pdf.warnings()).allMatch(w -> !w.isError());
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
  }

  @Test
  void deepNestingManyColumnsAndEndlessWordsStillLayOut() throws Exception {
    ListItem item = ListItem.of("deepest");
    for (int depth = 0; depth < 40; depth++) {
      item = ListItem.of(Paragraph.of("level " + depth), new BulletList(List.of(item)));
    }
    List<String> header = new ArrayList<>();
    List<String> row = new ArrayList<>();
    for (int c = 0; c < 30; c++) {
      header.add("Column heading number " + c);
      row.add("https://example.org/" + "x".repeat(60) + c);
    }
    String endless = "a".repeat(5000);
    Callout nested = new Callout(Callout.Kind.WARNING, List.of(new Callout(Callout.Kind.NOTE,
        List.of(new Callout(Callout.Kind.TIP, List.of(Paragraph.of(endless)))))));
    Article article = Article.builder().title("x".repeat(400))
        .section("Nesting", new BulletList(List.of(item)))
        .section("Wide", Table.of(TableRow.of(header.toArray(String[]::new)),
            List.of(TableRow.of(row.toArray(String[]::new)))))
        .section("Endless", Paragraph.of(endless), nested, CodeBlock.of("\t\tcode\u0000 " + endless))
        .section("Empty", CodeBlock.of(""))
        .build();
    Pdfs.Rendered pdf = Pdfs.render(PDF, article);
    Pdfs.keep("hostile.pdf", pdf.bytes());
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    String text = Pdfs.text(pdf.bytes());
    assertThat(text).contains("deepest").contains("level 39");
    // the endless word, in a paragraph, in nested callouts and in code: broken where it must be, never cut
    assertThat(text.chars().filter(c -> c == 'a').count()).isGreaterThanOrEqualTo(15000);
  }

  @Test
  void anEmptyBookAndAnArticleWithOnlyATitleRender() throws Exception {
    Pdfs.Rendered book = Pdfs.renderBook(PDF,
        dev.carepress.model.Book.of(dev.carepress.model.BookMetadata.of("Empty"), List.of()));
    assertThat(VeraPdf.failures(book.bytes())).isEmpty();
    Pdfs.Rendered article = Pdfs.render(PDF, Article.builder().title("\u00A0").build());
    assertThat(VeraPdf.failures(article.bytes())).isEmpty();
  }
}
