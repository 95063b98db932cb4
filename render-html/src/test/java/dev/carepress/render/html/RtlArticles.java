package dev.carepress.render.html;

import dev.carepress.model.Article;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Crumb;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.Quote;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Section;
import dev.carepress.model.Table;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Right-to-left articles for the mirroring and bidi tests: an Arabic one using every part that has
 * a side (breadcrumb, key points, lists, table, figure, footnote, glossary) with Latin names and
 * titles inside Arabic sentences, and a shorter Hebrew one.
 */
final class RtlArticles {
  /**
   * The Latin author names of the Arabic article. Not isolated, the three would form one
   * left-to-right run: the first name drawn left of the second (read last by an Arabic reader) and
   * the final period of "Jr." thrown to the far end of the line.
   */
  static final List<String> LATIN_AUTHORS = List.of("John Smith Jr.", "Maria Lopez", "Sam Lee");

  private RtlArticles() {}

  /** The Arabic article; its figure's image is {@code hands.png} beside {@code source}. */
  static Article arabic(Path source) {
    return Article.builder()
        .title("غسل اليدين")
        .slug("ghasl-al-yadayn")
        .summary("متى وكيف تغسل يديك لتحمي نفسك وعائلتك من الجراثيم.")
        .language("ar")
        .category("الوقاية")
        .source(source)
        .crumb(Crumb.of("الرئيسية", "https://health.example.org/ar/"))
        .crumb(Crumb.of("الوقاية", "https://health.example.org/ar/prevention/"))
        .crumb(Crumb.of("غسل اليدين"))
        .published(LocalDate.of(2025, 3, 3))
        .lastReviewed(LocalDate.of(2025, 3, 10))
        .nextReview(LocalDate.of(2027, 3, 10))
        .views(1234)
        .authors(LATIN_AUTHORS.stream().map(name -> new Person(name, Optional.empty(), Optional.empty())).toList())
        .reviewer(new Person("Ann Lee", Optional.of("MD"), Optional.of("https://health.example.org/people/ann-lee")))
        .keyPoint("اغسل يديك بالماء والصابون لمدة 20 ثانية على الأقل.")
        .keyPoint("اغسل يديك قبل الأكل وبعد استخدام المرحاض.")
        .keyPoint("استخدم معقمًا فيه 60% كحول على الأقل إذا لم يتوفر الماء.")
        .introduction(
            Paragraph.of(new Text("غسل اليدين من أسهل الطرق لمنع انتقال "), GlossaryTerm.of("الجراثيم", "الجراثيم"),
                new Text(" إلى نفسك وإلى من حولك.")),
            Paragraph.of(new Text("يشرح هذا الدليل ما يمكنك فعله في البيت والعمل."), new FootnoteReference("1")))
        .section("متى تغسل يديك", BulletList.of("قبل الأكل وتحضير الطعام", "بعد استخدام المرحاض",
            "بعد السعال أو العطس"))
        .section(new Section("how", "كيف تغسل يديك", List.of(
            new OrderedList(1, List.of(ListItem.of("بلّل يديك بالماء النظيف."), ListItem.of("ضع الصابون وافرك جيدًا."),
                ListItem.of("اشطف يديك وجففهما."))),
            Callout.of(Callout.Kind.TIP, "افرك بين الأصابع وتحت الأظافر."),
            Table.of(TableRow.of("الطريقة", "المدة", "متى"),
                List.of(TableRow.of("الماء والصابون", "20 ثانية", "دائمًا عند توفرهما"),
                    TableRow.of("المعقم", "حتى يجف", "عند عدم توفر الماء"))).withCaption("مقارنة سريعة"),
            new Figure("hands.png", "يدان تحت ماء جار", Optional.of("اغسل يديك تحت ماء جار نظيف."))), List.of()))
        .section("إذا لم يتوفر الماء", Paragraph.of("استخدم معقم اليدين وافرك حتى يجف تمامًا."),
            new Quote(List.of(Paragraph.of("تعلمت أن أحمل المعقم معي دائمًا."))))
        .term("الجراثيم", "كائنات حية صغيرة جدًا قد تسبب المرض.")
        .footnote(Footnote.of("1", "بناءً على إرشادات منظمة الصحة العالمية."))
        .reference(new Reference("Clean Hands", Optional.of("https://www.cdc.gov/clean-hands/"),
            Optional.of("CDC"), OptionalInt.of(2024)))
        .related(RelatedLink.toUrl("Hand washing", "https://health.example.org/hand-washing"))
        .related(RelatedLink.toUrl("الإنفلونزا", "https://health.example.org/ar/flu"))
        .disclaimer("هذه معلومات عامة ولا تغني عن استشارة طبيبك.")
        .build();
  }

  /** A short Hebrew article, with Hebrew labels; the page mirrors. */
  static Article hebrew() {
    return Article.builder()
        .title("שטיפת ידיים")
        .slug("shtifat-yadayim")
        .summary("מתי ואיך לשטוף ידיים כדי לא להפיץ חיידקים.")
        .language("he")
        .category("מניעה")
        .crumb(Crumb.of("דף הבית", "https://health.example.org/he/"))
        .crumb(Crumb.of("שטיפת ידיים"))
        .author(new Person("Maria García", Optional.of("RN"), Optional.empty()))
        .keyPoint("שטפו ידיים במים וסבון במשך 20 שניות לפחות.")
        .keyPoint("שטפו ידיים לפני האוכל ואחרי השירותים.")
        .introduction(Paragraph.of(new Text("שטיפת ידיים היא הדרך הפשוטה ביותר למנוע זיהומים."),
            new FootnoteReference("1")))
        .section("מתי לשטוף", BulletList.of("לפני האוכל", "אחרי השירותים"))
        .section("איך לשטוף", Table.of(TableRow.of("שלב", "זמן"),
            List.of(TableRow.of("סבון", "20 שניות"), TableRow.of("שטיפה", "10 שניות"))))
        .footnote(Footnote.of("1", "לפי הנחיות משרד הבריאות."))
        .build();
  }
}
