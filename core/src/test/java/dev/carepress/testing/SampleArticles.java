package dev.carepress.testing;

import dev.carepress.model.Article;
import dev.carepress.model.Audience;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Code;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Crumb;
import dev.carepress.model.Emphasis;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.Quote;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Section;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Subject;
import dev.carepress.model.Table;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import dev.carepress.model.ThematicBreak;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Articles built in code for renderer tests: together they use every block, every inline and every
 * metadata field. Shared by all modules through core's test-jar, so no module invents its own.
 */
public final class SampleArticles {
  private SampleArticles() {}

  /** An English article using every feature of the model (no images: see {@link #withFigure}). */
  public static Article everything() {
    return Article.builder()
        .title("Living well with asthma")
        .subtitle("A guide for patients and families")
        .slug("living-well-with-asthma")
        .summary("What asthma is, how to spot an attack, and the steps that keep your airways calm.")
        .language("en")
        .category("Lungs and breathing")
        .crumb(Crumb.of("Home", "https://health.example.org/"))
        .crumb(Crumb.of("Lungs and breathing", "https://health.example.org/lungs/"))
        .crumb(Crumb.of("Asthma"))
        .tags("asthma", "inhalers", "breathing")
        .published(LocalDate.of(2024, 3, 4))
        .updated(LocalDate.of(2025, 1, 20))
        .lastReviewed(LocalDate.of(2025, 2, 1))
        .nextReview(LocalDate.of(2027, 2, 1))
        .views(2348)
        .author(new Person("Alex Rivera", Optional.of("RN"), Optional.of("https://health.example.org/people/alex-rivera")))
        .reviewer(new Person("Dana Okafor", Optional.of("MD"), Optional.of("https://health.example.org/people/dana-okafor")))
        .audience(Audience.PATIENT, Audience.CAREGIVER)
        .about(Subject.condition("Asthma"))
        .about(Subject.topic("Inhaler technique"))
        .keyPoint("Asthma makes the airways **swell** and narrow.")
        .keyPoint("Use your preventer inhaler every day, even when you feel well.")
        .keyPoint("Call 911 if your reliever inhaler does not help.")
        .introduction(
            Paragraph.of(
                new Text("Asthma is a long-term condition of the "),
                GlossaryTerm.of("airways", "airways"),
                new Text(". About 1 in 12 adults has it.")),
            Paragraph.of(new Text("This guide explains what you can do."), new FootnoteReference("1")))
        .section(
            new Section(
                "what-is-asthma",
                "What is asthma?",
                List.of(
                    Paragraph.of(
                        new Text("In asthma, the airways react to "),
                        Emphasis.of("triggers"),
                        new Text(" such as pollen, smoke and cold air. They get "),
                        Strong.of("tight and swollen"),
                        new Text(", which makes it hard to breathe.")),
                    new Quote(List.of(Paragraph.of("I learned to spot my triggers and now I rarely have attacks.")))),
                List.of(
                    new Section(
                        "common-triggers",
                        "Common triggers",
                        List.of(
                            new BulletList(
                                List.of(
                                    ListItem.of("Pollen from trees and grass"),
                                    ListItem.of(
                                        Paragraph.of("Smoke"),
                                        new BulletList(List.of(ListItem.of("Cigarette smoke"), ListItem.of("Wood fires")))),
                                    ListItem.of("Cold air")))),
                        List.of()))))
        .section(
            new Section(
                "using-your-inhaler",
                "Using your inhaler",
                List.of(
                    new OrderedList(
                        1,
                        List.of(
                            ListItem.of("Shake the inhaler."),
                            ListItem.of("Breathe out fully."),
                            ListItem.of("Press once and breathe in slowly."))),
                    Callout.of(Callout.Kind.TIP, "Use a spacer: more of the medicine reaches your lungs."),
                    Table.of(
                            TableRow.of("Inhaler", "Colour", "When"),
                            List.of(
                                TableRow.of("Reliever", "Blue", "When you have symptoms"),
                                TableRow.of("Preventer", "Brown", "Every morning and evening")))
                        .withCaption("Your inhalers at a glance"),
                    new Table(
                        TableRow.of("Dose", "Puffs"),
                        List.of(TableRow.of("Low", "1"), TableRow.of("High", "2")),
                        List.of(Table.Alignment.LEFT, Table.Alignment.RIGHT),
                        Optional.empty())),
                List.of()))
        .section(
            new Section(
                "when-to-get-help",
                "When to get help",
                List.of(
                    Callout.of(Callout.Kind.WARNING, "Call 911 if your lips turn blue."),
                    Callout.of(Callout.Kind.NOTE, "Keep your action plan where others can find it."),
                    Callout.of(Callout.Kind.IMPORTANT, "Bring your inhalers to every appointment."),
                    Callout.of(Callout.Kind.CAUTION, "Do not stop a preventer without advice."),
                    Paragraph.of(
                        new Text("Read more on the "),
                        Link.of("https://www.example.org/asthma", "asthma support site"),
                        new Text(" or write to "),
                        Link.of("mailto:help@example.org", "our nurses"),
                        new Text("."),
                        new LineBreak(),
                        new Text("Old advice said to "),
                        Strikethrough.of("avoid all exercise"),
                        new Text("; now we know activity helps. Type "),
                        new Code("peak-flow"),
                        new Text(" in the app.")),
                    new ThematicBreak(),
                    new CodeBlock(Optional.of("text"), "Morning: 2 puffs\nEvening: 2 puffs")),
                List.of()))
        .term("airways", "The tubes that carry air into and out of your lungs.")
        .term("trigger", "Something that sets off asthma symptoms.")
        .footnote(Footnote.of("1", "Based on the 2024 national asthma survey."))
        .reference(
            new Reference(
                "Asthma: diagnosis and management", Optional.of("https://www.example.org/guidelines/asthma"),
                Optional.of("Example Health Institute"), OptionalInt.of(2024)))
        .reference(Reference.of("Inhaler technique videos", "https://www.example.org/inhalers"))
        .related(new RelatedLink("Allergies", Optional.empty(), Optional.of("allergies"), Optional.of("How allergies and asthma are linked.")))
        .related(RelatedLink.toUrl("Quit smoking support", "https://www.example.org/quit"))
        .disclaimer("This guide is general information and does not replace advice from your own doctor.")
        .build();
  }

