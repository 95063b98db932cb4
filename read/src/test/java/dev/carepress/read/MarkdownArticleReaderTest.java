package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Audience;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Code;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Crumb;
import dev.carepress.model.Emphasis;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Image;
import dev.carepress.model.Inline;
import dev.carepress.model.KeyPoint;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.PlainText;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MarkdownArticleReaderTest {

  static ReadResult<Article> parse(String markdown) {
    return MarkdownArticleReader.create().parse(markdown, "test.md");
  }

  static Article read(String markdown) {
    ReadResult<Article> result = parse(markdown);
    assertThat(result.errors()).as("errors").isEmpty();
    return result.value().orElseThrow();
  }

  static Article body(String body) {
    return read("---\ntitle: Test\n---\n" + body);
  }

  static List<String> codes(ReadResult<?> result) {
    return result.problems().stream().map(Problem::code).toList();
  }

  @Test
  void aBareLinkOfNothingStaysTextInsteadOfFailingTheFile() {
    // Flexmark's bare-link pass made a link with no address and no text of "s://&#4;" (a fuzzed file)
    Article article = read("---\ntitle: T\n---\n\nSee s://&#4; and a s://&#4;<b> here.\n");

    assertThat(dev.carepress.model.PlainText.of(((Paragraph) article.introduction().get(0)).content()))
        .startsWith("See s://").contains(" here.");
  }

  @Test
  void textBeforeTheFirstSectionIsTheIntroduction() {
    Article article = body("Intro one.\n\nIntro two.\n\n## First\n\nIn first.\n");
    assertThat(article.introduction()).containsExactly(Paragraph.of("Intro one."), Paragraph.of("Intro two."));
    assertThat(article.sections()).containsExactly(new Section("first", "First", List.of(Paragraph.of("In first.")), List.of()));
  }

  @Test
  void headingsNestByLevel() {
    Article article = body("## A\n\na\n\n### A1\n\n#### A1x\n\n### A2\n\n## B\n\nb\n");
    assertThat(article.sections()).extracting(Section::id).containsExactly("a", "b");
    Section a = article.sections().get(0);
    assertThat(a.blocks()).containsExactly(Paragraph.of("a"));
    assertThat(a.subsections()).extracting(Section::title).containsExactly("A1", "A2");
    assertThat(a.subsections().get(0).subsections()).extracting(Section::id).containsExactly("a1x");
  }

  @Test
  void sectionIdsAreUniqueAndNeverReserved() {
    Article article =
        body("## Symptoms\n\n## Symptoms\n\n## Glossary\n\n## Summary\n\n## ?!\n\n## Qué es la EM\n\n## Term limits\n");
    assertThat(article.allSections().map(Section::id)).containsExactly(
        "symptoms", "symptoms-2", "glossary-2", "summary-2", "section", "que-es-la-em", "section-term-limits");
  }

  @Test
  void sectionIdsAreStableAcrossReads() {
    String text = "---\ntitle: T\n---\n## One\n\n## One\n\n### Two\n";
    assertThat(read(text).allSections().map(Section::id).toList())
        .isEqualTo(read(text).allSections().map(Section::id).toList());
  }

  @Test
  void leadingHeadingEqualToTheTitleIsDropped() {
    ReadResult<Article> result = parse("---\ntitle: Living with asthma\n---\n\n# Living With Asthma\n\nIntro.\n");
    assertThat(result.problems()).isEmpty();
    assertThat(result.value().orElseThrow().introduction()).containsExactly(Paragraph.of("Intro."));
  }

  @Test
  void leadingHeadingThatDiffersFromTheTitleIsDroppedWithAWarning() {
    ReadResult<Article> result = parse("---\ntitle: Asthma\n---\n# Something else\n\nIntro.\n");
    assertThat(result.value().orElseThrow().introduction()).containsExactly(Paragraph.of("Intro."));
    assertThat(result.warnings()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("title-heading");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.message()).contains("Something else", "Asthma");
    });
  }

  @Test
  void titleHeadingTwiceMakesTheSecondASectionWithAWarning() {
    ReadResult<Article> result = parse("---\ntitle: Asthma\n---\n# Asthma\n\nIntro.\n\n# Asthma\n\nMore.\n");
    Article article = result.value().orElseThrow();
    assertThat(article.sections()).extracting(Section::title).containsExactly("Asthma");
    assertThat(article.sections().get(0).blocks()).containsExactly(Paragraph.of("More."));
    assertThat(result.warnings()).extracting(Problem::code, Problem::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("extra-title", 8));
  }

  @Test
  void githubAlertsBecomeCallouts() {
    Article article = body(
        "> [!NOTE]\n> A note.\n\n> [!TIP]\n> A tip.\n\n> [!IMPORTANT]\n> Important.\n\n"
            + "> [!WARNING]\n> Careful.\n> Second line.\n\n> [!caution]\n>\n> Para one.\n>\n> - item\n");
    assertThat(article.introduction()).containsExactly(
        Callout.of(Callout.Kind.NOTE, "A note."),
        Callout.of(Callout.Kind.TIP, "A tip."),
        Callout.of(Callout.Kind.IMPORTANT, "Important."),
        Callout.of(Callout.Kind.WARNING, "Careful. Second line."),
        new Callout(Callout.Kind.CAUTION, List.of(Paragraph.of("Para one."), BulletList.of("item"))));
  }

  @Test
  void aQuoteThatIsNotAnAlertStaysAQuote() {
    Article article = body("> Just a quote.\n");
    assertThat(article.introduction()).containsExactly(new Quote(List.of(Paragraph.of("Just a quote."))));
  }

  @Test
  void unknownAlertKindStaysAQuoteWithAWarning() {
    ReadResult<Article> result = parse("---\ntitle: T\n---\n> [!WARN]\n> Careful.\n");
    assertThat(result.value().orElseThrow().introduction().get(0)).isInstanceOf(Quote.class);
    assertThat(result.warnings()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("unknown-callout");
      assertThat(p.message()).contains("did you mean '[!WARNING]'");
      assertThat(p.line()).isEqualTo(4);
    });
  }

  @Test
  void calloutWithoutBodyIsDroppedWithAWarning() {
    ReadResult<Article> result = parse("---\ntitle: T\n---\n\n> [!TIP]\n\nAfter.\n");
    assertThat(result.value().orElseThrow().introduction()).containsExactly(new Paragraph(List.of(new Text("After."))));
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.isError()).isFalse();
      assertThat(p.code()).isEqualTo("empty-callout");
      assertThat(p.message()).isEqualTo("the [!TIP] callout has no text; it was left out");
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.column()).isEqualTo(1);
    });
  }

  @Test
  void gfmTableKeepsAlignmentAndTakesTheCaptionFromATableParagraph() {
    Article article = body("| Drug | Dose | Note |\n|:-----|----:|:----:|\n| A | 1 | x |\n| B | 2 | y |\n\nTable: Doses *per day*\n");
    assertThat(article.introduction()).containsExactly(
        new Table(
            TableRow.of("Drug", "Dose", "Note"),
            List.of(TableRow.of("A", "1", "x"), TableRow.of("B", "2", "y")),
            List.of(Table.Alignment.LEFT, Table.Alignment.RIGHT, Table.Alignment.CENTER),
            Optional.of("Doses per day")));
  }

  @Test
  void tableRowsArePaddedOrCutToTheHeadersWidth() {
    ReadResult<Article> result = parse("---\ntitle: T\n---\n| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n");
    Table table = (Table) result.value().orElseThrow().introduction().get(0);
    assertThat(table.rows()).containsExactly(TableRow.of("1", ""), TableRow.of("1", "2"));
    assertThat(result.warnings()).extracting(Problem::code, Problem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("table-shape", 7));
  }

  @Test
  void tableWithoutBodyHasOnlyAHeader() {
    Article article = body("| a | b |\n|---|---|\n");
    assertThat(article.introduction()).containsExactly(Table.of(TableRow.of("a", "b"), List.of()));
  }

  @Test
  void inlineMarkupIsRead() {
    Article article = body("Some *em*, **strong**, ~~gone~~, `code`, [link](https://a.org \"T\"),\\\nbreak.\n");
    assertThat(((Paragraph) article.introduction().get(0)).content()).containsExactly(
        new Text("Some "), Emphasis.of("em"), new Text(", "), Strong.of("strong"), new Text(", "),
        Strikethrough.of("gone"), new Text(", "), new Code("code"), new Text(", "),
        new Link("https://a.org", Optional.of("T"), List.of(new Text("link"))), new Text(","), new LineBreak(),
        new Text("break."));
  }

  @Test
  void autolinksBareUrlsAndEmailsBecomeLinks() {
    Article article = body("See <https://a.org/x>, https://b.org and www.c.org or <help@example.org>.\n");
    List<Inline> content = ((Paragraph) article.introduction().get(0)).content();
    assertThat(content).filteredOn(Link.class::isInstance).extracting(i -> ((Link) i).url())
        .containsExactly("https://a.org/x", "https://b.org", "http://www.c.org", "mailto:help@example.org");
  }

  @Test
  void referenceStyleLinksAreResolved() {
    Article article = body("Read [the guide][g] and [missing][nope].\n\n[g]: https://g.org \"Guide\"\n");
    assertThat(((Paragraph) article.introduction().get(0)).content()).containsExactly(
        new Text("Read "), new Link("https://g.org", Optional.of("Guide"), List.of(new Text("the guide"))),
        new Text(" and [missing][nope]."));
  }

  @Test
  void backslashEscapesAndEntitiesBecomePlainCharacters() {
    Article article = body("1 \\* 2 &amp; 3 &lt; 4&nbsp;5\n");
    assertThat(article.introduction()).containsExactly(Paragraph.of("1 * 2 & 3 < 4\u00A05"));
  }

  @Test
  void listsNestAndOrderedListsKeepTheirStart() {
    Article article = body("- one\n- two\n  - two a\n\n3. three\n4. four\n");
    assertThat(article.introduction()).containsExactly(
        new BulletList(List.of(ListItem.of("one"), ListItem.of(Paragraph.of("two"), BulletList.of("two a")))),
        new OrderedList(3, List.of(ListItem.of("three"), ListItem.of("four"))));
  }

  @Test
  void footnotesAreOrderedByFirstReference() {
    Article article = body("First[^b], then[^a], again[^b].\n\n[^a]: Note A.\n[^b]: Note B[^c].\n[^c]: Note C.\n");
    assertThat(article.footnotes()).extracting(Footnote::label).containsExactly("b", "a", "c");
    assertThat(article.footnote("b").orElseThrow().blocks()).containsExactly(
        Paragraph.of(new Text("Note B"), new FootnoteReference("c"), new Text(".")));
  }

  @Test
  void aParagraphStartingWithAFootnoteReferenceAndHoldingBracketColonStaysAParagraph() {
    // Flexmark alone reads the first line as the definition of a footnote labelled "1] see `a"
    ReadResult<Article> result = parse("---\ntitle: T\n---\n[^1] see `a]: b` for more.\n\n[^1]: The note.\n");
    assertThat(result.problems()).isEmpty();
    Article article = result.value().orElseThrow();
    assertThat(article.introduction()).containsExactly(Paragraph.of(
        new FootnoteReference("1"), new Text(" see "), new Code("a]: b"), new Text(" for more.")));
    assertThat(article.footnotes()).containsExactly(new Footnote("1", List.of(Paragraph.of("The note."))));
  }

  @Test
  void theSameParagraphInAQuoteOrAListStaysAParagraph() {
    Article article = body("> [^1] see `]:`\n\n- [^1] see `]:`\n\n[^1]: The note.\n");
    Paragraph paragraph = Paragraph.of(new FootnoteReference("1"), new Text(" see "), new Code("]:"));
    assertThat(article.introduction()).containsExactly(
        new Quote(List.of(paragraph)), new BulletList(List.of(new ListItem(List.of(paragraph)))));
  }

  @Test
  void aFootnoteDefinedInsideAListItemOrAQuoteKeepsItsNote() {
    ReadResult<Article> result = parse("---\ntitle: T\n---\n- One[^1].\n\n  [^1]: Note in a list.\n\n- Two.\n\n"
        + "> Quote[^2].\n>\n> [^2]: Note in a quote.\n>\n> After.\n");
    assertThat(result.problems()).isEmpty();
    Article article = result.value().orElseThrow();
    assertThat(article.footnotes()).containsExactly(
        new Footnote("1", List.of(Paragraph.of("Note in a list."))),
        new Footnote("2", List.of(Paragraph.of("Note in a quote."))));
    assertThat(article.introduction()).containsExactly(
        new BulletList(List.of(new ListItem(List.of(Paragraph.of(new Text("One"), new FootnoteReference("1"),
            new Text(".")))), ListItem.of("Two."))),
        new Quote(List.of(Paragraph.of(new Text("Quote"), new FootnoteReference("2"), new Text(".")),
            Paragraph.of("After."))));
  }

  @Test
  void aFootnoteWhoseNoteHoldsBracketColonKeepsItsLabelAndAllItsNote() {
    Article article = body("Text[^1].\n\n[^1]: Type `[x]: y` and [see]: this.\n");
    assertThat(article.footnotes()).containsExactly(new Footnote("1", List.of(Paragraph.of(
        new Text("Type "), new Code("[x]: y"), new Text(" and [see]: this.")))));
  }

  @Test
  void unusedFootnoteIsLeftOutWithAWarning() {
    ReadResult<Article> result = parse("---\ntitle: T\n---\nText.\n\n[^x]: Never used.\n");
    assertThat(result.value().orElseThrow().footnotes()).isEmpty();
    assertThat(result.warnings()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("unused-footnote");
      assertThat(p.line()).isEqualTo(6);
    });
  }

  @Test
  void paragraphWithOnlyAnImageIsAFigure() {
    Article article = body("![A nurse with an inhaler](images/inhaler.png \"How to hold it\")\n\n![Plain](p.png)\n");
    assertThat(article.introduction()).containsExactly(
        new Figure("images/inhaler.png", "A nurse with an inhaler", Optional.of("How to hold it")),
        Figure.of("p.png", "Plain"));
  }

  @Test
  void imageInsideRunningTextKeepsItsAltTextWithAWarning() {
    ReadResult<Article> result = parse("---\ntitle: T\n---\nSee ![the chart](c.png) here.\n");
    assertThat(result.value().orElseThrow().introduction()).containsExactly(Paragraph.of("See the chart here."));
    assertThat(result.warnings()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("image-in-text");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.column()).isEqualTo(5);
    });
  }

  @Test
  void codeBlocksKeepTheirLanguage() {
    Article article = body("```json extra\n{\"a\": 1}\n```\n\n    indented\n    code\n");
    assertThat(article.introduction()).containsExactly(
        new CodeBlock(Optional.of("json"), "{\"a\": 1}"), CodeBlock.of("indented\ncode"));
  }

  @Test
  void firstUseOfEachGlossaryTermIsMarked() {
    Article article = read(String.join("\n",
        "---", "title: T", "glossary:", "  relapse: A flare-up.", "  myelin sheath: The coating.", "---",
        "## About relapses",
        "",
        "A [relapse](https://x.org) link and `relapse` code do not count; relapses neither.",
        "",
        "Then a *Relapse* happens, and another relapse. The myelin",
        "sheath is hurt.", ""));
    Paragraph second = (Paragraph) article.sections().get(0).blocks().get(1);
    assertThat(second.content()).containsExactly(
        new Text("Then a "), Emphasis.of(GlossaryTerm.of("relapse", "Relapse")),
        new Text(" happens, and another relapse. The "), GlossaryTerm.of("myelin sheath", "myelin sheath"),
        new Text(" is hurt."));
    assertThat(article.sections().get(0).title()).isEqualTo("About relapses");
  }

  @Test
  void glossaryMarkingCanBeTurnedOff() {
    Article article = MarkdownArticleReader.builder().markGlossaryTerms(false).build()
        .read("---\ntitle: T\nglossary:\n  relapse: A flare-up.\n---\nA relapse.\n", "t.md");
    assertThat(article.introduction()).containsExactly(Paragraph.of("A relapse."));
  }

  @Test
  void rawHtmlTagsAreDroppedWithAWarningAndTheirTextKept() {
    ReadResult<Article> result = parse(
        "---\ntitle: T\n---\nSome <b>bold</b> text<br>next.\n\n<div onclick=\"x()\">\nhidden\n</div>\n\n<!-- a comment -->\n"
            + "\n<script>alert(1)</script>\n");
    assertThat(result.value().orElseThrow().introduction()).containsExactly(
        Paragraph.of(new Text("Some bold text"), new LineBreak(), new Text("next.")), Paragraph.of("hidden"));
    assertThat(result.warnings()).extracting(Problem::code, Problem::line, Problem::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple("raw-html", 4, 6),
        org.assertj.core.groups.Tuple.tuple("raw-html", 4, 13),
        org.assertj.core.groups.Tuple.tuple("raw-html", 6, 1),
        org.assertj.core.groups.Tuple.tuple("raw-html", 12, 1));
  }

  @Test
  void htmlBlocksBecomePlainParagraphsWithoutScripts() {
    ReadResult<Article> result = parse(String.join("\n", "---", "title: T", "glossary:", "  stroke: A brain attack.",
        "---", "<div class=\"lead\"><p>A <b>stroke</b> is an emergency &amp; needs care.</p>",
        "<p>Call <a href=\"javascript:x()\">911</a>.</p><script>steal()</script><style>p{}</style></div>", ""));
    assertThat(result.value().orElseThrow().introduction()).containsExactly(
        Paragraph.of(new Text("A "), dev.carepress.model.GlossaryTerm.of("stroke", "stroke"),
            new Text(" is an emergency & needs care.")),
        Paragraph.of("Call 911."));
    assertThat(result.warnings()).extracting(Problem::code).containsExactly("raw-html");
  }

  @Test
  void everyFrontMatterKeyIsRead() {
    Article article = read(String.join("\n",
        "---",
        "title: Living with asthma",
        "subtitle: A guide",
        "slug: asthma-guide",
        "summary: What asthma is.",
        "language: es-MX",
        "category: Lungs",
        "breadcrumb:",
        "  - Home",
        "  - {label: Lungs, url: /lungs/}",
        "tags: [asthma, inhalers]",
        "published: 2024-03-04",
        "updated: 2025-01-20",
        "lastReviewed: 2025-02-01",
        "nextReview: 2027-02-01",
        "views: 2348",
        "authors: Alex Rivera",
        "reviewers:",
        "  - name: Dana Okafor",
        "    credentials: MD",
        "    url: https://example.org/dana",
        "audience: [patient, Caregiver]",
        "about:",
        "  - Asthma",
        "  - {name: Inhaler technique, type: topic}",
        "keyPoints:",
        "  - Asthma makes the airways **swell**.",
        "  - \"1. Use your inhaler.\"",
        "glossary:",
        "  airways: The tubes to your lungs.",
        "  trigger: What sets off symptoms.",
        "references:",
        "  - {title: Guidelines, url: https://g.org, publisher: GINA, year: 2024}",
        "  - Just a title",
        "related:",
        "  - {title: Allergies, slug: allergies, summary: How they link.}",
        "  - {title: Quit smoking, url: https://q.org}",
        "disclaimer: Not medical advice.",
        "image: {src: lungs.png, alt: Two lungs}",
        "---",
        "Body.",
        ""));
    assertThat(article.metadata()).satisfies(m -> {
      assertThat(m.title()).isEqualTo("Living with asthma");
      assertThat(m.subtitle()).contains("A guide");
      assertThat(m.slug()).isEqualTo("asthma-guide");
      assertThat(m.summary()).contains("What asthma is.");
      assertThat(m.language()).isEqualTo("es-MX");
      assertThat(m.category()).contains("Lungs");
      assertThat(m.breadcrumb()).containsExactly(Crumb.of("Home"), Crumb.of("Lungs", "/lungs/"));
      assertThat(m.tags()).containsExactly("asthma", "inhalers");
      assertThat(m.published()).contains(LocalDate.of(2024, 3, 4));
      assertThat(m.updated()).contains(LocalDate.of(2025, 1, 20));
      assertThat(m.lastReviewed()).contains(LocalDate.of(2025, 2, 1));
      assertThat(m.nextReview()).contains(LocalDate.of(2027, 2, 1));
      assertThat(m.views()).isEqualTo(OptionalLong.of(2348));
      assertThat(m.authors()).containsExactly(Person.of("Alex Rivera"));
      assertThat(m.reviewers()).containsExactly(
          new Person("Dana Okafor", Optional.of("MD"), Optional.of("https://example.org/dana")));
      assertThat(m.audience()).containsExactly(Audience.PATIENT, Audience.CAREGIVER);
      assertThat(m.about()).containsExactly(Subject.condition("Asthma"), Subject.topic("Inhaler technique"));
      assertThat(m.image()).contains(new Image("lungs.png", "Two lungs"));
    });
    assertThat(article.keyPoints()).containsExactly(
        new KeyPoint(List.of(new Text("Asthma makes the airways "), Strong.of("swell"), new Text("."))),
        KeyPoint.of("1. Use your inhaler."));
    assertThat(article.glossary()).containsExactly(
        new GlossaryEntry("airways", "The tubes to your lungs."), new GlossaryEntry("trigger", "What sets off symptoms."));
    assertThat(article.references()).containsExactly(
        new Reference("Guidelines", Optional.of("https://g.org"), Optional.of("GINA"), OptionalInt.of(2024)),
        new Reference("Just a title", Optional.empty(), Optional.empty(), OptionalInt.empty()));
    assertThat(article.related()).containsExactly(
        new RelatedLink("Allergies", Optional.empty(), Optional.of("allergies"), Optional.of("How they link.")),
        RelatedLink.toUrl("Quit smoking", "https://q.org"));
    assertThat(article.disclaimer()).contains("Not medical advice.");
  }

  @Test
  void slugAndLanguageHaveDefaults() {
    Article article = MarkdownArticleReader.create().read("---\ntitle: Über Asthma\n---\n", "docs/Hand Washing.md");
    assertThat(article.slug()).isEqualTo("hand-washing");
    assertThat(article.language()).isEqualTo("en");
  }

  @Test
  void windowsLineEndsAndAByteOrderMarkKeepPositions() {
    String text = "\uFEFF---\r\ntitle: T\r\nviews: many\r\n---\r\nText with [x](javascript:y).\r\n";
    ReadResult<Article> result = parse(text);
    assertThat(result.problems()).extracting(Problem::code, Problem::line, Problem::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple("wrong-type", 3, 8),
        org.assertj.core.groups.Tuple.tuple("unsafe-link", 5, 11));
  }

  @Test
  void aTypicalConsumerHealthPageReadsSectionForHeading() {
    String[] headings = {
      "What is high blood pressure?", "What causes it?", "What are the symptoms?", "How is it diagnosed?",
      "How is it treated?", "Living with high blood pressure"};
    StringBuilder page = new StringBuilder(String.join("\n",
        "---",
        "title: High blood pressure",
        "summary: High blood pressure often has no symptoms, but it can be treated.",
        "category: Heart health",
        "breadcrumb: [{label: Home, url: /}, {label: Heart health, url: /heart/}, High blood pressure]",
        "published: 2025-03-04",
        "views: 12840",
        "---",
        "# High blood pressure",
        "",
        "High blood pressure often has no symptoms, but it can be treated.",
        ""));
    for (String heading : headings) {
      page.append("\n## ").append(heading).append("\n\nA paragraph about ").append(heading.toLowerCase())
          .append("\n\nAnother paragraph.\n");
    }
    page.append("\nWritten by [Dr. Ana Ruiz](https://example.org/people/ana-ruiz).\n");
    ReadResult<Article> result = parse(page.toString());
    assertThat(result.problems()).isEmpty();
    Article article = result.value().orElseThrow();
    assertThat(article.metadata().breadcrumb()).hasSize(3);
    assertThat(article.metadata().category()).contains("Heart health");
    assertThat(article.metadata().published()).contains(LocalDate.of(2025, 3, 4));
    assertThat(article.metadata().views()).isEqualTo(OptionalLong.of(12840));
    assertThat(article.introduction()).containsExactly(
        Paragraph.of("High blood pressure often has no symptoms, but it can be treated."));
    assertThat(article.sections()).extracting(Section::title).containsExactly(headings);
    assertThat(article.sections()).allSatisfy(s -> assertThat(s.subsections()).isEmpty());
    List<dev.carepress.model.Block> last = article.sections().get(5).blocks();
    assertThat(last.get(last.size() - 1)).isEqualTo(Paragraph.of(
        new Text("Written by "), Link.of("https://example.org/people/ana-ruiz", "Dr. Ana Ruiz"), new Text(".")));
  }

  @Test
  void headingTextIsPlainTextOfItsMarkup() {
    Article article = body("## What *is* `MS`?\n");
    assertThat(article.sections().get(0).title()).isEqualTo("What is MS?");
    assertThat(PlainText.ofBody(article)).isEqualTo("What is MS?");
  }

  @Test
  void readsAFileAndRemembersItsSource(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("asthma.md");
    java.nio.file.Files.writeString(file, "---\ntitle: Asthma\n---\nText.\n");
    Article article = MarkdownArticleReader.create().read(file);
    assertThat(article.source()).contains(file);
    assertThat(article.slug()).isEqualTo("asthma");
    assertThat(ArticleReaders.read(file)).isEqualTo(article);
  }

  @Test
  void aFolderOrNoPathGivenAsTheFileSaysWhatToGiveInstead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path folder = dir.resolve("articles");
    org.assertj.core.api.Assertions.assertThatCode(() -> java.nio.file.Files.createDirectory(folder)).doesNotThrowAnyException();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MarkdownArticleReader.create().read(folder))
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessage(folder + ": is a folder, not an article file (give the path of a .md, .markdown or .json file in it)");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonArticleReader.create().read(folder))
        .hasMessageContaining("is a folder, not an article file");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BookReader.create().read(folder))
        .hasMessage(folder + ": is a folder, not a book file (give the path of its book.yaml in it)");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClinicReader.read(folder))
        .hasMessage(folder + ": is a folder, not a clinic file (give the path of its clinic.yaml in it)");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MarkdownArticleReader.create().read((java.nio.file.Path) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("the path of an article file must not be null");
  }
}
