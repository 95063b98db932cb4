package dev.carepress.render.epub;

import dev.carepress.model.Article;
import dev.carepress.model.ArticleBuilder;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Emphasis;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Link;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Section;
import dev.carepress.model.Strong;
import dev.carepress.model.Table;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Books of many articles made in code with a fixed seed, with the parts the corpus generator uses
 * (lists, callouts, tables, footnotes, glossary terms, related articles by slug).
 */
final class GeneratedBooks {
  private static final String[] CONDITIONS = {
    "asthma", "eczema", "migraine", "gout", "anaemia", "psoriasis", "lupus", "shingles", "sciatica", "tinnitus"};
  private static final String[] WORDS = (
      "the airways heart skin joints may swell and feel tender after exercise cold air or stress many people "
      + "notice symptoms in the morning a nurse can help you plan your care treatment often works well when "
      + "started early keep a diary of what happens and bring it to your next appointment µg ≥ 37 °C café").split(" ");

  private GeneratedBooks() {}

  static Book book(int articles) {
    Random random = new Random(20241124);
    List<Article> list = new ArrayList<>(articles);
    for (int i = 1; i <= articles; i++) {
      list.add(article(i, random));
    }
    return Book.of(
        new BookMetadata("Generated Health Guide", Optional.of(articles + " generated articles"), "generated-guide",
            List.of(Person.of("Renée Okafor", "MD")), Optional.of("Example Health Press"), "en", Optional.empty(),
            Optional.empty()),
        list);
  }

  private static Article article(int n, Random random) {
    String condition = CONDITIONS[n % CONDITIONS.length];
    ArticleBuilder b = Article.builder()
        .title("Living with " + condition + ", part " + n)
        .slug(String.format("%04d-%s", n, condition))
        .summary("What " + condition + " is and what helps.")
        .category("Category " + (n % 7))
        .published(LocalDate.of(2023, 1, 1).plusDays(n))
        .lastReviewed(LocalDate.of(2024, 6, 1).plusDays(n % 300))
        .author(Person.of("Elena Müller", "NP"))
        .reviewer(Person.of("Victor Walsh", "MBBS"))
        .keyPoint(sentence(random))
        .keyPoint(sentence(random))
        .term("flare", "A time when symptoms get worse.")
        .introduction(Paragraph.of(
            new Text(sentence(random) + " A "), GlossaryTerm.of("flare", "flare"), new Text(" can come " + sentence(random))));
    boolean footnote = n % 2 == 0;
    for (int s = 1; s <= 5; s++) {
      List<dev.carepress.model.Block> blocks = new ArrayList<>();
      blocks.add(Paragraph.of(
          new Text(sentence(random) + " "), Emphasis.of(word(random)), new Text(" " + sentence(random) + " "),
          Strong.of(word(random)), new Text(" " + sentence(random))));
      if (s == 2) {
        blocks.add(BulletList.of(sentence(random), sentence(random), sentence(random)));
        if (footnote) {
          blocks.add(Paragraph.of(new Text(sentence(random)), new FootnoteReference("1"), new Text(" " + sentence(random))));
        }
      }
      if (s == 3) {
        blocks.add(OrderedList.of(sentence(random), sentence(random)));
        blocks.add(Callout.of(Callout.Kind.TIP, sentence(random)));
      }
      if (s == 4 && n % 3 == 0) {
        blocks.add(Table.of(TableRow.of("Medicine", "Dose"), List.of(TableRow.of("A", "10 µg"), TableRow.of("B", "≥ 2"))));
      }
      if (s == 5) {
        blocks.add(Paragraph.of(new Text("See "), Link.of("https://www.example.org/" + condition, "the support site"),
            new Text(".")));
      }
      b.section(new Section("section-" + s, "Section " + s + " about " + condition, blocks, List.of()));
    }
    if (footnote) {
      b.footnote(Footnote.of("1", "Based on a survey of " + (100 + n) + " people."));
    }
    b.reference(Reference.of("Guideline on " + condition, "https://www.example.org/guidelines/" + condition));
    if (n > 1) {
      b.related(new RelatedLink("The previous article", Optional.empty(),
          Optional.of(String.format("%04d-%s", n - 1, CONDITIONS[(n - 1) % CONDITIONS.length])), Optional.empty()));
    }
    b.related(RelatedLink.toUrl("Support groups", "https://www.example.org/support/" + condition));
    return b.build();
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String sentence(Random random) {
    StringBuilder s = new StringBuilder();
    int length = 8 + random.nextInt(10);
    for (int i = 0; i < length; i++) {
      String w = word(random);
      s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < length ? " " : ".");
    }
    return s.toString();
  }
}