  /** A short Spanish article (dates, numbers and labels must come out in Spanish). */
  public static Article spanish() {
    return Article.builder()
        .title("Lavarse las manos")
        .slug("lavarse-las-manos")
        .summary("Cómo y cuándo lavarse las manos para no contagiar gérmenes.")
        .language("es")
        .category("Prevención")
        .published(LocalDate.of(2025, 3, 3))
        .lastReviewed(LocalDate.of(2025, 3, 3))
        .views(12345)
        .reviewer(Person.of("Lucía Fernández", "MD"))
        .keyPoint("Lávese las manos durante 20 segundos.")
        .introduction(Paragraph.of("Lavarse las manos es la forma más fácil de evitar infecciones."))
        .section("Cuándo lavarse las manos", BulletList.of("Antes de comer", "Después de ir al baño"))
        .section("Cómo hacerlo", Paragraph.of("Use agua y jabón. Frote bien entre los dedos."))
        .section("Si no hay agua", Paragraph.of("Use un gel con al menos un 60 % de alcohol."))
        .build();
  }

  /** The {@link #everything()} article with a figure whose image is {@code src}, relative to {@code source}. */
  public static Article withFigure(java.nio.file.Path source, String src, String alt, String caption) {
    return everything().toBuilder()
        .source(source)
        .section("A picture", new Figure(src, alt, Optional.of(caption)))
        .build();
  }

  /** An article with only a title: every optional part empty. */
  public static Article minimal() {
    return Article.builder().title("Minimal").build();
  }

  /** A book of the English and Spanish samples plus the minimal one. */
  public static Book book() {
    return Book.of(
        new BookMetadata(
            "Everyday Health Guide", Optional.of("Plain-language articles"), "everyday-health-guide",
            List.of(Person.of("Renée Okafor", "MD, MPH")), Optional.of("Example Health Press"), "en",
            Optional.of("urn:uuid:dc872eda-6f4b-4c44-89a1-2f4619203e01"), Optional.empty()),
        List.of(everything(), spanish(), minimal()));
  }
}
