package dev.carepress.render.epub;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.BulletList;
import dev.carepress.model.Crumb;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.Table;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import dev.carepress.testing.SampleArticles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A book whose chapters are in English, Arabic and Simplified Chinese, for the mixed-language tests. */
final class MixedLanguageBook {
  private MixedLanguageBook() {}

  /** The book, its own language {@code language} ({@code en} or {@code ar}). */
  static Book book(String language) {
    String title = language.equals("ar") ? "الصحة بلغات كثيرة" : "Health in many languages";
    return Book.of(new BookMetadata(title, Optional.empty(), "mixed-" + language,
        List.of(Person.of("Renée Okafor", "MD")), Optional.of("Example Health Press"), language,
        Optional.of("urn:uuid:6a0d1c8e-3f5b-4b7e-9a51-0c2e" + (language.equals("ar") ? "00000001" : "00000002")),
        Optional.empty()), List.of(SampleArticles.everything(), arabic(), chinese()));
  }

  /** An Arabic chapter with a Latin author name, key points, a list, a table, a glossary term and a note. */
  static Article arabic() {
    return Article.builder()
        .title("غسل اليدين").slug("ghasl-al-yadayn").language("ar").category("الوقاية")
        .summary("متى وكيف تغسل يديك لتحمي نفسك وعائلتك من الجراثيم.")
        .crumb(Crumb.of("الرئيسية", "https://health.example.org/ar/")).crumb(Crumb.of("غسل اليدين"))
        .published(LocalDate.of(2025, 3, 3)).lastReviewed(LocalDate.of(2025, 3, 10)).views(1234)
        .author(Person.of("John Smith Jr."))
        .reviewer(Person.of("Ann Lee", "MD"))
        .keyPoint("اغسل يديك بالماء والصابون لمدة 20 ثانية على الأقل.")
        .keyPoint("اغسل يديك قبل الأكل وبعد استخدام المرحاض.")
        .introduction(Paragraph.of(new Text("غسل اليدين يمنع انتقال "), GlossaryTerm.of("الجراثيم", "الجراثيم"),
            new Text("."), new FootnoteReference("1")))
        .section("متى تغسل يديك", BulletList.of("قبل الأكل", "بعد استخدام المرحاض"))
        .section("كيف تغسل يديك", Table.of(TableRow.of("الطريقة", "المدة"),
            List.of(TableRow.of("الماء والصابون", "20 ثانية"), TableRow.of("المعقم", "حتى يجف"))))
        .term("الجراثيم", "كائنات حية صغيرة جدًا قد تسبب المرض.")
        .footnote(Footnote.of("1", "بناءً على إرشادات منظمة الصحة العالمية."))
        .build();
  }

  /** A Simplified Chinese chapter. */
  static Article chinese() {
    return Article.builder()
        .title("洗手").slug("xi-shou").language("zh-Hans").category("预防")
        .summary("什么时候洗手，怎样洗手，才能不传播细菌。")
        .published(LocalDate.of(2025, 4, 1)).views(5678)
        .author(Person.of("王丽", "RN"))
        .keyPoint("用肥皂和清水洗手至少20秒。")
        .keyPoint("饭前便后要洗手。")
        .introduction(Paragraph.of("洗手是预防感染最简单的方法。"))
        .section("什么时候洗手", BulletList.of("做饭和吃饭之前", "上厕所之后", "咳嗽或打喷嚏之后"))
        .section("没有水怎么办", Paragraph.of("使用含酒精至少60%的洗手液，搓到手干为止。"))
        .build();
  }
}
