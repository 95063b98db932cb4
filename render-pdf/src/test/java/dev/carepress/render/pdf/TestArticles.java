package dev.carepress.render.pdf;

import dev.carepress.model.Article;
import dev.carepress.model.BulletList;
import dev.carepress.model.Figure;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Section;
import dev.carepress.model.Table;
import dev.carepress.model.TableRow;
import dev.carepress.testing.SampleArticles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Articles the PDF tests need beyond core's {@link SampleArticles}. */
final class TestArticles {
  private TestArticles() {}

  /** Typographic punctuation and other scripts the bundled Noto Sans covers. */
  static Article typography() {
    return Article.builder()
        .title("Typography \u2013 na\u00EFve caf\u00E9 \u2019quotes\u2019")
        .summary("No\u00A0break spaces, soft\u00ADhyphen\u00ADated words and non\u2011breaking hyphens.")
        .lastReviewed(LocalDate.of(2025, 5, 1))
        .section("Punctuation", Paragraph.of(
            "Temperature \u2212 5\u00A0\u00B0C, pages 10\u201312, it\u2019s \u201Cquoted\u201D \u2014 an em dash, "
                + "e\u2011mail, extra\u00ADordinarily long\u00ADwinded in\u00ADcom\u00ADpre\u00ADhen\u00ADsi\u00ADbil\u00ADi\u00ADty,"
                + " tab\there, ellipsis\u2026, 1\u20442, \u00BD, \u2264 \u2265 \u00B1 \u00D7 \u2192 \u2022 \u00A9."))
        .section("Latin Extended", Paragraph.of(
            "\u0141\u00F3d\u017A, \u0160koda, \u010Ce\u0161tina, Dvo\u0159\u00E1k, Fran\u00E7ais, \u00C5ngstr\u00F6m, "
                + "\u0218tefan, \u0130stanbul, \u0131\u011F\u015F, Nguy\u1EC5n, se\u00F1or, Stra\u00DFe, \u0153uvre."))
        .section("Greek and Cyrillic", Paragraph.of(
            "\u0391\u03C3\u03B8\u03BC\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03BC\u03B9\u03B1 \u03C7\u03C1\u03CC\u03BD\u03B9\u03B1"
                + " \u03C0\u03AC\u03B8\u03B7\u03C3\u03B7. \u0410\u0441\u0442\u043C\u0430 \u2014 \u044D\u0442\u043E"
                + " \u0445\u0440\u043E\u043D\u0438\u0447\u0435\u0441\u043A\u043E\u0435 \u0437\u0430\u0431\u043E\u043B"
                + "\u0435\u0432\u0430\u043D\u0438\u0435. \u0407\u0436\u0430\u043A, \u0491\u0430\u043D\u043E\u043A."))
        .section("Combining and control", Paragraph.of(
            "Cafe\u0301 with a combining accent, a\u200Bzero\u200Bwidth\u200Bspace, a\u0007bell, BOM\uFEFF here,"
                + " joiner\u200Dword, and a line\nbreak."))
        .build();
  }

  /** Emoji and Chinese, which the bundled fonts lack. */
  static Article emojiAndCjk() {
    return Article.builder()
        .title("Symbols")
        .section("Feelings", Paragraph.of("Smile \uD83D\uDE00 and heart \u2764\uFE0F."))
        .section("Chinese", Paragraph.of("\u54EE\u5598\u662F\u4E00\u79CD\u6162\u6027\u75BE\u75C5\u3002"))
        .build();
  }

  /** An article long enough to span pages, with a long table. */
  static Article longTable(int rows) {
    List<TableRow> body = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      body.add(TableRow.of("Medicine " + i, "Take " + i + " mg", "Morning and evening with food"));
    }
    return Article.builder()
        .title("Medicines")
        .section("Your medicines", Table.of(TableRow.of("Name", "Dose", "When"), body).withCaption("All medicines"))
        .build();
  }

  /** A table with one row taller than a page. */
  static Article tallRow(int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append("word").append(i).append(' ');
    }
    return Article.builder()
        .title("Tall row")
        .section("Table", Table.of(TableRow.of("Topic", "Details"),
            List.of(TableRow.of("Everything", text.toString().strip()), TableRow.of("After", "the end"))))
        .build();
  }

  /** A long article: sections of long paragraphs. */
  static Article longArticle(int sections) {
    var b = Article.builder().title("A long guide").summary("Many words.").lastReviewed(LocalDate.of(2025, 1, 1));
    for (int s = 1; s <= sections; s++) {
      List<dev.carepress.model.Block> blocks = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 40 + 17 * p; w++) {
          text.append(w == 0 ? "Section" + s + "para" + p : "word" + w).append(' ');
        }
        blocks.add(Paragraph.of(text.toString().strip()));
      }
      blocks.add(BulletList.of("first point of " + s, "second point of " + s));
      b.section(new Section("s" + s, "Section " + s, blocks, List.of()));
    }
    return b.build();
  }

  /** The sample article with a PNG and a JPEG figure written into {@code dir}. */
  static Article withImages(Path dir) throws IOException {
    BufferedImage image = new BufferedImage(400, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xDDEEFF));
    g.fillRect(0, 0, 400, 240);
    g.setColor(new Color(0x0B3D62));
    g.fillOval(60, 40, 280, 160);
    g.dispose();
    ImageIO.write(image, "png", dir.resolve("inhaler.png").toFile());
    ImageIO.write(image, "jpg", dir.resolve("spacer.jpg").toFile());
    Path source = dir.resolve("article.md");
    Files.writeString(source, "not read: the article is built in code");
    return SampleArticles.withFigure(source, "inhaler.png", "A blue inhaler", "Hold the inhaler upright.")
        .toBuilder()
        .section("Another picture", new Figure("spacer.jpg", "A spacer device", Optional.empty()))
        .build();
  }
}
